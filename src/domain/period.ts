/**
 * Reporting periods. Every period is a whole number of calendar months, so all arithmetic is done
 * on a month index (year × 12 + month − 1) and a length in months.
 *
 * Canonical text forms (see docs/periods.md). Within one kind, sorting the text sorts the periods
 * by time; `comparePeriods` orders periods of different kinds (by start, then shorter first).
 *
 * | kind              | form         | example      | months                        |
 * | ----------------- | ------------ | ------------ | ----------------------------- |
 * | month             | YYYY-MM      | 2015-04      | that month                    |
 * | financial-quarter | YYYY/YY-Qn   | 2015/16-Q1   | Q1 Apr–Jun … Q4 Jan–Mar       |
 * | financial-year    | YYYY/YY      | 2015/16      | 1 April 2015 – 31 March 2016  |
 * | calendar-quarter  | YYYY-Qn      | 2015-Q1      | Q1 Jan–Mar … Q4 Oct–Dec       |
 * | calendar-year     | YYYY         | 2015         | January – December            |
 * | academic-year     | AYYYYY/YY    | AY2015/16    | 1 September 2015 – 31 August 2016 |
 */

export const PERIOD_KINDS = [
  'month',
  'financial-quarter',
  'financial-year',
  'calendar-quarter',
  'calendar-year',
  'academic-year',
] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

export interface Period {
  kind: PeriodKind;
  /** Month index of the first month: year × 12 + (month − 1). */
  startMonth: number;
  /** Number of months covered. */
  months: number;
}

export type PeriodParseResult = { ok: true; period: Period } | { ok: false; error: string };

const LENGTH: Record<PeriodKind, number> = {
  month: 1,
  'financial-quarter': 3,
  'financial-year': 12,
  'calendar-quarter': 3,
  'calendar-year': 12,
  'academic-year': 12,
};

/** Month (0-based) in which each kind of year starts. */
const FINANCIAL_YEAR_START = 3; // April
const ACADEMIC_YEAR_START = 8; // September

export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

export const CANONICAL_FORMS =
  'YYYY-MM (month), YYYY/YY-Qn (financial quarter), YYYY/YY (financial year), YYYY-Qn (calendar quarter), YYYY (calendar year) or AYYYYY/YY (academic year)';

function yearSpan(startYear: number): string {
  return `${startYear}/${String((startYear + 1) % 100).padStart(2, '0')}`;
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

/** Checks that "YYYY/YY" names consecutive years and returns the first. */
function parseYearSpan(first: string, second: string): number | null {
  const start = Number(first);
  return (start + 1) % 100 === Number(second) ? start : null;
}

function make(kind: PeriodKind, startMonth: number): Period {
  return { kind, startMonth, months: LENGTH[kind] };
}

/** Parses a period's canonical text form. Errors are returned as values. */
export function parsePeriod(text: string): PeriodParseResult {
  const fail = (why: string): PeriodParseResult => ({
    ok: false,
    error: `"${text}" is not a period${why}: expected ${CANONICAL_FORMS}`,
  });
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})-(\d{2})$/.exec(text))) {
    const month = Number(m[2]);
    if (month < 1 || month > 12) return fail(' (month must be 01 to 12)');
    return { ok: true, period: make('month', Number(m[1]) * 12 + month - 1) };
  }
  if ((m = /^(\d{4})\/(\d{2})-Q([1-4])$/.exec(text))) {
    const start = parseYearSpan(m[1]!, m[2]!);
    if (start === null) return fail(' (the years must be consecutive)');
    return {
      ok: true,
      period: make('financial-quarter', start * 12 + FINANCIAL_YEAR_START + (Number(m[3]) - 1) * 3),
    };
  }
  if ((m = /^(\d{4})\/(\d{2})$/.exec(text))) {
    const start = parseYearSpan(m[1]!, m[2]!);
    if (start === null) return fail(' (the years must be consecutive)');
    return { ok: true, period: make('financial-year', start * 12 + FINANCIAL_YEAR_START) };
  }
  if ((m = /^(\d{4})-Q([1-4])$/.exec(text))) {
    return { ok: true, period: make('calendar-quarter', Number(m[1]) * 12 + (Number(m[2]) - 1) * 3) };
  }
  if ((m = /^(\d{4})$/.exec(text))) {
    return { ok: true, period: make('calendar-year', Number(m[1]) * 12) };
  }
  if ((m = /^AY(\d{4})\/(\d{2})$/.exec(text))) {
    const start = parseYearSpan(m[1]!, m[2]!);
    if (start === null) return fail(' (the years must be consecutive)');
    return { ok: true, period: make('academic-year', start * 12 + ACADEMIC_YEAR_START) };
  }
  return fail('');
}

/** Parses a canonical period, throwing on bad input. For trusted text such as stored keys. */
export function period(text: string): Period {
  const result = parsePeriod(text);
  if (!result.ok) throw new Error(result.error);
  return result.period;
}

/** Is this text a canonical period? */
export function isPeriod(text: string): boolean {
  return parsePeriod(text).ok;
}

/** The canonical text form. `parsePeriod(formatPeriod(p))` gives back `p`. */
export function formatPeriod(p: Period): string {
  const year = Math.floor(p.startMonth / 12);
  const month = p.startMonth - year * 12;
  switch (p.kind) {
    case 'month':
      return `${year}-${pad2(month + 1)}`;
    case 'financial-quarter': {
      const fyStart = month >= FINANCIAL_YEAR_START ? year : year - 1;
      const quarter = Math.floor((p.startMonth - (fyStart * 12 + FINANCIAL_YEAR_START)) / 3) + 1;
      return `${yearSpan(fyStart)}-Q${quarter}`;
    }
    case 'financial-year':
      return yearSpan(year);
    case 'calendar-quarter':
      return `${year}-Q${Math.floor(month / 3) + 1}`;
    case 'calendar-year':
      return String(year);
    case 'academic-year':
      return `AY${yearSpan(year)}`;
  }
}

