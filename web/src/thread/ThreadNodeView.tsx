/**
 * One item of the golden thread: a button that opens it (its children, measures, actions and risks),
 * with its rolled-up status as word, shape and colour, and its counts by status.
 */
import { Link } from 'react-router';
import type { Thread, ThreadNode } from '../api/types.js';
import { StatusCounts } from '../scorecard/StatusCounts.js';
import { ActionList } from '../status/ActionList.js';
import { RiskList } from './RiskList.js';
import { StatusBadge } from '../status/StatusBadge.js';
import { KIND_WORDS, type TreeSearch } from './tree.js';

export interface TreeState {
  open: Set<string>;
  toggle: (id: string) => void;
  search: TreeSearch | null;
  measures: Thread['measures'];
  periodQuery: string;
}

function Measures({ node, state }: { node: ThreadNode; state: TreeState }) {
  if (node.measureIds.length === 0) return null;
  return (
    <>
      <p className="tree__subheading">Measures</p>
      <ul className="tree__measures">
        {node.measureIds.map((id) => {
          const m = state.measures[id];
          return (
            <li key={id}>
              {m ? <StatusBadge status={m.status} /> : null}{' '}
              <Link to={`/app/measures/${encodeURIComponent(id)}${state.periodQuery}`}>{m?.title ?? id}</Link>{' '}
              <span className="muted">{id}</span>
            </li>
          );
        })}
      </ul>
    </>
  );
}

export function ThreadNodeView({ node, state }: { node: ThreadNode; state: TreeState }) {
  if (state.search && !state.search.shown.has(node.id)) return null;
  const open = state.open.has(node.id) || (state.search?.opened.has(node.id) ?? false);
  const hasMore = node.children.length > 0 || node.measureIds.length > 0 || node.actionIds.length > 0;
  const panel = `thread-${node.id}`;
  return (
    <li id={`thread-item-${node.id}`}>
      <div className="tree__row">
        {hasMore ? (
          <button
            type="button"
            className="tree__toggle"
            aria-expanded={open}
            aria-controls={open ? panel : undefined}
            onClick={() => state.toggle(node.id)}
          >
            <span aria-hidden="true">{open ? '▾ ' : '▸ '}</span>
            {node.title}
          </button>
        ) : (
          <span className="tree__title">{node.title}</span>
        )}
        <span className="tree__kind">{KIND_WORDS[node.kind] ?? node.kind}</span>
        <StatusBadge status={node.status.status} sentence={node.status.sentence} />
      </div>
      {open ? (
        <div id={panel} className="tree__detail">
          <StatusCounts counts={node.status.counts} label={`${node.title}: statuses below it`} />
          <p className="tree__links">
            <Link to={`/app/scorecard?strategyItem=${encodeURIComponent(node.id)}`}>
              Scorecard of its measures
            </Link>
          </p>
          <Measures node={node} state={state} />
          {node.actionIds.length > 0 ? (
            <>
              <p className="tree__subheading">Actions</p>
              <ActionList strategyItem={node.id} />
            </>
          ) : null}
          <RiskList strategyItem={node.id} />
          {node.children.length > 0 ? (
            <ul className="tree__children" aria-label={`Below ${node.title}`}>
              {node.children.map((child) => (
                <ThreadNodeView key={child.id} node={child} state={state} />
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
    </li>
  );
}
