/**
 * Every ward's figure and status for the period, each ward a link that focuses the page on it.
 * The ward asked about is marked, so "why is this red in Bushbury North?" has its answer in its row.
 */
import { Link, useLocation } from 'react-router';
import type { MeasureStatusAnswer, MeasureSummary } from '../api/types.js';
import { DirectionCell } from '../status/cells.js';
import { figureText } from '../status/format.js';
import { StatusBadge } from '../status/StatusBadge.js';

export function WardTable({
  answer,
  measure,
  ward,
}: {
  answer: MeasureStatusAnswer;
  measure: MeasureSummary;
  ward: string | null;
}) {
  const location = useLocation();
  const linkTo = (code: string) => {
    const next = new URLSearchParams(location.search);
    next.set('ward', code);
    return `${location.pathname}?${next.toString()}#ward-focus`;
  };
  return (
    <div className="table-wrap">
      <table className="table">
        <caption>
          {measure.title} by ward, {answer.authority.status.periodLabel ?? 'latest period'}
        </caption>
        <thead>
          <tr>
            <th scope="col">Ward</th>
            <th scope="col" className="num">
              Figure
            </th>
            <th scope="col">Status</th>
            <th scope="col">Direction</th>
            <th scope="col">Why</th>
          </tr>
        </thead>
        <tbody>
          {answer.wards.map((w) => (
            <tr
              key={w.area.code}
              className={w.area.code === ward ? 'row--chosen' : undefined}
              aria-current={w.area.code === ward ? 'true' : undefined}
            >
              <th scope="row">
                <Link to={linkTo(w.area.code)}>{w.area.name}</Link>
              </th>
              <td className="num">{figureText(w.status.figure?.value, measure)}</td>
              <td>
                <StatusBadge status={w.status.rag.status} sentence={w.status.rag.sentence} />
              </td>
              <td>
                <DirectionCell status={w.status} />
              </td>
              <td>{w.status.rag.sentence}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
