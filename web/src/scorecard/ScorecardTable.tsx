/**
 * The measure table: one row per measure with its period, figure, target, RAG, direction of
 * travel, comparison with England and neighbours, SPC icons and forecast. Column headings sort;
 * every judgement explains itself on hover and on keyboard focus.
 */
import { Link } from 'react-router';
import type { ScorecardRow } from '../api/types.js';
import { BenchmarkCell, DirectionCell, ForecastCell, SpcCell } from '../status/cells.js';
import { figureText } from '../status/format.js';
import { StatusBadge } from '../status/StatusBadge.js';
import type { SortKey } from './sort.js';

function SortHeading({
  label,
  column,
  sort,
  descending,
  onSort,
  className,
}: {
  label: string;
  column: SortKey;
  sort: SortKey;
  descending: boolean;
  onSort: (key: SortKey) => void;
  className?: string;
}) {
  const active = sort === column;
  return (
    <th
      scope="col"
      className={className}
      aria-sort={active ? (descending ? 'descending' : 'ascending') : undefined}
    >
      <button type="button" className="sort-button" onClick={() => onSort(column)}>
        {label}
        <span aria-hidden="true">{active ? (descending ? ' ▼' : ' ▲') : ' ⇅'}</span>
      </button>
    </th>
  );
}

function targetText(row: ScorecardRow): string {
  const t = row.status.target;
  if (!t) return '—';
  if (t.lower != null && t.upper != null)
    return `${figureText(t.lower, row.measure)} to ${figureText(t.upper, row.measure)}`;
  return figureText(t.value, row.measure);
}

export function ScorecardTable({
  rows,
  sort,
  descending,
  onSort,
  caption,
  areaQuery,
}: {
  rows: ScorecardRow[];
  sort: SortKey;
  descending: boolean;
  onSort: (key: SortKey) => void;
  caption: string;
  /** Carried to each measure's page, so the period and area chosen stay chosen. */
  areaQuery: string;
}) {
  const heading = { sort, descending, onSort };
  return (
    <div className="table-wrap">
      <table className="table scorecard">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <SortHeading label="Measure" column="measure" {...heading} />
            <th scope="col">Period</th>
            <th scope="col" className="num">
              Figure
            </th>
            <th scope="col" className="num">
              Target
            </th>
            <SortHeading label="Status" column="status" {...heading} />
            <SortHeading label="Direction" column="direction" {...heading} />
            <SortHeading label="England" column="england" {...heading} />
            <th scope="col">Neighbours</th>
            <th scope="col">SPC</th>
            <SortHeading label="Forecast" column="forecast" {...heading} />
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.measure.id}>
              <th scope="row">
                <Link to={`/app/measures/${encodeURIComponent(row.measure.id)}${areaQuery}`}>
                  {row.measure.title}
                </Link>
                <span className="muted code"> {row.measure.id}</span>
              </th>
              <td>{row.status.periodLabel ?? '—'}</td>
              <td className="num">{figureText(row.status.figure?.value, row.measure)}</td>
              <td className="num">{targetText(row)}</td>
              <td>
                <StatusBadge status={row.status.rag.status} sentence={row.status.rag.sentence} />
              </td>
              <td>
                <DirectionCell status={row.status} />
              </td>
              <td>
                <BenchmarkCell status={row.status} which="england" measure={row.measure} />
              </td>
              <td>
                <BenchmarkCell status={row.status} which="neighbours" measure={row.measure} />
              </td>
              <td>
                <SpcCell status={row.status} measure={row.measure} />
              </td>
              <td>
                <ForecastCell status={row.status} measure={row.measure} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
