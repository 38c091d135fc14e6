/**
 * A dashboard at /app/dashboards/:id, with its period and ward in the address so that a link
 * shows the same view (?period=2017/18-Q2&area=E05001324). Every card's data arrives in one
 * request. Those who may edit it can add, remove and arrange cards — all by keyboard — and save
 * the result for the organisation.
 */
import type { Card } from '@domain/dashboards/card.js';
import { moveCard, placeCard, removeCard, resizeCard } from '@domain/dashboards/layout.js';
import { defaultSize } from '@domain/dashboards/generate.js';
import { useEffect, useMemo, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { usePeriod } from '../api/period.js';
import { useWards } from '../api/queries.js';
import { AsAt } from '../layout/AsAt.js';
import { Loading, Page, Problem } from '../layout/Page.js';
import { AddCard, type NewCard } from './AddCard.js';
import { useDashboardData, useSaveDashboard } from './api.js';
import { DashboardGrid } from './DashboardGrid.js';
import type { CardAction } from './EditBar.js';
import './dashboards.css';

interface Draft {
  title: string;
  cards: Card[];
}

function applyAction(cards: Card[], card: Card, action: CardAction): Card[] {
  switch (action) {
    case 'remove':
      return removeCard(cards, card.id);
    case 'wider':
    case 'narrower':
      return resizeCard(cards, card.id, {
        width: card.width + (action === 'wider' ? 1 : -1),
        height: card.height,
      });
    case 'taller':
    case 'shorter':
      return resizeCard(cards, card.id, {
        width: card.width,
        height: card.height + (action === 'taller' ? 1 : -1),
      });
    default:
      return moveCard(cards, card.id, action);
  }
}

function nextCardId(cards: Card[]): string {
  let n = cards.length + 1;
  while (cards.some((c) => c.id === `c${n}`)) n += 1;
  return `c${n}`;
}

function WardFilter() {
  const [params, setParams] = useSearchParams();
  const wards = useWards();
  return (
    <form className="as-at" onSubmit={(e) => e.preventDefault()}>
      <label className="label" htmlFor="dash-area">
        Area
      </label>
      <select
        className="select"
        id="dash-area"
        value={params.get('area') ?? ''}
        onChange={(e) => {
          const next = new URLSearchParams(params);
          if (e.target.value) next.set('area', e.target.value);
          else next.delete('area');
          setParams(next);
        }}
      >
        <option value="">The whole authority</option>
        {(wards.data ?? []).map((w) => (
          <option key={w.code} value={w.code}>
            {w.name}
          </option>
        ))}
      </select>
    </form>
  );
}

export function DashboardPage() {
  const { id = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const area = params.get('area') ?? undefined;
  const { period, ready } = usePeriod();
  const data = useDashboardData(id, { period, area }, ready);
  const save = useSaveDashboard(id);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [focusAfter, setFocusAfter] = useState<{ card: string; action: CardAction } | null>(null);

  useEffect(() => {
    if (!focusAfter) return;
    const selector =
      focusAfter.action === 'remove'
        ? '.dash-add select'
        : `[data-card="${focusAfter.card}"][data-action="${focusAfter.action}"]`;
    document.querySelector<HTMLElement>(selector)?.focus();
    setFocusAfter(null);
  }, [focusAfter, draft]);

  // A dashboard just made opens in the editor (?edit=true), ready for its first card.
  const loaded = data.data;
  useEffect(() => {
    if (params.get('edit') !== 'true' || !loaded) return;
    if (loaded.canEdit) setDraft({ title: loaded.dashboard.title, cards: loaded.dashboard.cards });
    const next = new URLSearchParams(params);
    next.delete('edit');
    setParams(next, { replace: true });
  }, [params, setParams, loaded]);

  const byCard = useMemo(() => new Map((data.data?.cards ?? []).map((c) => [c.cardId, c])), [data.data]);

  if (data.isPending) return <Loading what="the dashboard" />;
  if (data.isError) return <Problem error={data.error} />;
  const { dashboard, canEdit } = data.data;
  const cards = draft?.cards ?? dashboard.cards;
  const editing = draft !== null;

  const onAction = (card: Card, action: CardAction) => {
    if (!draft) return;
    const next = applyAction(draft.cards, card, action);
    setDraft({ ...draft, cards: next });
    const moved = next.find((c) => c.id === card.id);
    const name = byCard.get(card.id)?.title ?? card.kind;
    setAnnouncement(
      moved
        ? `${name}: row ${moved.row + 1}, column ${moved.column + 1}, ${moved.width} wide, ${moved.height} tall`
        : `${name} removed`,
    );
    setFocusAfter({ card: card.id, action });
  };
  const onAdd = (added: NewCard) => {
    if (!draft) return;
    const card: Card = {
      id: nextCardId(draft.cards),
      ...added,
      strategyItemId: null,
      title: null,
      column: 0,
      row: 0,
      ...defaultSize(added.kind),
    };
    const next = placeCard(draft.cards, card);
    setDraft({ ...draft, cards: next });
    const placed = next.find((c) => c.id === card.id)!;
    setAnnouncement(`Card added at row ${placed.row + 1}, column ${placed.column + 1}`);
  };
  const onSave = () => {
    if (!draft) return;
    save.mutate(
      { version: dashboard.version, title: draft.title, cards: draft.cards },
      {
        onSuccess: (saved) => {
          setDraft(null);
          setAnnouncement(`Saved as version ${saved.dashboard.version}`);
        },
      },
    );
  };

  return (
    <Page title={draft?.title ?? dashboard.title}>
      <div className="dash-toolbar">
        <AsAt />
        <WardFilter />
        {canEdit && !editing ? (
          <button
            type="button"
            className="button button--secondary"
            onClick={() => setDraft({ title: dashboard.title, cards: dashboard.cards })}
          >
            Edit this dashboard
          </button>
        ) : null}
      </div>
      <p className="dash-meta">
        {dashboard.version === 0
          ? 'Generated from the golden thread.'
          : `Version ${dashboard.version}, saved by ${dashboard.changedBy ?? 'someone'} on ${(dashboard.changedAt ?? '').slice(0, 10)}.`}{' '}
        <Link to={`/app/dashboards/${encodeURIComponent(dashboard.id)}/history`}>Version history</Link>.{' '}
        {area
          ? `Headline, trend and SPC cards show ${data.data.area.name} where their measure is counted by ward.`
          : null}
      </p>
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
      {editing ? (
        <div className="dash-editing">
          <div className="form-group">
            <label className="label" htmlFor="dash-title">
              Dashboard title
            </label>
            <input
              className="input"
              id="dash-title"
              value={draft.title}
              maxLength={120}
              onChange={(e) => setDraft({ ...draft, title: e.target.value })}
            />
          </div>
          {save.isError ? <Problem error={save.error} /> : null}
          <div className="dash-editing__buttons">
            <button type="button" className="button" onClick={onSave} disabled={save.isPending}>
              Save for everyone
            </button>
            <button type="button" className="button button--secondary" onClick={() => setDraft(null)}>
              Cancel
            </button>
          </div>
          <AddCard onAdd={onAdd} />
        </div>
      ) : null}
      {data.isFetching ? (
        <p className="visually-hidden" role="status">
          Updating the cards…
        </p>
      ) : null}
      {cards.length === 0 ? <p>This dashboard has no cards yet.</p> : null}
      <DashboardGrid
        cards={cards}
        data={byCard}
        geometry={data.data?.wardGeometry ?? null}
        period={period}
        editing={editing}
        onAction={onAction}
      />
    </Page>
  );
}
