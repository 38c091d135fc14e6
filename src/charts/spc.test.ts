import { describe, expect, it } from 'vitest';
import { xmr } from '../domain/spc/index.js';
import { nonJsonPaths } from './plain-json.js';
import { SPECIAL_CAUSE_STYLES } from './palette.js';
import { spcChart } from './spc.js';

// Twelve steady months, then eight clearly higher ones: a shift the rules must catch.
const values = [50, 52, 49, 51, 50, 48, 51, 50, 49, 52, null, 50, 58, 59, 60, 58, 61, 59, 60, 62];
const labels = values.map((_, i) => `Month ${i + 1}`);
const chart = xmr(values, { improvement: 'increase' });
const input = {
  title: 'Repairs done first time',
  unit: 'percent' as const,
  decimals: 1,
  chart,
  labels,
  polarity: 'higher-better' as const,
};

type Series = { name: string; type: string; data: unknown[]; symbol?: string };
const seriesOf = (option: Record<string, unknown>) => option['series'] as Series[];

describe('spcChart', () => {
  it('lists each point with its mean, limits and special cause in the table', () => {
    const spec = spcChart(input);
    expect(spec.table.columns).toEqual([
      'Period',
      'Figure',
      'Mean',
      'Lower process limit',
      'Upper process limit',
      'Special cause',
    ]);
    expect(spec.table.rows).toHaveLength(values.length);
    expect(spec.table.rows[10]![1]).toBeNull();
    const last = spec.table.rows[19]!;
    expect(last[0]).toBe('Month 20');
    expect(last[1]).toBe('62.0%');
    expect(last[5]).toMatch(/^Improvement: /);
  });

  it('marks special-cause improvement with its own series, shape and colour, one mark per point', () => {
    const spec = spcChart(input);
    const improving = chart.points.filter((p) => p.specialCause === 'improvement').length;
    expect(improving).toBeGreaterThan(0);
    const marks = seriesOf(spec.option).find((s) => s.name === SPECIAL_CAUSE_STYLES.improvement.label)!;
    expect(marks.type).toBe('scatter');
    expect(marks.symbol).toBe(SPECIAL_CAUSE_STYLES.improvement.symbol);
    expect(marks.data.filter((v) => v !== null)).toHaveLength(improving);
  });

  it('marks as concern, when lower is better, the points that are improvement when higher is better', () => {
    const down = xmr(values, { improvement: 'decrease' });
    const spec = spcChart({ ...input, chart: down, polarity: 'lower-better' });
    const marksOf = (option: Record<string, unknown>, label: string) =>
      seriesOf(option)
        .find((s) => s.name === label)!
        .data.map((v) => v !== null);
    expect(marksOf(spec.option, SPECIAL_CAUSE_STYLES.concern.label)).toEqual(
      marksOf(spcChart(input).option, SPECIAL_CAUSE_STYLES.improvement.label),
    );
    expect(spec.description).toMatch(/\d+ points showing concern/);
  });

  it('draws the mean and dashed process limits, and keeps the missing figure as a gap', () => {
    const spec = spcChart({ ...input, target: 55 });
    expect(nonJsonPaths(spec.option)).toEqual([]);
    const series = seriesOf(spec.option);
    const limits = series.filter((s) => s.name === 'Process limits') as unknown as {
      lineStyle: { type: string };
    }[];
    expect(limits.length).toBeGreaterThanOrEqual(2);
    for (const l of limits) expect(l.lineStyle.type).toBe('dashed');
    expect(series.find((s) => s.name === 'Figure')!.data[10]).toBeNull();
    expect(series.find((s) => s.name === 'Target')!.data[0]).toBe(55);
  });

  it('describes the mean, limits, special causes and the latest variation', () => {
    const { description } = spcChart(input);
    expect(description).toContain('an XmR chart of 19 figures from Month 1 to Month 20');
    expect(description).toMatch(/Mean \d+\.\d%, process limits \d+\.\d% to \d+\.\d%/);
    expect(description).toMatch(/Special cause: \d+ points showing improvement/);
    expect(description).toContain('special cause variation: improvement');
  });

  it('draws one mean line per phase when the chart is rebased', () => {
    const rebased = xmr(values, { improvement: 'increase', rebaseAt: [12] });
    const means = seriesOf(spcChart({ ...input, chart: rebased }).option).filter((s) => s.name === 'Mean');
    expect(means).toHaveLength(2);
    expect(means[0]!.data[15]).toBeNull();
    expect(means[1]!.data[5]).toBeNull();
  });
});
