/**
 * When each figure is due (the period's end plus the measure's lag) and which are due soon or
 * late: the list an owner is chased from. A figure that has arrived is neither, however late it came.
 */
import { periodKindOf } from '../engine/index.js';
import type { Measure } from '../measure.js';
import { formatPeriod, periodDueDate, periodOfDate, shiftPeriod, type Period } from '../period.js';

export type DueState = 'due' | 'late';

export interface DueFigure {
  measureId: string;
  period: string;
  dueDate: string;
  state: DueState;
  /** Days past the due date; 0 while it is still due. */
  daysLate: number;
}

export interface DueOptions {
  /** How many of the latest periods whose figures have fallen due are chased. */
  lookBack: number;
  /** Figures due within this many days from today are listed as due. */
  windowDays: number;
}

export const DEFAULT_DUE_OPTIONS: DueOptions = { lookBack: 4, windowDays: 14 };

const DAY = 24 * 60 * 60 * 1000;

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY);
}

export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
}

/**
 * The latest `lookBack` periods of the measure's kind whose figures are due by today plus the
 * window, newest first, with their due dates.
 */
export function periodsFallingDue(
  measure: Pick<Measure, 'frequency' | 'yearKind' | 'dueLagDays'>,
  today: string,
  options: DueOptions = DEFAULT_DUE_OPTIONS,
): { period: Period; dueDate: string }[] {
  const horizon = addDays(today, options.windowDays);
  const current = periodOfDate(periodKindOf(measure), today);
  // A lag longer than a period puts the latest periods due beyond the horizon: look further back.
  const extra = Math.ceil(Math.max(0, measure.dueLagDays) / (28 * current.months)) + 1;
  const found: { period: Period; dueDate: string }[] = [];
  for (let k = 0; k <= options.lookBack + extra && found.length < options.lookBack; k += 1) {
    const period = shiftPeriod(current, -k);
    const dueDate = periodDueDate(period, measure.dueLagDays);
    if (dueDate <= horizon) found.push({ period, dueDate });
  }
  return found;
}

/** The figures of one measure still to come that are due soon or late, newest first. */
export function dueFigures(
  measure: Pick<Measure, 'id' | 'frequency' | 'yearKind' | 'dueLagDays'>,
  received: ReadonlySet<string>,
  today: string,
  options: DueOptions = DEFAULT_DUE_OPTIONS,
): DueFigure[] {
  return periodsFallingDue(measure, today, options)
    .map(({ period, dueDate }) => ({ text: formatPeriod(period), dueDate }))
    .filter(({ text }) => !received.has(text))
    .map(({ text, dueDate }) => {
      const late = Math.max(0, daysBetween(dueDate, today));
      return {
        measureId: measure.id,
        period: text,
        dueDate,
        state: late > 0 ? 'late' : 'due',
        daysLate: late,
      };
    });
}
