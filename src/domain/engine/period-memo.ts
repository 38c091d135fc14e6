/**
 * period.ts's answers, remembered. A run over every measure asks the same few hundred questions
 * (read "2017/18", the due date of 2018-03 with a 30-day lag) hundreds of thousands of times, and
 * each answer is a pure function of the question, so it is kept. The memo is bounded: it starts
 * again when it grows past a size no real run reaches.
 */
import { parsePeriod, periodDueDate, type Period, type PeriodParseResult } from '../period.js';

const LIMIT = 100_000;
const parsed = new Map<string, PeriodParseResult>();
const dueDates = new Map<number, string>();

/** parsePeriod, remembered. The period returned is shared: read it, never change it. */
export function readPeriod(text: string): PeriodParseResult {
  let result = parsed.get(text);
  if (result === undefined) {
    if (parsed.size >= LIMIT) parsed.clear();
    result = parsePeriod(text);
    parsed.set(text, result);
  }
  return result;
}

/** periodDueDate, remembered. */
export function dueDateOf(p: Period, lagDays: number): string {
  // Lags are whole days well under 100,000; a period is known by its last month.
  const key = (p.startMonth + p.months - 1) * 100_000 + lagDays;
  let date =
    Number.isInteger(lagDays) && lagDays >= 0 && lagDays < 100_000
      ? dueDates.get(key)
      : periodDueDate(p, lagDays);
  if (date === undefined) {
    if (dueDates.size >= LIMIT) dueDates.clear();
    date = periodDueDate(p, lagDays);
    dueDates.set(key, date);
  }
  return date;
}
