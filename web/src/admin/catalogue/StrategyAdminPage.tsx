/**
 * The golden thread to administer: every item in use as a tree that opens level by level, each
 * item with links to add an item below it, change it or retire it. What is being done is in the
 * address (`?item=ID&do=add|edit|retire`), and the way down to that item opens with the page.
 */
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { STRATEGY_KIND_LABELS, type StrategyKind } from '@domain/strategy.js';
import { useStrategy } from '../../api/queries.js';
import type { StrategyItem } from '../../api/types.js';
import { Loading, Page, Problem } from '../../layout/Page.js';
import { RetireItem } from './RetireItem.js';
import { StrategyItemForm } from './StrategyItemForm.js';
import './admin.css';

type Action = 'add' | 'edit' | 'retire';
const ACTIONS: { action: Action; text: string }[] = [
  { action: 'add', text: 'Add below' },
  { action: 'edit', text: 'Change' },
  { action: 'retire', text: 'Retire' },
];

/** The items open at first: the Corporate Plan, its priorities and the way down to `focus`. */
function startsOpen(items: readonly StrategyItem[], focus: string | null): Set<string> {
  const byId = new Map(items.map((i) => [i.id, i]));
  const found = new Set<string>();
  for (const i of items) {
    if (i.parentId === null || byId.get(i.parentId)?.parentId === null) found.add(i.id);
  }
  let next = focus === null ? undefined : byId.get(focus);
  while (next) {
    found.add(next.id);
    next = next.parentId === null ? undefined : byId.get(next.parentId);
  }
  return found;
}

function below(children: Map<string | null, StrategyItem[]>, id: string): Set<string> {
  const found = new Set<string>();
  const pending = [...(children.get(id) ?? [])];
  while (pending.length > 0) {
    const next = pending.pop()!;
    found.add(next.id);
    pending.push(...(children.get(next.id) ?? []));
  }
  return found;
}

export function StrategyAdminPage() {
  const strategy = useStrategy();
  const [params, setParams] = useSearchParams();
  const [done, setDone] = useState<string | null>(null);
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const open = { item: params.get('item'), action: params.get('do') as Action | null };
  const items = strategy.data ?? [];
  const children = new Map<string | null, StrategyItem[]>();
  for (const i of items) children.set(i.parentId, [...(children.get(i.parentId) ?? []), i]);
  const wanted = startsOpen(items, open.item);
  if ([...wanted].some((id) => !expanded.has(id))) setExpanded(new Set([...expanded, ...wanted]));

  const finish = (message: string) => {
    setDone(message);
    setParams({}, { replace: true });
  };
  const toggle = (id: string, nowOpen: boolean) =>
    setExpanded((was) => {
      if (was.has(id) === nowOpen) return was;
      const next = new Set(was);
      if (nowOpen) next.add(id);
      else next.delete(id);
      return next;
    });

  const node = (item: StrategyItem) => {
    const kind = STRATEGY_KIND_LABELS[item.kind as StrategyKind] ?? item.kind;
    const isOpen = open.item === item.id;
    const kids = children.get(item.id) ?? [];
    const name = (
      <>
        <span className="admin-tree__kind">{kind}</span>
        <span className="admin-tree__title">{item.title}</span>{' '}
        <span className="hint-inline">({item.id})</span>
      </>
    );
    const actions = (
      <>
        <span className="admin-tree__actions">
          {ACTIONS.map(({ action, text }) => (
            <Link
              key={action}
              className="button button--secondary button--small"
              to={`?item=${encodeURIComponent(item.id)}&do=${action}`}
              aria-current={isOpen && open.action === action ? 'true' : undefined}
              onClick={() => setDone(null)}
            >
              {text}
              <span className="visually-hidden">: {item.title}</span>
            </Link>
          ))}
        </span>
        {isOpen && (open.action === 'add' || open.action === 'edit') ? (
          <StrategyItemForm
            key={`${item.id}-${open.action}`}
            mode={open.action}
            item={item}
            items={items}
            below={below(children, item.id)}
            onDone={finish}
          />
        ) : null}
        {isOpen && open.action === 'retire' ? <RetireItem item={item} onDone={finish} /> : null}
      </>
    );
    if (kids.length === 0) {
      return (
        <li key={item.id} className="admin-tree__item">
          {name}
          {actions}
        </li>
      );
    }
    return (
      <li key={item.id} className="admin-tree__item">
        <details open={expanded.has(item.id)} onToggle={(e) => toggle(item.id, e.currentTarget.open)}>
          <summary>
            {name} <span className="hint-inline">{kids.length} below</span>
          </summary>
          {actions}
          <ul>{kids.map(node)}</ul>
        </details>
      </li>
    );
  };

  return (
    <Page
      title="Strategy tree"
      lead="Add, change, move and retire the items of the golden thread, from the Corporate Plan to individual objectives."
    >
      <p>
        <Link to="/app/admin">Administration</Link>
      </p>
      {done ? (
        <div className="notice notice--success" role="status">
          {done}
        </div>
      ) : null}
      {strategy.isPending ? <Loading what="the strategy tree" /> : null}
      {strategy.error ? <Problem error={strategy.error} /> : null}
      {items.length > 0 ? (
        <>
          <p>Open an item to see what hangs below it.</p>
          <ul className="admin-tree">{(children.get(null) ?? []).map(node)}</ul>
        </>
      ) : null}
    </Page>
  );
}
