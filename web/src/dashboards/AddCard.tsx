/** The form that adds a card: what kind, about which measure (and ward, where a card may take one). */
import {
  AREA_CARD_KINDS,
  CARD_KINDS,
  CARD_KIND_LABELS,
  MEASURE_CARD_KINDS,
  WARD_CARD_KINDS,
  type CardKind,
} from '@domain/dashboards/card.js';
import { useId, useState } from 'react';
import { useMeasureList, useWards } from '../api/queries.js';

export interface NewCard {
  kind: CardKind;
  measureId: string | null;
  areaCode: string | null;
}

export function AddCard({ onAdd }: { onAdd: (card: NewCard) => void }) {
  const id = useId();
  const [kind, setKind] = useState<CardKind>('headline');
  const [measureId, setMeasureId] = useState('');
  const [areaCode, setAreaCode] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const measures = useMeasureList();
  const wards = useWards();
  const needsMeasure = MEASURE_CARD_KINDS.has(kind);
  const choices = (measures.data ?? []).filter((m) => !WARD_CARD_KINDS.has(kind) || m.byWard);
  return (
    <form
      className="dash-add"
      aria-labelledby={`${id}-heading`}
      onSubmit={(e) => {
        e.preventDefault();
        if (needsMeasure && !choices.some((m) => m.id === measureId)) {
          setProblem('Choose a measure for this card');
          return;
        }
        setProblem(null);
        onAdd({
          kind,
          measureId: needsMeasure ? measureId : null,
          areaCode:
            AREA_CARD_KINDS.has(kind) && choices.find((m) => m.id === measureId)?.byWard && areaCode
              ? areaCode
              : null,
        });
      }}
    >
      <h2 id={`${id}-heading`} className="dash-add__heading">
        Add a card
      </h2>
      {problem ? (
        <p className="error-summary" role="alert">
          {problem}
        </p>
      ) : null}
      <div className="dash-add__fields">
        <div className="form-group">
          <label className="label" htmlFor={`${id}-kind`}>
            Kind of card
          </label>
          <select
            className="select"
            id={`${id}-kind`}
            value={kind}
            onChange={(e) => setKind(e.target.value as CardKind)}
          >
            {CARD_KINDS.map((k) => (
              <option key={k} value={k}>
                {CARD_KIND_LABELS[k]}
              </option>
            ))}
          </select>
        </div>
        {needsMeasure ? (
          <div className="form-group">
            <label className="label" htmlFor={`${id}-measure`}>
              Measure{WARD_CARD_KINDS.has(kind) ? ' (with figures by ward)' : ''}
            </label>
            <select
              className="select"
              id={`${id}-measure`}
              value={measureId}
              onChange={(e) => setMeasureId(e.target.value)}
            >
              <option value="">Choose a measure</option>
              {choices.map((m) => (
                <option key={m.id} value={m.id}>
                  {m.title} ({m.id})
                </option>
              ))}
            </select>
          </div>
        ) : null}
        {AREA_CARD_KINDS.has(kind) && choices.find((m) => m.id === measureId)?.byWard ? (
          <div className="form-group">
            <label className="label" htmlFor={`${id}-area`}>
              Area
            </label>
            <select
              className="select"
              id={`${id}-area`}
              value={areaCode}
              onChange={(e) => setAreaCode(e.target.value)}
            >
              <option value="">The whole authority</option>
              {(wards.data ?? []).map((w) => (
                <option key={w.code} value={w.code}>
                  {w.name}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        <button type="submit" className="button">
          Add the card
        </button>
      </div>
    </form>
  );
}
