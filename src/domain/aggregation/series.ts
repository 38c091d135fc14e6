/**
 * A measure's figures keyed by canonical period text ("2015-06", "2015/16-Q1"), and the periods
 * that status compares with or adds up: the previous period, the same period last year, the year
 * to date (financial, calendar or academic, by the measure's year kind) and the rolling 12 months.
 */
import type { Figure } from '../formula/index.js';
import type { Measure, YearKind } from '../measure.js';
import {
  enclosingPeriod,
  formatPeriod,
  parsePeriod,
  previousPeriod,
  samePeriodLastYear,
  shiftPeriod,
  type Period,
  type PeriodKind,
} from '../period.js';
import { combineFigures, type Combined } from './combine.js';

/** One measure's figures for one area, by canonical period text. */
export type FigureSeries = ReadonlyMap<string, Figure>;

/** A period and its figure (null where the series has none). */
export interface PeriodFigure {
  period: string;
  figure: Figure | null;
}

/** Combined figures over several periods, and which periods they were. */
export type PeriodsCombined = Combined & { periods: string[] };

/** The parts of a measure that say how its periods add up. */
export type MeasureRule = Pick<Measure, 'aggregation' | 'unit' | 'ratePer' | 'yearKind'>;

type PeriodsOrReason = { periods: Period[]; reason: null } | { periods: null; reason: string };

const YEAR_PERIOD: Record<YearKind, PeriodKind> = {
  financial: 'financial-year',
  calendar: 'calendar-year',
  academic: 'academic-year',
};

/** Builds a series from stored figures (one area's); a later entry for the same period wins. */
export function figureSeries(
  values: Iterable<{
    period: string;
    value: number | null;
    numerator?: number | null;
    denominator?: number | null;
  }>,
): Map<string, Figure> {
  const series = new Map<string, Figure>();
  for (const v of values) {
    series.set(v.period, {
      value: v.value,
      numerator: v.numerator ?? null,
      denominator: v.denominator ?? null,
    });
  }
  return series;
}

function at(series: FigureSeries, p: Period): PeriodFigure {
  const text = formatPeriod(p);
  return { period: text, figure: series.get(text) ?? null };
}

function parsed(text: string): PeriodsOrReason {
  const result = parsePeriod(text);
  return result.ok ? { periods: [result.period], reason: null } : { periods: null, reason: result.error };
}

/** The figure for the period before; null for an unreadable period. */
export function previousFigure(series: FigureSeries, periodText: string): PeriodFigure | null {
  const result = parsePeriod(periodText);
  return result.ok ? at(series, previousPeriod(result.period)) : null;
}

/** The figure for the same period a year earlier; null for an unreadable period. */
export function lastYearFigure(series: FigureSeries, periodText: string): PeriodFigure | null {
  const result = parsePeriod(periodText);
  return result.ok ? at(series, samePeriodLastYear(result.period)) : null;
}

/** The periods of the same kind from the start of the measure's year up to and including `p`. */
export function yearToDatePeriods(p: Period, yearKind: YearKind): PeriodsOrReason {
  const year = enclosingPeriod(p, YEAR_PERIOD[yearKind]);
  const offset = p.startMonth - year.startMonth;
  if (offset % p.months !== 0 || offset + p.months > 12) {
    return { periods: null, reason: `${formatPeriod(p)} does not fall within one ${yearKind} year` };
  }
  const count = offset / p.months + 1;
  return { periods: Array.from({ length: count }, (_, i) => shiftPeriod(p, i - count + 1)), reason: null };
}

/** The periods of the same kind that make up the 12 months ending with `p`. */
export function rolling12MonthPeriods(p: Period): Period[] {
  const count = 12 / p.months;
  return Array.from({ length: count }, (_, i) => shiftPeriod(p, i - count + 1));
}

function combineOver(series: FigureSeries, periods: PeriodsOrReason, rule: MeasureRule): PeriodsCombined {
  if (periods.periods === null) return { figure: null, reason: periods.reason, periods: [] };
  const texts = periods.periods.map(formatPeriod);
  const combined = combineFigures(
    texts.map((t) => series.get(t) ?? null),
    rule.aggregation,
    rule,
    (i) => texts[i]!,
  );
  return { ...combined, periods: texts };
}

/** The year to date to `periodText`, combined by the measure's rule. */
export function yearToDate(series: FigureSeries, periodText: string, rule: MeasureRule): PeriodsCombined {
  const p = parsed(periodText);
  return combineOver(series, p.periods ? yearToDatePeriods(p.periods[0]!, rule.yearKind) : p, rule);
}

/** The 12 months ending with `periodText`, combined by the measure's rule. */
export function rolling12Months(
  series: FigureSeries,
  periodText: string,
  rule: MeasureRule,
): PeriodsCombined {
  const p = parsed(periodText);
  return combineOver(
    series,
    p.periods ? { periods: rolling12MonthPeriods(p.periods[0]!), reason: null } : p,
    rule,
  );
}
