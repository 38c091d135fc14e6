/**
 * A measure card's content from the engine's status and the measure's figures: the headline in
 * words, and the charts from the shared chart specifications (src/charts), so that a dashboard
 * draws the same chart a report prints.
 */
import { benchmarkChart, sparklineChart, spcChart, trendChart } from '../../charts/index.js';
import type { ChartSpec } from '../../charts/types.js';
import { figureText } from '../../charts/words.js';
import type { Area } from '../../domain/area.js';
import { periodKindOf } from '../../domain/engine/series.js';
import type { MeasureStatus, MeasureVerdicts } from '../../domain/engine/types.js';
import type { Target } from '../../domain/figures.js';
import type { Figure } from '../../domain/formula/figures.js';
import type { Measure } from '../../domain/measure.js';
import { parsePeriod, periodLabel, shiftPeriod, formatPeriod, type Period } from '../../domain/period.js';
import type { HeadlineFigure } from './types.js';

const figuresOf = (m: Measure) => ({ unit: m.unit, decimals: m.decimals, ratePer: m.ratePer });

function periodOf(text: string | null): Period | null {
  if (text === null) return null;
  const parsed = parsePeriod(text);
  return parsed.ok ? parsed.period : null;
}

/** The `count` periods of the measure's kind that end at `last`, oldest first. */
function periodsEndingAt(last: Period, count: number): Period[] {
  return Array.from({ length: count }, (_, i) => shiftPeriod(last, i - count + 1));
}

/** How many periods a trend shows: three years whatever the frequency. */
function trendLength(measure: Measure): number {
  return measure.frequency === 'monthly' ? 36 : measure.frequency === 'quarterly' ? 12 : 5;
}

export function headlineOf(measure: Measure, area: Area, status: MeasureStatus): HeadlineFigure {
  const figures = figuresOf(measure);
  return {
    valueText: figureText(status.figure?.value, figures),
    periodLabel: status.periodLabel,
    status: status.rag.status,
    sentence: status.rag.sentence,
    direction: status.direction.previousPeriod.sentence,
    targetText: figureText(status.target?.value, figures),
    areaName: area.name,
  };
}

export function sparklineOf(
  measure: Measure,
  status: MeasureVerdicts,
  series: ReadonlyMap<string, Figure>,
): ChartSpec | null {
  const last = periodOf(status.period);
  if (last === null) return null;
  const periods = periodsEndingAt(
    last,
    measure.frequency === 'monthly' ? 12 : measure.frequency === 'quarterly' ? 8 : 5,
  );
  return sparklineChart({
    values: periods.map((p) => series.get(formatPeriod(p))?.value ?? null),
    labels: periods.map(periodLabel),
    ...figuresOf(measure),
    title: `${measure.title}, recent figures`,
  });
}

export function trendOf(
  measure: Measure,
  status: MeasureVerdicts,
  series: ReadonlyMap<string, Figure>,
  targets: readonly Target[],
  title: string,
): ChartSpec | null {
  const last = periodOf(status.period);
  if (last === null) return null;
  const periods = periodsEndingAt(last, trendLength(measure));
  const byPeriod = new Map(targets.map((t) => [t.period, t]));
  const kind = periodKindOf(measure);
  return trendChart({
    title,
    ...figuresOf(measure),
    polarity: measure.polarity,
    points: periods.map((p) => ({
      period: formatPeriod(p),
      label: periodLabel(p),
      value: series.get(formatPeriod(p))?.value ?? null,
    })),
    targets: periods
      .filter((p) => p.kind === kind)
      .map((p) => byPeriod.get(formatPeriod(p)))
      .filter((t): t is Target => t !== undefined)
      .map((t) => ({ period: t.period, value: t.value, lower: t.lower, upper: t.upper })),
    tolerance: measure.tolerance === null ? null : { kind: measure.toleranceKind, value: measure.tolerance },
  });
}

export function spcOf(measure: Measure, status: MeasureStatus, title: string): ChartSpec | null {
  const chart = status.spc?.chart;
  const last = periodOf(status.period);
  if (!chart || last === null || chart.points.length === 0) return null;
  const target = status.target;
  return spcChart({
    title,
    chart,
    labels: periodsEndingAt(last, chart.points.length).map(periodLabel),
    ...figuresOf(measure),
    polarity: measure.polarity,
    target:
      target === null
        ? null
        : target.lower !== null &&
            target.upper !== null &&
            target.lower !== undefined &&
            target.upper !== undefined
          ? { lower: target.lower, upper: target.upper }
          : (target.value ?? null),
  });
}

/** The authority with its confidence interval beside England, the region and its comparator group. */
export function comparatorsOf(
  measure: Measure,
  area: Area,
  status: MeasureStatus,
  title: string,
): ChartSpec | null {
  if (status.figure === null || status.benchmarks.length === 0) return null;
  const england = status.benchmarks.find((b) => b.areaCode === 'E92000001' && b.value !== null);
  const comparison = (england ?? status.benchmarks[0])?.comparison ?? null;
  return benchmarkChart({
    title: `${title}${status.periodLabel ? `, ${status.periodLabel}` : ''}`,
    ...figuresOf(measure),
    bars: [
      {
        name: area.name,
        value: status.figure.value,
        lower: status.interval?.lower ?? null,
        upper: status.interval?.upper ?? null,
        comparison,
        highlight: true,
      },
      ...status.benchmarks.map((b) => ({ name: b.name.replace(/^the /, 'The '), value: b.value })),
    ],
    benchmark: england && england.value !== null ? { name: 'England', value: england.value } : null,
  });
}
