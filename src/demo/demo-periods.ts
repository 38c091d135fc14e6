/**
 * The periods the demo has figures for: the three years of the Corporate Plan, April 2015 to
 * March 2018, in each measure's own kind of period.
 */
import type { Frequency, YearKind } from '../domain/measure.js';
import { formatPeriod, period, periodsBetween, type Period, type PeriodKind } from '../domain/period.js';

export const PLAN_FIRST_MONTH = period('2015-04');
export const PLAN_LAST_MONTH = period('2018-03');

/** Academic and calendar years end later than they are reported: these are the ones published within the plan. */
const ANNUAL_RANGE: Record<YearKind, { kind: PeriodKind; from: string; to: string }> = {
  financial: { kind: 'financial-year', from: '2015-04', to: '2018-03' },
  academic: { kind: 'academic-year', from: '2015-04', to: '2017-03' },
  calendar: { kind: 'calendar-year', from: '2015-04', to: '2017-12' },
};

export function periodKindFor(frequency: Frequency, yearKind: YearKind): PeriodKind {
  if (frequency === 'monthly') return 'month';
  if (frequency === 'quarterly') return 'financial-quarter';
  return ANNUAL_RANGE[yearKind].kind;
}

export function demoPeriods(frequency: Frequency, yearKind: YearKind): Period[] {
  if (frequency !== 'annual') {
    return periodsBetween(periodKindFor(frequency, yearKind), PLAN_FIRST_MONTH, PLAN_LAST_MONTH);
  }
  const range = ANNUAL_RANGE[yearKind];
  return periodsBetween(range.kind, period(range.from), period(range.to));
}

export function demoPeriodTexts(frequency: Frequency, yearKind: YearKind): string[] {
  return demoPeriods(frequency, yearKind).map(formatPeriod);
}

/** Years since 1 April 2015, at the middle of the period. */
export function yearsIntoPlan(p: Period): number {
  return (p.startMonth + p.months / 2 - PLAN_FIRST_MONTH.startMonth) / 12;
}

/** Which year of the plan (0, 1 or 2) a period belongs to, by the financial year it starts in. */
export function planYearIndex(p: Period): number {
  return Math.floor((p.startMonth - PLAN_FIRST_MONTH.startMonth) / 12);
}

/** Months of the financial year elapsed at the period's end (1–12): for year-to-date figures. */
export function monthsIntoFinancialYear(p: Period): number {
  const end = p.startMonth + p.months - 1;
  return ((((end - 3) % 12) + 12) % 12) + 1;
}
