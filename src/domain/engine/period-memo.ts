/**
 * period.ts's answers, remembered. A run over every measure asks the same few hundred questions
 * (read "2017/18", the due date of 2018-03 with a 30-day lag, the name of June 2017) hundreds of
 * thousands of times, and each answer is a pure function of the question, so it is kept. Each
 * memo is bounded: it starts again when it grows past a size no real run reaches.
 */
import {
  PERIOD_KINDS,
  formatPeriod,
  periodContainingMonth,
  periodOfDate,
  parsePeriod,
  periodDueDate,
  periodLabel,
  type Period,
  type PeriodKind,
  type PeriodParseResult,
} from '../period.js';

const LIMIT = 100_000;
const parsed = new Map<string, PeriodParseResult>();
const dueDates = new Map<number, string>();
const texts = new Map<number, string>();
const labels = new Map<number, string>();

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
  // A period is known by its last month; lags are whole days, and under 1,000 the key stays a
  // small integer (a larger one would be a boxed number, allocated at every look-up).
  if (!(Number.isInteger(lagDays) && lagDays >= 0 && lagDays < 1000)) return periodDueDate(p, lagDays);
  const key = (p.startMonth + p.months - 1) * 1000 + lagDays;
  let date = dueDates.get(key);
  if (date === undefined) {
    if (dueDates.size >= LIMIT) dueDates.clear();
    date = periodDueDate(p, lagDays);
    dueDates.set(key, date);
  }
  return date;
}

const KIND_NUMBER = Object.fromEntries(PERIOD_KINDS.map((kind, i) => [kind, i])) as Record<
  PeriodKind,
  number
>;

/** `p`, or when it is not given, the period of `kind` starting in `startMonth`, written by `write`, remembered. */
function remembered(
  memo: Map<number, string>,
  kind: PeriodKind,
  startMonth: number,
  p: Period | null,
  write: (p: Period) => string,
): string {
  if (!Number.isInteger(startMonth)) return write(p ?? periodContainingMonth(kind, startMonth));
  // A period of a kind is known by its first month.
  const key = startMonth * PERIOD_KINDS.length + KIND_NUMBER[kind];
  let text = memo.get(key);
  if (text === undefined) {
    if (memo.size >= LIMIT) memo.clear();
    text = write(p ?? periodContainingMonth(kind, startMonth));
    memo.set(key, text);
  }
  return text;
}

/** formatPeriod, remembered: the canonical text ("2017-06"). */
export function periodText(p: Period): string {
  return remembered(texts, p.kind, p.startMonth, p, formatPeriod);
}

/** periodLabel, remembered: the name people use ("June 2017"). */
export function periodName(p: Period): string {
  return remembered(labels, p.kind, p.startMonth, p, periodLabel);
}

/** The name of the period of `kind` that starts in `startMonth`; the period is built only the first time. */
export function periodNameAt(kind: PeriodKind, startMonth: number): string {
  return remembered(labels, kind, startMonth, null, periodLabel);
}

/** The last answer of `latestPeriodDue`: a run over every measure asks it with the same today. */
let dueAsked = { kind: '', lagDays: NaN, today: '' };
let dueAnswer: Period | null = null;

/**
 * The latest period of `kind` whose figure is past due on `today` (today is after its due date),
 * or null when `today` is not a date. The answer is shared: read it, never change it.
 */
export function latestPeriodDue(kind: PeriodKind, lagDays: number, today: string): Period | null {
  if (dueAsked.kind === kind && dueAsked.lagDays === lagDays && dueAsked.today === today) return dueAnswer;
  let p: Period | null = /^\d{4}-\d{2}/.test(today) ? periodOfDate(kind, today) : null;
  // A due lag of a year or more puts the latest period due several periods back; beyond 50 years, none.
  for (let steps = 0; p !== null && !(today > dueDateOf(p, lagDays)); steps++) {
    p = steps < 600 ? periodContainingMonth(kind, p.startMonth - 1) : null;
  }
  dueAsked = { kind, lagDays, today };
  dueAnswer = p;
  return p;
}