/** A person's name for the period: "April 2015", "Q1 2015/16", "2015/16", "Academic year 2015/16". */
export function periodLabel(p: Period): string {
  const year = Math.floor(p.startMonth / 12);
  const month = p.startMonth - year * 12;
  switch (p.kind) {
    case 'month':
      return `${MONTH_NAMES[month]} ${year}`;
    case 'financial-quarter': {
      const [span, quarter] = formatPeriod(p).split('-');
      return `${quarter} ${span}`;
    }
    case 'financial-year':
      return formatPeriod(p);
    case 'calendar-quarter':
      return `Q${Math.floor(month / 3) + 1} ${year}`;
    case 'calendar-year':
      return String(year);
    case 'academic-year':
      return `Academic year ${yearSpan(year)}`;
  }
}

function isoDate(monthIndex: number, day: number): string {
  const year = Math.floor(monthIndex / 12);
  return `${String(year).padStart(4, '0')}-${pad2(monthIndex - year * 12 + 1)}-${pad2(day)}`;
}

function daysInMonth(monthIndex: number): number {
  const year = Math.floor(monthIndex / 12);
  const month = monthIndex - year * 12;
  return new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
}

/** First day, as an ISO date (YYYY-MM-DD). */
export function periodStartDate(p: Period): string {
  return isoDate(p.startMonth, 1);
}

/** Last day, inclusive, as an ISO date (YYYY-MM-DD). */
export function periodEndDate(p: Period): string {
  const last = p.startMonth + p.months - 1;
  return isoDate(last, daysInMonth(last));
}

/** The ISO date `lagDays` after the period ends: when its figure is due. */
export function periodDueDate(p: Period, lagDays: number): string {
  const end = new Date(`${periodEndDate(p)}T00:00:00Z`);
  end.setUTCDate(end.getUTCDate() + lagDays);
  return end.toISOString().slice(0, 10);
}

/** The period of the same kind `steps` periods later (negative for earlier). */
export function shiftPeriod(p: Period, steps: number): Period {
  return { kind: p.kind, startMonth: p.startMonth + steps * p.months, months: p.months };
}

export function previousPeriod(p: Period): Period {
  return shiftPeriod(p, -1);
}

export function nextPeriod(p: Period): Period {
  return shiftPeriod(p, 1);
}

export function samePeriodLastYear(p: Period): Period {
  return { kind: p.kind, startMonth: p.startMonth - 12, months: p.months };
}

/** Orders periods by start, then shorter first; equal periods compare as 0. */
export function comparePeriods(a: Period, b: Period): number {
  return a.startMonth - b.startMonth || a.months - b.months || a.kind.localeCompare(b.kind);
}

export function samePeriod(a: Period, b: Period): boolean {
  return a.kind === b.kind && a.startMonth === b.startMonth;
}

/** Does `outer` cover every month of `inner`? */
export function periodContains(outer: Period, inner: Period): boolean {
  return (
    inner.startMonth >= outer.startMonth && inner.startMonth + inner.months <= outer.startMonth + outer.months
  );
}

/** The months of a period, in order. */
export function monthsOf(p: Period): Period[] {
  return Array.from({ length: p.months }, (_, i) => make('month', p.startMonth + i));
}

/** The period of `kind` that contains the given month index. */
export function periodContainingMonth(kind: PeriodKind, monthIndex: number): Period {
  const year = Math.floor(monthIndex / 12);
  const month = monthIndex - year * 12;
  switch (kind) {
    case 'month':
      return make(kind, monthIndex);
    case 'financial-quarter': {
      const fyStart = (month >= FINANCIAL_YEAR_START ? year : year - 1) * 12 + FINANCIAL_YEAR_START;
      return make(kind, fyStart + Math.floor((monthIndex - fyStart) / 3) * 3);
    }
    case 'financial-year':
      return make(kind, (month >= FINANCIAL_YEAR_START ? year : year - 1) * 12 + FINANCIAL_YEAR_START);
    case 'calendar-quarter':
      return make(kind, year * 12 + Math.floor(month / 3) * 3);
    case 'calendar-year':
      return make(kind, year * 12);
    case 'academic-year':
      return make(kind, (month >= ACADEMIC_YEAR_START ? year : year - 1) * 12 + ACADEMIC_YEAR_START);
  }
}

/** The period of `kind` that contains the first month of `p` (e.g. the financial year of a quarter). */
export function enclosingPeriod(p: Period, kind: PeriodKind): Period {
  return periodContainingMonth(kind, p.startMonth);
}

/** The period of `kind` containing an ISO date (YYYY-MM-DD). */
export function periodOfDate(kind: PeriodKind, isoDateText: string): Period {
  const year = Number(isoDateText.slice(0, 4));
  const month = Number(isoDateText.slice(5, 7));
  return periodContainingMonth(kind, year * 12 + month - 1);
}

/** Every period of `kind` from the one containing `from` to the one containing `to`, inclusive. */
export function periodsBetween(kind: PeriodKind, from: Period, to: Period): Period[] {
  const first = periodContainingMonth(kind, from.startMonth);
  const last = periodContainingMonth(kind, to.startMonth + to.months - 1);
  const result: Period[] = [];
  for (let p = first; p.startMonth <= last.startMonth; p = nextPeriod(p)) result.push(p);
  return result;
}
