/**
 * A measure's figures as the engine reads them: one figure per period of the measure's kind, in
 * order, with null for a missing period. Callers may pass that dense form (fastest) or figures
 * keyed by canonical period text; keys of other kinds (a year's total stored beside its months)
 * are left out.
 */
import type { FigureSeries } from '../aggregation/series.js';
import type { Figure } from '../formula/index.js';
import type { Measure } from '../measure.js';
import { formatPeriod, periodContainingMonth, type Period, type PeriodKind } from '../period.js';
import { readPeriod } from './period-memo.js';
import { ReusedNumbers } from './scratch.js';
import type { Target } from '../figures.js';

/** Figures for consecutive periods from `start` (canonical text), oldest first. */
export interface MeasureSeries {
  start: string;
  figures: readonly (Figure | null)[];
}

export type SeriesInput = MeasureSeries | FigureSeries;

/** The dense form with its first period parsed. */
export interface DenseSeries {
  start: Period;
  figures: readonly (Figure | null)[];
}

export type TargetInput = Pick<Target, 'period' | 'value' | 'lower' | 'upper' | 'tolerance'>;
export type TargetsInput = readonly TargetInput[] | ReadonlyMap<string, TargetInput>;

/** The kind of period a measure reports on, from its frequency and its kind of year. */
export function periodKindOf(measure: Pick<Measure, 'frequency' | 'yearKind'>): PeriodKind {
  if (measure.frequency === 'monthly') return 'month';
  if (measure.frequency === 'quarterly')
    return measure.yearKind === 'calendar' ? 'calendar-quarter' : 'financial-quarter';
  return measure.yearKind === 'calendar'
    ? 'calendar-year'
    : measure.yearKind === 'academic'
      ? 'academic-year'
      : 'financial-year';
}

function isDense(series: SeriesInput): series is MeasureSeries {
  return !(series instanceof Map);
}

/** The series in dense form; null with a reason when its start is not a period of the measure's kind. */
export function denseSeries(
  series: SeriesInput,
  kind: PeriodKind,
): { series: DenseSeries | null; reason: string | null } {
  if (isDense(series)) {
    const start = readPeriod(series.start);
    if (!start.ok) return { series: null, reason: start.error };
    if (start.period.kind !== kind) {
      return { series: null, reason: `the series starts at ${series.start}, which is not a ${kind} period` };
    }
    return { series: { start: start.period, figures: series.figures }, reason: null };
  }
  let first: Period | null = null;
  let last: Period | null = null;
  for (const key of series.keys()) {
    const p = readPeriod(key);
    if (!p.ok || p.period.kind !== kind) continue;
    if (first === null || p.period.startMonth < first.startMonth) first = p.period;
    if (last === null || p.period.startMonth > last.startMonth) last = p.period;
  }
  if (first === null || last === null)
    return { series: { start: periodContainingMonth(kind, 0), figures: [] }, reason: null };
  const length = (last.startMonth - first.startMonth) / first.months + 1;
  const figures: (Figure | null)[] = new Array(length);
  for (let i = 0; i < length; i++) {
    figures[i] =
      series.get(
        formatPeriod({ kind, startMonth: first.startMonth + i * first.months, months: first.months }),
      ) ?? null;
  }
  return { series: { start: first, figures }, reason: null };
}

/** The figure `index` periods after the start; null before the start or after the end. */
export function figureAt(series: DenseSeries, index: number): Figure | null {
  return index >= 0 && index < series.figures.length ? (series.figures[index] ?? null) : null;
}

/** The position of a period in the series (negative before its start). */
export function indexOf(series: DenseSeries, p: Period): number {
  return (p.startMonth - series.start.startMonth) / series.start.months;
}

/** The latest period with a figure; null for an empty series. */
export function latestPeriod(series: DenseSeries): Period | null {
  for (let i = series.figures.length - 1; i >= 0; i--) {
    if (series.figures[i] != null) return periodAt(series, i);
  }
  return null;
}

export function periodAt(series: DenseSeries, index: number): Period {
  const { start } = series;
  return { kind: start.kind, startMonth: start.startMonth + index * start.months, months: start.months };
}

/**
 * The figures' values from the start up to position `end` (or the end of the series, if sooner),
 * null where missing: read once, then shared by the run of statuses, the SPC chart and the
 * forecast. A reused array (see scratch.ts): read it before the next status is worked out.
 */
export function valuesTo(series: DenseSeries, end: number): readonly (number | null)[] {
  const last = Math.min(end, series.figures.length - 1);
  const length = last >= 0 ? last + 1 : 0;
  const values = reused.take(length);
  for (let i = 0; i < length; i++) {
    const figure = series.figures[i];
    if (figure != null && typeof figure.value === 'number') values[i] = figure.value;
    else return valuesWithGaps(series, length);
  }
  return values;
}

const reused = new ReusedNumbers();

function valuesWithGaps(series: DenseSeries, length: number): (number | null)[] {
  const values: (number | null)[] = [];
  for (let i = 0; i < length; i++) {
    const figure = series.figures[i];
    // Two pushes rather than one of `number | null`, which would box every number on the way.
    if (figure != null && typeof figure.value === 'number') values.push(figure.value);
    else values.push(null);
  }
  return values;
}
