/**
 * One perspective of a plan: how many of its measures stand at each status, then each measure in
 * a line: its status (shape and word, explained on hover and focus), its name linking to its page,
 * the figure against target and the direction of travel.
 */
import { Link } from 'react-router';
import { StatusCounts } from '../scorecard/StatusCounts.js';
import { StatusBadge } from '../status/StatusBadge.js';
import type { Perspective } from './api.js';

export function PerspectivePanel({
  perspective,
  id,
  measureQuery,
}: {
  perspective: Perspective;
  id: string;
  /** `?period=…` carried to each measure's page. */
  measureQuery: string;
}) {
  const total = perspective.measures.length;
  return (
    <section className="card perspective" aria-labelledby={id}>
      <h2 id={id}>{perspective.name}</h2>
      {perspective.description ? (
        <p className="muted perspective__description">{perspective.description}</p>
      ) : null}
      <p className="perspective__total">{total === 1 ? '1 measure' : `${total} measures`}</p>
      {total > 0 ? (
        <StatusCounts counts={perspective.counts} label={`${perspective.name}: measures by status`} />
      ) : null}
      {total === 0 ? (
        <p className="muted">No measures here that you may see.</p>
      ) : (
        <ul className="perspective__measures">
          {perspective.measures.map((m) => (
            <li key={m.id}>
              <StatusBadge status={m.status.status} sentence={m.status.sentence} />{' '}
              <Link to={`/app/measures/${encodeURIComponent(m.id)}${measureQuery}`}>{m.title}</Link>
              <span className="perspective__figure">
                {m.valueText ?? 'No figure'}
                {m.targetText ? ` against ${m.targetText}` : ''}
                {m.periodLabel ? ` · ${m.periodLabel}` : ''}
                {m.direction.direction !== 'not-comparable' ? ` · ${m.direction.word}` : ''}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
