/**
 * The controls that arrange one card while a dashboard is edited: buttons to move it up, down,
 * left and right, to make it wider, narrower, taller or shorter, and to remove it. Every one is
 * a real button, so the whole layout can be arranged by keyboard.
 */
import type { Direction } from '@domain/dashboards/layout.js';

export type CardAction = Direction | 'wider' | 'narrower' | 'taller' | 'shorter' | 'remove';

const BUTTONS: { action: CardAction; text: string; symbol: string }[] = [
  { action: 'up', text: 'Move up', symbol: '↑' },
  { action: 'down', text: 'Move down', symbol: '↓' },
  { action: 'left', text: 'Move left', symbol: '←' },
  { action: 'right', text: 'Move right', symbol: '→' },
  { action: 'wider', text: 'Wider', symbol: '⇔' },
  { action: 'narrower', text: 'Narrower', symbol: '⇒⇐' },
  { action: 'taller', text: 'Taller', symbol: '⇕' },
  { action: 'shorter', text: 'Shorter', symbol: '⤓' },
];

export function EditBar({
  cardId,
  title,
  onAction,
}: {
  cardId: string;
  title: string;
  onAction: (a: CardAction) => void;
}) {
  return (
    <div className="dash-edit" role="group" aria-label={`Arrange ${title}`}>
      {BUTTONS.map((b) => (
        <button
          key={b.action}
          type="button"
          className="button button--secondary button--small dash-edit__button"
          data-card={cardId}
          data-action={b.action}
          onClick={() => onAction(b.action)}
        >
          <span aria-hidden="true">{b.symbol} </span>
          {b.text}
          <span className="visually-hidden">: {title}</span>
        </button>
      ))}
      <button
        type="button"
        className="button button--warning button--small dash-edit__button"
        data-card={cardId}
        data-action="remove"
        onClick={() => onAction('remove')}
      >
        Remove<span className="visually-hidden"> card: {title}</span>
      </button>
    </div>
  );
}
