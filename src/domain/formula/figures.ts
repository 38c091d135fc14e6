/**
 * Reads the figure a reference names: which period (previous, previous year), the year to date,
 * and which part (value, numerator, denominator). Figures come from the caller, so this file
 * reads nothing itself.
 */
import { enclosingPeriod, formatPeriod, shiftPeriod, type Period, type PeriodKind } from '../period.js';
import type { ReferenceNode } from './ast.js';

/** One measure's figure for one period, as the caller holds it. */
export interface Figure {
  value: number | null;
  numerator?: number | null;
  denominator?: number | null;
}

/** Figures combined into one, or why they could not be. */
export interface CombinedFigure {
  figure: Figure | null;
  reason?: string | null;
}

export type YearPeriodKind = Extract<PeriodKind, 'financial-year' | 'calendar-year' | 'academic-year'>;

/** Where a formula's inputs come from, for one period (and, optionally, one area). */
export interface FormulaContext {
  /** The period being calculated. */
  period: Period;
  /** The year `ytd(...)` counts from; by default the year that goes with the period's kind. */
  yearKind?: YearPeriodKind;
  /**
   * A measure's figure for the period `periodOffset` periods of the same kind from `period`
   * (0 is this period, -1 the one before, -4 a quarter last year); `period` is that period,
   * worked out already. `null` when there is no figure. (Not named `valueOf`: every object
   * inherits a `valueOf` that JavaScript calls on its own, so a forgotten one would go unnoticed.)
   */
  figureOf(code: string, periodOffset: number, period: Period): Figure | null;
  /**
   * Combines a measure's figures for the periods of the year to date (oldest first) by that
   * measure's own aggregation rule, or says why they cannot be combined. Needed only by formulas
   * that use `ytd(...)`. The shape matches `combineFigures` in ../aggregation.
   */
  aggregate?(code: string, figures: Figure[], periods: Period[]): CombinedFigure;
}

/** A number, or why there is none. */
export type Outcome<T> = { value: T; reason?: undefined } | { value: null; reason: string };

const missing = (reason: string): Outcome<never> => ({ value: null, reason });

function defaultYearKind(kind: PeriodKind): YearPeriodKind {
  if (kind === 'calendar-quarter' || kind === 'calendar-year') return 'calendar-year';
  if (kind === 'academic-year') return 'academic-year';
  return 'financial-year';
}

export function readFigure(node: ReferenceNode, context: FormulaContext): Outcome<number> {
  const { period } = context;
  const periodsPerYear = Math.round(12 / period.months);
  const offset = 0 - node.periodsBack - node.yearsBack * periodsPerYear; // never -0
  const target = shiftPeriod(period, offset);
  const figure = node.yearToDate
    ? yearToDate(node.code, offset, target, context)
    : present(context.figureOf(node.code, offset, target), node.code, target, '');
  if (figure.value === null) return figure;
  const part = node.part === 'value' ? figure.value.value : figure.value[node.part];
  const whose = node.yearToDate
    ? `the year to date of ${node.code} to ${formatPeriod(target)}`
    : `${node.code} for ${formatPeriod(target)}`;
  if (part === null || part === undefined) {
    return missing(
      node.yearToDate
        ? `${whose} has no ${node.part === 'value' ? 'figure' : node.part}`
        : `${node.code} has no ${node.part} for ${formatPeriod(target)}`,
    );
  }
  if (!Number.isFinite(part)) return missing(`the ${node.part} of ${whose} is not a finite number`);
  return { value: part };
}

/** A figure that exists and has a value; `why` adds context to the reason when it does not. */
function present(figure: Figure | null, code: string, period: Period, why: string): Outcome<Figure> {
  if (figure === null || figure.value === null || figure.value === undefined) {
    return missing(`${code} has no figure for ${formatPeriod(period)}${why}`);
  }
  return { value: figure };
}

function yearToDate(code: string, offset: number, target: Period, context: FormulaContext): Outcome<Figure> {
  if (!context.aggregate) {
    return missing(`the year to date of ${code} cannot be worked out here: no aggregation rule was given`);
  }
  const yearKind = context.yearKind ?? defaultYearKind(context.period.kind);
  const yearStart = enclosingPeriod(target, yearKind).startMonth;
  const count = Math.floor((target.startMonth - yearStart) / target.months) + 1;
  const figures: Figure[] = [];
  const periods: Period[] = [];
  for (let back = count - 1; back >= 0; back--) {
    const p = shiftPeriod(target, -back);
    const figure = present(
      context.figureOf(code, offset - back, p),
      code,
      p,
      ' (needed for the year to date)',
    );
    if (figure.value === null) return figure;
    figures.push(figure.value);
    periods.push(p);
  }
  const combined = context.aggregate(code, figures, periods);
  if (combined.figure === null) {
    const why = combined.reason ? `: ${combined.reason}` : '';
    return missing(`the year to date of ${code} to ${formatPeriod(target)} could not be combined${why}`);
  }
  return { value: combined.figure };
}
