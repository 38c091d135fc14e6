import { describe, expect, it } from 'vitest';
import { nonJsonPaths } from './plain-json.js';
import { trendChart } from './trend.js';
import type { TrendInput } from './trend.js';

const points = [
  { period: '2017-04', label: 'Apr 2017', value: 71.24 },
  { period: '2017-05', label: 'May 2017', value: null },
  { period: '2017-06', label: 'Jun 2017', value: 78.5 },
  { period: '2017-07', label: 'Jul 2017', value: 66 },
];
const input: TrendInput = {
  title: 'Invoices paid on time',
  unit: 'percent',
  decimals: 1,
  polarity: 'higher-better',
  points,
  targets: points.map((p) => ({ period: p.period, value: 75 })),
  tolerance: { kind: 'absolute', value: 5 },
};

type Series = { name: string; data: unknown[] };
const seriesOf = (option: Record<string, unknown>) => option['series'] as Series[];

describe('trendChart', () => {
  it('lists every period with its figure and target in the table, leaving a missing figure empty', () => {
    const spec = trendChart(input);
    expect(spec.table.columns).toEqual(['Period', 'Figure', 'Target']);
    expect(spec.table.rows).toEqual([
      ['Apr 2017', '71.2%', '75%'],
      ['May 2017', null, '75%'],
      ['Jun 2017', '78.5%', '75%'],
      ['Jul 2017', '66.0%', '75%'],
    ]);
  });

  it('describes the span, the latest figure against its target, the extremes and the gap', () => {
    const { description } = trendChart(input);
    expect(description).toContain('4 periods from Apr 2017 to Jul 2017');
    expect(description).toContain('higher is better');
    expect(description).toContain('The latest figure, for Jul 2017, is 66.0% against a target of 75%');
    expect(description).toContain('Highest 78.5% (Jun 2017); lowest 66.0% (Jul 2017)');
    expect(description).toContain('1 period has no figure');
  });

  it('keeps a missing figure as a gap and the option free of NaN and undefined', () => {
    const spec = trendChart({
      ...input,
      points: [...points, { period: 'x', label: 'Aug 2017', value: Number.NaN }],
    });
    expect(nonJsonPaths(spec.option)).toEqual([]);
    const figure = seriesOf(spec.option).find((s) => s.name === 'Figure')!;
    expect(figure.data).toEqual([71.24, null, 78.5, 66, null]);
    expect(spec.option['animation']).toBe(false);
  });

  it('shades the tolerance below the target when higher is better, and above it when lower is better', () => {
    const higher = seriesOf(trendChart(input).option);
    expect(higher.find((s) => s.name === 'band base')!.data).toEqual([70, 70, 70, 70]);
    const lower = seriesOf(trendChart({ ...input, polarity: 'lower-better' }).option);
    expect(lower.find((s) => s.name === 'band base')!.data).toEqual([75, 75, 75, 75]);
    expect(lower.filter((s) => s.name === 'Tolerance')[1]!.data).toEqual([5, 5, 5, 5]);
  });

  it('works out a relative tolerance from the target', () => {
    const series = seriesOf(trendChart({ ...input, tolerance: { kind: 'relative', value: 0.1 } }).option);
    expect(series.find((s) => s.name === 'band base')!.data).toEqual([67.5, 67.5, 67.5, 67.5]);
  });

  it('shows a target range with tolerance either side for a band, and writes the range in the table', () => {
    const spec = trendChart({
      ...input,
      polarity: 'within-band',
      targets: points.map((p) => ({ period: p.period, value: null, lower: 60, upper: 80 })),
    });
    const series = seriesOf(spec.option);
    expect(series.find((s) => s.name === 'band base')!.data).toEqual([55, 55, 55, 55]);
    expect(series.find((s) => s.name === 'Target range')!.data).toEqual([20, 20, 20, 20]);
    expect(spec.table.rows[0]).toEqual(['Apr 2017', '71.2%', '60% to 80%']);
  });

  it('draws no band for a neutral measure, and says when there are no figures', () => {
    const spec = trendChart({
      ...input,
      polarity: 'neutral',
      points: points.map((p) => ({ ...p, value: null })),
    });
    expect(seriesOf(spec.option).some((s) => s.name === 'band base')).toBe(false);
    expect(spec.description).toContain('with no figures yet');
  });
});
