/**
 * A measure's figures over time, with its target line and the tolerance band where a figure would
 * be amber: below the target when higher is better, above it when lower is better, and either side
 * of the target range for a band.
 */
import type { Polarity, ToleranceKind } from '../domain/measure.js';
import { baseOption, categoryAxis, legend, plain, tooltip, valueAxis } from './base.js';
import { PALETTE } from './palette.js';
import type { ChartFigures, ChartSpec } from './types.js';
import { POLARITY_WORDS, axisTemplate, count, figureText, finite, setFigureText } from './words.js';

export interface TrendPoint {
  period: string;
  label: string;
  value: number | null;
}

export interface TrendTarget {
  period: string;
  value: number | null;
  lower?: number | null;
  upper?: number | null;
}

export interface TrendInput extends ChartFigures {
  title: string;
  points: TrendPoint[];
  targets?: TrendTarget[];
  /** As the measure sets it: an amount in its unit, or a share of the target (0.05 is 5%). */
  tolerance?: { kind: ToleranceKind; value: number } | null;
  polarity: Polarity;
}

interface Band {
  /** Where the shading starts, and the heights of the stacked pieces above it. */
  base: number;
  below: number;
  range: number;
  above: number;
}

function amount(tolerance: TrendInput['tolerance'], edge: number): number {
  if (!tolerance || !(tolerance.value >= 0)) return 0;
  return tolerance.kind === 'relative' ? Math.abs(edge) * tolerance.value : tolerance.value;
}

function bandFor(target: TrendTarget | undefined, input: TrendInput): Band | null {
  if (!target || input.polarity === 'neutral') return null;
  const lower = finite(target.lower);
  const upper = finite(target.upper);
  if (input.polarity === 'within-band' && lower !== null && upper !== null) {
    const below = amount(input.tolerance, lower);
    return { base: lower - below, below, range: upper - lower, above: amount(input.tolerance, upper) };
  }
  const value = finite(target.value);
  if (value === null) return null;
  const tol = amount(input.tolerance, value);
  if (tol === 0) return null;
  if (input.polarity === 'lower-better') return { base: value, below: 0, range: 0, above: tol };
  return { base: value - tol, below: tol, range: 0, above: 0 };
}

function targetText(target: TrendTarget | undefined, input: TrendInput): string | null {
  if (!target) return null;
  const lower = setFigureText(target.lower, input);
  const upper = setFigureText(target.upper, input);
  if (lower !== null && upper !== null) return `${lower} to ${upper}`;
  return setFigureText(target.value, input);
}

/** One stacked piece of the band: invisible line, pale fill. */
function bandSeries(name: string, data: (number | null)[], fill: string | null): Record<string, unknown> {
  return {
    name,
    type: 'line',
    stack: 'band',
    stackStrategy: 'all',
    data,
    symbol: 'none',
    silent: true,
    // The band's pieces are stacked heights, not figures: the tooltip names the figure and target only.
    tooltip: { show: false },
    step: 'middle',
    lineStyle: { opacity: 0 },
    itemStyle: { color: fill ?? '#FFFFFF' },
    areaStyle: fill ? { color: fill, opacity: 1 } : { opacity: 0 },
    connectNulls: false,
    z: 1,
  };
}

export function trendChart(input: TrendInput): ChartSpec {
  const targetsByPeriod = new Map((input.targets ?? []).map((t) => [t.period, t]));
  const targets = input.points.map((p) => targetsByPeriod.get(p.period));
  const bands = targets.map((t) => bandFor(t, input));
  const hasBand = bands.some((b) => b !== null);
  const hasRange = bands.some((b) => b !== null && b.range > 0);
  const pick = (f: (b: Band) => number) => bands.map((b) => (b === null ? null : f(b)));
  const values = input.points.map((p) => finite(p.value));
  const single = targets.map((t) => (input.polarity === 'within-band' ? null : finite(t?.value)));

  const series: Record<string, unknown>[] = [];
  if (hasBand) {
    series.push(
      bandSeries(
        'band base',
        pick((b) => b.base),
        null,
      ),
    );
    series.push(
      bandSeries(
        'Tolerance',
        pick((b) => b.below),
        PALETTE.toleranceFill,
      ),
    );
    if (hasRange)
      series.push(
        bandSeries(
          'Target range',
          pick((b) => b.range),
          PALETTE.targetRangeFill,
        ),
      );
    series.push(
      bandSeries(
        'Tolerance',
        pick((b) => b.above),
        PALETTE.toleranceFill,
      ),
    );
  }
  if (single.some((v) => v !== null)) {
    series.push({
      name: 'Target',
      type: 'line',
      data: single,
      symbol: 'none',
      step: 'middle',
      lineStyle: { color: PALETTE.target, type: 'dashed', width: 2 },
      itemStyle: { color: PALETTE.target },
      connectNulls: false,
      z: 2,
    });
  }
  series.push({
    name: 'Figure',
    type: 'line',
    data: values,
    symbol: 'circle',
    symbolSize: 6,
    showSymbol: true,
    lineStyle: { color: PALETTE.blue, width: 2 },
    itemStyle: { color: PALETTE.blue },
    connectNulls: false,
    z: 3,
  });

  const legendNames = ['Figure', ...(single.some((v) => v !== null) ? ['Target'] : [])];
  if (hasRange) legendNames.push('Target range');
  if (bands.some((b) => b !== null && b.below + b.above > 0)) legendNames.push('Tolerance');

  const description = describeTrend(input, values, targets);
  const option = baseOption(input.title, description, {
    grid: { left: 56, right: 20, top: 44, bottom: 64 },
    legend: legend({ data: legendNames }),
    tooltip: tooltip('axis'),
    xAxis: categoryAxis(
      input.points.map((p) => p.label),
      { boundaryGap: false },
    ),
    yAxis: valueAxis({ scale: true, axisLabel: { formatter: axisTemplate(input), fontSize: 11 } }),
    series,
  });
  return {
    title: input.title,
    description,
    option: plain(option),
    table: {
      caption: `${input.title}: figures and targets by period`,
      columns: ['Period', 'Figure', 'Target'],
      rows: input.points.map((p, i) => [
        p.label,
        figureText(values[i], input),
        targetText(targets[i], input),
      ]),
    },
  };
}

function describeTrend(
  input: TrendInput,
  values: (number | null)[],
  targets: (TrendTarget | undefined)[],
): string {
  const points = input.points;
  if (points.length === 0) return `${input.title}: no figures yet.`;
  const present = values.flatMap((v, i) => (v === null ? [] : [{ v, i }]));
  const span = `${count(points.length, 'period')} from ${points[0]!.label} to ${points[points.length - 1]!.label}`;
  if (present.length === 0) return `${input.title}: ${span}, with no figures yet.`;
  const last = present[present.length - 1]!;
  const high = present.reduce((a, b) => (b.v > a.v ? b : a));
  const low = present.reduce((a, b) => (b.v < a.v ? b : a));
  const target = targetText(targets[last.i], input);
  const parts = [
    `${input.title}: ${span}; ${POLARITY_WORDS[input.polarity]}.`,
    `The latest figure, for ${points[last.i]!.label}, is ${figureText(last.v, input)}` +
      (target ? ` against a target of ${target}.` : '.'),
    `Highest ${figureText(high.v, input)} (${points[high.i]!.label}); lowest ${figureText(low.v, input)} (${points[low.i]!.label}).`,
  ];
  const missing = points.length - present.length;
  if (missing > 0) parts.push(`${count(missing, 'period has', 'periods have')} no figure.`);
  return parts.join(' ');
}
