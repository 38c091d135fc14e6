/**
 * The cards on the dashboard's grid, in reading order (so keyboard and screen-reader order match
 * the picture); in editing, each with the buttons that arrange it.
 */
import type { Card } from '@domain/dashboards/card.js';
import { CARD_KIND_LABELS } from '@domain/dashboards/card.js';
import type { CardData, WardGeometry } from '../../../src/app/dashboards/types.js';
import { CardBody, ROW_HEIGHT } from './CardView.js';
import { EditBar, type CardAction } from './EditBar.js';

export function DashboardGrid({
  cards,
  data,
  geometry,
  period,
  editing,
  onAction,
}: {
  cards: Card[];
  data: Map<string, CardData>;
  geometry: WardGeometry | null;
  period: string | undefined;
  editing: boolean;
  onAction: (card: Card, action: CardAction) => void;
}) {
  const ordered = [...cards].sort((a, b) => a.row - b.row || a.column - b.column);
  return (
    <div className={`dash-grid${editing ? ' dash-grid--editing' : ''}`}>
      {ordered.map((card) => {
        const d = data.get(card.id);
        const title = d?.title ?? card.title ?? CARD_KIND_LABELS[card.kind];
        const headingId = `card-${card.id}`;
        return (
          <section
            key={card.id}
            className={`dash-card dash-card--${card.kind}`}
            aria-labelledby={headingId}
            data-card-id={card.id}
            style={{
              gridColumn: `${card.column + 1} / span ${card.width}`,
              gridRow: `${card.row + 1} / span ${card.height}`,
              minHeight: card.height * ROW_HEIGHT,
            }}
          >
            <h2 className="dash-card__title" id={headingId}>
              {title}
            </h2>
            {editing ? (
              <p className="dash-card__place">
                {CARD_KIND_LABELS[card.kind]} · row {card.row + 1}, column {card.column + 1} · {card.width}{' '}
                wide, {card.height} tall
              </p>
            ) : null}
            {d ? (
              <>
                {d.notice ? <p className="dash-card__notice">{d.notice}</p> : null}
                <CardBody data={d} height={card.height} period={period} geometry={geometry} />
              </>
            ) : (
              <p className="dash-card__notice">Save the dashboard to see this card’s figures.</p>
            )}
            {editing ? <EditBar cardId={card.id} title={title} onAction={(a) => onAction(card, a)} /> : null}
          </section>
        );
      })}
    </div>
  );
}
