/**
 * A sparkline drawn straight from its chart specification as a small SVG, without ECharts: a
 * dashboard shows many of them, and an ECharts instance each (a canvas, its own layout and
 * renderer) was most of the time a dashboard took to draw. The same line as the shared spec's —
 * its figures, gaps where there is none, the latest marked — with its text alternative for
 * screen readers. Only presentation attributes are used, which the page's CSP allows.
 */
import type { ChartSpec } from '@charts/types.js';
import { PALETTE } from '@charts/palette.js';

const WIDTH = 100;
const PAD = 4;
/** Room either side, in the drawing's units, so the latest figure's dot is not cut off. */
const LEFT = 2;
const RIGHT = 4;

type Point = number | { value: number } | null;
const valueOf = (p: Point) => (p === null ? null : typeof p === 'number' ? p : p.value);

/** The figures of a sparkline spec's one line series. */
export function sparklineValues(spec: ChartSpec): (number | null)[] {
  const series = (spec.option['series'] as { data?: Point[] }[] | undefined)?.[0];
  return (series?.data ?? []).map(valueOf);
}

export function Sparkline({ spec, height = 44 }: { spec: ChartSpec; height?: number }) {
  const values = sparklineValues(spec);
  const present = values.filter((v): v is number => v !== null);
  const low = Math.min(...present);
  const high = Math.max(...present);
  const x = (i: number) =>
    values.length <= 1 ? WIDTH / 2 : LEFT + (i / (values.length - 1)) * (WIDTH - LEFT - RIGHT);
  const y = (v: number) =>
    high === low ? height / 2 : PAD + ((high - v) / (high - low)) * (height - 2 * PAD);
  // Runs of figures between gaps, each drawn as its own line.
  const runs: string[] = [];
  let run: string[] = [];
  values.forEach((v, i) => {
    if (v === null) {
      if (run.length > 0) runs.push(run.join(' '));
      run = [];
    } else run.push(`${x(i).toFixed(2)},${y(v).toFixed(2)}`);
  });
  if (run.length > 0) runs.push(run.join(' '));
  const last = values.reduce<number>((at, v, i) => (v === null ? at : i), -1);
  return (
    <div className="sparkline">
      <svg
        className="sparkline__svg"
        viewBox={`0 0 ${WIDTH} ${height}`}
        preserveAspectRatio="none"
        height={height}
        aria-hidden="true"
        focusable="false"
      >
        {runs.map((points) => (
          <polyline
            key={points}
            points={points}
            fill="none"
            stroke={PALETTE.blue}
            strokeWidth={1.5}
            vectorEffect="non-scaling-stroke"
          />
        ))}
        {last >= 0 ? (
          // A round-capped line of almost no length: a dot that keeps its shape however the line is stretched.
          <line
            x1={x(last)}
            y1={y(values[last]!)}
            x2={x(last) + 0.01}
            y2={y(values[last]!)}
            stroke={PALETTE.blue}
            strokeWidth={5}
            strokeLinecap="round"
            vectorEffect="non-scaling-stroke"
          />
        ) : null}
      </svg>
      <p className="visually-hidden">{spec.description}</p>
    </div>
  );
}
