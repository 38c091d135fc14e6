/** After an import: what was written, and where to go next (sign-off, the measure's page). */
import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import type { ImportAnswer } from './api.js';
import type { Names } from './Preview.js';

const said = (n: number, what: string) => (n > 0 ? `${n.toLocaleString('en-GB')} ${what}` : '');

export function ImportDone({
  answer,
  names,
  onAnother,
}: {
  answer: ImportAnswer;
  names: Names;
  onAnother: () => void;
}) {
  const panel = useRef<HTMLDivElement>(null);
  useEffect(() => panel.current?.focus(), []);
  const f = answer.figures;
  const written = f.created + f.changed;
  const first = answer.samples.changed[0] ?? answer.samples.created[0] ?? null;
  const measures = answer.byMeasure.filter((m) => m.created + m.changed > 0).slice(0, 10);
  return (
    <div
      className="notice notice--success import-done"
      role="status"
      tabIndex={-1}
      ref={panel}
      aria-labelledby="import-done-title"
    >
      <h2 id="import-done-title">
        Imported {written === 1 ? 'one figure' : `${written.toLocaleString('en-GB')} figures`} from{' '}
        {answer.file}
      </h2>
      <p>
        {said(f.created, 'new')}
        {f.created > 0 && f.changed > 0 ? ' and ' : ''}
        {said(f.changed, 'changed')}
        {f.unchanged > 0 ? `; ${f.unchanged.toLocaleString('en-GB')} already so` : ''} (import{' '}
        {answer.batchId}).{' '}
        {written === 1 ? 'The figure is entered and now waits' : 'The figures are entered: each now waits'} to
        be checked and approved.
      </p>
      <ul className="plain-list">
        {first ? (
          <li>
            <Link
              to={`/app/entry?measure=${encodeURIComponent(first.measureId)}&at=${encodeURIComponent(first.period)}&area=${encodeURIComponent(first.areaCode)}`}
            >
              Check and sign off the figures, starting with {first.measureId} {first.period}
            </Link>
          </li>
        ) : null}
        {measures.map((m) => (
          <li key={m.measureId}>
            <Link to={`/app/measures/${encodeURIComponent(m.measureId)}`}>
              See {m.measureId} {names.measure(m.measureId)}
            </Link>
          </li>
        ))}
      </ul>
      <button type="button" className="button button--secondary" onClick={onAnother}>
        Import another file
      </button>
    </div>
  );
}
