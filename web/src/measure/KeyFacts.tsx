/** The measure's status in one list: figure, target, RAG, direction, benchmarks, SPC and forecast. */
import type { MeasureStatusAnswer, MeasureSummary } from '../api/types.js';
import { BenchmarkCell, DirectionCell, ForecastCell, SpcCell } from '../status/cells.js';
import { figureText } from '../status/format.js';
import { StatusBadge } from '../status/StatusBadge.js';

export function KeyFacts({ answer, measure }: { answer: MeasureStatusAnswer; measure: MeasureSummary }) {
  const s = answer.authority.status;
  const t = s.target;
  const target =
    t == null
      ? 'No target'
      : t.lower != null && t.upper != null
        ? `${figureText(t.lower, measure)} to ${figureText(t.upper, measure)}`
        : figureText(t.value, measure);
  const rows: [string, React.ReactNode][] = [
    ['Period', s.periodLabel ?? '—'],
    ['Figure', figureText(s.figure?.value, measure)],
    ['Target', target],
    ['Status', <StatusBadge key="s" status={s.rag.status} sentence={s.rag.sentence} />],
    ['Direction of travel', <DirectionCell key="d" status={s} />],
    ['Compared with England', <BenchmarkCell key="e" status={s} which="england" measure={measure} />],
    ['Compared with neighbours', <BenchmarkCell key="n" status={s} which="neighbours" measure={measure} />],
    ['Statistical process control', <SpcCell key="spc" status={s} measure={measure} />],
    ['Year-end forecast', <ForecastCell key="f" status={s} measure={measure} />],
  ];
  return (
    <dl className="summary-list">
      {rows.map(([label, value]) => (
        <div key={label} className="summary-list__row">
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
