/** The strategy items a measure evidences: listed with a button to remove each, and one to add. */
import { useState } from 'react';
import { STRATEGY_KIND_LABELS, type StrategyKind } from '@domain/strategy.js';
import type { StrategyItem } from '../../api/types.js';
import { ErrorMessage, SelectField } from '../../forms/fields.js';

const kindWords = (kind: string) => STRATEGY_KIND_LABELS[kind as StrategyKind] ?? kind;

export function StrategyLinks({
  id,
  items,
  linked,
  error,
  onChange,
}: {
  id: string;
  items: readonly StrategyItem[];
  linked: readonly string[];
  error: string | null;
  onChange: (ids: string[]) => void;
}) {
  const [choice, setChoice] = useState('');
  const byId = new Map(items.map((i) => [i.id, i]));
  const offered = items.filter((i) => !linked.includes(i.id));
  return (
    <fieldset className={`fieldset${error ? ' form-group--error' : ''}`} aria-describedby={`${id}-hint`}>
      <legend className="label">Strategy items it evidences</legend>
      <span className="hint" id={`${id}-hint`}>
        The golden thread this measure shows progress on
      </span>
      <ErrorMessage id={id} error={error} />
      {linked.length === 0 ? (
        <p>None yet.</p>
      ) : (
        <ul className="admin-links">
          {linked.map((itemId) => {
            const item = byId.get(itemId);
            const name = item
              ? `${kindWords(item.kind)}: ${item.title}`
              : `${itemId} (no longer in the thread)`;
            return (
              <li key={itemId}>
                <span>{name}</span>{' '}
                <button
                  type="button"
                  className="button button--secondary button--small"
                  onClick={() => onChange(linked.filter((l) => l !== itemId))}
                >
                  Remove<span className="visually-hidden"> the link to {name}</span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <div className="admin-inline">
        <SelectField
          id={id}
          label="Add a link to"
          value={choice}
          choices={[
            { value: '', text: 'Choose a strategy item' },
            ...offered.map((i) => ({ value: i.id, text: `${kindWords(i.kind)}: ${i.title}` })),
          ]}
          onChange={(e) => setChoice(e.target.value)}
        />
        <button
          type="button"
          className="button button--secondary"
          disabled={choice === ''}
          onClick={() => {
            onChange([...linked, choice]);
            setChoice('');
          }}
        >
          Add the link
        </button>
      </div>
    </fieldset>
  );
}
