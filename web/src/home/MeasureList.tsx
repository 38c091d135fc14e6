/** A short list of measures with their status and figure, each a link to its page. */
import { Link } from 'react-router';
import type { ScorecardRow } from '../api/types.js';
import { figureText } from '../status/format.js';
import { StatusBadge } from '../status/StatusBadge.js';

export function MeasureList({ rows, empty = 'None.' }: { rows: ScorecardRow[]; empty?: string }) {
  if (rows.length === 0) return <p>{empty}</p>;
  return (
    <ul className="measure-list">
      {rows.map((r) => (
        <li key={r.measure.id}>
          <StatusBadge status={r.status.rag.status} sentence={r.status.rag.sentence} />{' '}
          <Link to={`/app/measures/${encodeURIComponent(r.measure.id)}`}>{r.measure.title}</Link>{' '}
          <span className="muted">
            {figureText(r.status.figure?.value, r.measure)}
            {r.status.periodLabel ? `, ${r.status.periodLabel}` : ''}
          </span>
        </li>
      ))}
    </ul>
  );
}
