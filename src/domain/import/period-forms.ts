/**
 * Reads the many ways councils write a period (`Jun-17`, `June 2017`, `2017-18`, `Q1 2017/18`,
 * `2017/18 Q1`, a bare year, a date, an Excel date serial) into a canonical period. Where a form
 * could mean two things, the import profile's `PeriodReading` decides; nothing is guessed.
 */
import { parsePeriod, periodContainingMonth, type Period, type PeriodKind } from '../period.js';

export interface PeriodReading {
  /** What a bare year such as `2017` means; a financial or academic year is named by the year it starts. */
  bareYear: 'calendar' | 'financial' | 'academic';
  /** What a span of two years such as `2017/18` or `2017-18` means. */
  yearSpan: 'financial' | 'academic';
  /** What `2011-12` means where it could be December 2011 or the year 2011/12. */
  ambiguousDash: 'month' | 'year';
  /** The kind of period a date (or an Excel date serial) stands for: the one containing that day. */
  dates: PeriodKind;
}

/** The canonical forms, read as their canonical meaning. */
export const CANONICAL_READING: PeriodReading = {
  bareYear: 'calendar',
  yearSpan: 'financial',
  ambiguousDash: 'month',
  dates: 'month',
};

export const EXPECTED_PERIOD =
  'a period such as 2017-06, Jun-17, June 2017, 2017/18, 2017-18, Q1 2017/18, 2017/18 Q1, 2017-Q1, Apr - Jun 2017, 2017, AY2017/18 or a date';

const MONTHS: Record<string, number> = {};
[
  ['jan', 'january'],
  ['feb', 'february'],
  ['mar', 'march'],
  ['apr', 'april'],
  ['may'],
  ['jun', 'june'],
  ['jul', 'july'],
  ['aug', 'august'],
  ['sep', 'sept', 'september'],
  ['oct', 'october'],
  ['nov', 'november'],
  ['dec', 'december'],
].forEach((names, month) => names.forEach((name) => (MONTHS[name] = month)));

const FINANCIAL_START = 3;
const ACADEMIC_START = 8;
/** Excel's serial 1 is 1 January 1900; it counts a 29 February 1900 that never was (serial 60). */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;
const LAST_EXCEL_SERIAL = 2_958_465; // 31 December 9999

const SPAN = String.raw`(\d{4})\s*(?:/|-|to)\s*(\d{2}|\d{4})`;
const QUARTER = String.raw`q(?:uarter)?\s*([1-4])`;
const FORMS = {
  bareYear: /^(\d{4})$/,
  span: new RegExp(`^(fy|ay|financial year|academic year)?\\s*${SPAN}$`),
  quarterFirst: new RegExp(`^${QUARTER}\\s*-?\\s*${SPAN}$`),
  spanFirst: new RegExp(`^${SPAN}\\s*-?\\s*${QUARTER}$`),
  calendarQuarter: new RegExp(`^(?:${QUARTER}\\s*-?\\s*(\\d{4})|(\\d{4})\\s*-?\\s*${QUARTER})$`),
  namedMonth: /^([a-z]+)\.?[\s\-/]*(\d{2}|\d{4})$/,
  yearThenMonth: /^(\d{4})[\s-]+([a-z]+)$/,
  isoDate: /^(\d{4})-(\d{2})-(\d{2})(?:[t\s][\d:.]+z?)?$/,
  dayMonthYear: /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})$/,
  dayNamedMonthYear: /^(\d{1,2})[\s\-/]+([a-z]+)\.?[\s\-/,]+(\d{4}|\d{2})$/,
  serialText: /^\d{5}(?:\.\d+)?$/,
  /** `Jan - Mar 2018`, `Apr 2017 - Mar 2018`, `April to June 2018`: Fingertips' quarters and years. */
  monthRange: /^([a-z]+)\.?\s*(\d{2}|\d{4})?\s*(?:-|to)\s*([a-z]+)\.?\s*(\d{2}|\d{4})$/,
  /** `2015 - 17`, `2015-2017`: several calendar years pooled, as Fingertips publishes small counts. */
  yearsPooled: /^(\d{4})\s*(?:-|to)\s*(\d{2}|\d{4})$/,
  /** `2014/15 - 16/17`: several financial years pooled. */
  spansPooled: /^(\d{4})\/(\d{2})\s*(?:-|to)\s*(\d{2}|\d{4})\/(\d{2})$/,
};

const MONTH_SHORT = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const monthName = (index: number) => `${MONTH_SHORT[index % 12]} ${Math.floor(index / 12)}`;

/** The year a range's end names; a two-digit one is in the century of `near`. */
function yearNear(digits: string, near: number): number {
  if (digits.length === 4) return Number(digits);
  const century = Math.floor(near / 100) * 100;
  const year = century + Number(digits);
  return year < near ? year + 100 : year;
}

type RangeReading = { period: Period } | { why: string } | null;

/**
 * A range of months read as the one period it covers: three months from January, April, July or
 * October are a quarter (calendar or financial, as the profile reads years), twelve from January,
 * April or September a year. Any other range is not one period, and says so.
 */
function readMonthRange(m: RegExpExecArray, reading: PeriodReading): RangeReading {
  const [, firstName, firstYear, lastName, lastYear] = m;
  if (!(firstName! in MONTHS) || !(lastName! in MONTHS)) return null;
  const endYear = fullYear(lastYear!);
  const last = endYear * 12 + MONTHS[lastName!]!;
  const startYear = firstYear
    ? fullYear(firstYear)
    : MONTHS[firstName!]! <= MONTHS[lastName!]!
      ? endYear
      : endYear - 1;
  const first = startYear * 12 + MONTHS[firstName!]!;
  const months = last - first + 1;
  const month = first % 12;
  if (months === 1) return { period: periodContainingMonth('month', first) };
  if (months === 3 && month % 3 === 0) {
    const kind = reading.bareYear === 'calendar' ? 'calendar-quarter' : 'financial-quarter';
    return { period: periodContainingMonth(kind, first) };
  }
  if (months === 12 && month === 0) return { period: periodContainingMonth('calendar-year', first) };
  if (months === 12 && month === FINANCIAL_START)
    return { period: periodContainingMonth('financial-year', first) };
  if (months === 12 && month === ACADEMIC_START)
    return { period: periodContainingMonth('academic-year', first) };
  const span = `${monthName(first)} to ${monthName(last)}`;
  return {
    why:
      months < 1
        ? `ends before it starts (${span})`
        : `covers ${months} months (${span}), which is not one month, quarter or year: Golden Thread holds figures for a month, a quarter or a year`,
  };
}

/** A span of several years (`2015 - 17`, `2014/15 - 16/17`): a clear reason, since it cannot be read. */
function pooledYears(text: string): string | null {
  let m = FORMS.yearsPooled.exec(text);
  if (m) {
    const start = Number(m[1]);
    const end = yearNear(m[2]!, start);
    if (end - start >= 2) {
      return `is ${end - start + 1} calendar years pooled (${start} to ${end}), which Golden Thread cannot hold as one period`;
    }
    return null;
  }
  m = FORMS.spansPooled.exec(text);
  if (m) {
    const start = Number(m[1]);
    const lastStart = yearNear(m[3]!, start);
    if (lastStart - start >= 1) {
      const last = `${lastStart}/${String((lastStart + 1) % 100).padStart(2, '0')}`;
      return `is ${lastStart - start + 1} financial years pooled (${m[1]}/${m[2]} to ${last}), which Golden Thread cannot hold as one period`;
    }
  }
  return null;
}

/** What to do with figures for a span Golden Thread cannot hold. */
export const POOLED_ADVICE =
  "one period, such as 2017, 2017/18, 2017/18 Q1, Apr - Jun 2017 or 2017-06: leave these rows out with the profile's skipRowsWhere, or import the indicator's single-year figures";

function yearStarting(kind: 'calendar' | 'financial' | 'academic', year: number): Period {
  if (kind === 'calendar') return periodContainingMonth('calendar-year', year * 12);
  if (kind === 'financial') return periodContainingMonth('financial-year', year * 12 + FINANCIAL_START);
  return periodContainingMonth('academic-year', year * 12 + ACADEMIC_START);
}

/** `17` → 2017 as Excel reads two-digit years: 00–29 are 2000–2029, 30–99 are 1930–1999. */
function fullYear(digits: string): number {
  const n = Number(digits);
  if (digits.length === 4) return n;
  return n < 30 ? 2000 + n : 1900 + n;
}

/** The first year of a span if the two years are consecutive (`2017/18`, `2017-2018`), else null. */
function spanStart(first: string, second: string): number | null {
  const start = Number(first);
  const end = Number(second);
  if (second.length === 4) return end === start + 1 ? start : null;
  return (start + 1) % 100 === end ? start : null;
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
}

function fromDate(year: number, month: number, day: number, reading: PeriodReading): Period | null {
  if (month < 0 || month > 11 || day < 1 || day > daysIn(year, month)) return null;
  return periodContainingMonth(reading.dates, year * 12 + month);
}

/** An Excel date serial (1900 date system) as the period of `reading.dates` containing that day. */
export function periodOfExcelSerial(serial: number, reading: PeriodReading): Period | null {
  if (!Number.isFinite(serial) || serial < 1 || serial > LAST_EXCEL_SERIAL) return null;
  // Serials before 1 March 1900 are one day ahead because of Excel's phantom 29 February.
  const days = Math.floor(serial) < 61 ? Math.floor(serial) + 1 : Math.floor(serial);
  const date = new Date(EXCEL_EPOCH_MS + days * DAY_MS);
  return periodContainingMonth(reading.dates, date.getUTCFullYear() * 12 + date.getUTCMonth());
}

function readSpan(prefix: string | undefined, first: string, second: string, reading: PeriodReading) {
  const start = spanStart(first, second);
  if (start === null) return null;
  if (prefix === 'ay' || prefix === 'academic year') return yearStarting('academic', start);
  if (prefix === 'fy' || prefix === 'financial year') return yearStarting('financial', start);
  return yearStarting(reading.yearSpan, start);
}

function financialQuarter(first: string, second: string, quarter: string): Period | null {
  const start = spanStart(first, second);
  if (start === null) return null;
  return periodContainingMonth('financial-quarter', start * 12 + FINANCIAL_START + (Number(quarter) - 1) * 3);
}

/** Thrown inside `readText` for a form that is understood but is not one period, with the reason. */
class NotOnePeriod {
  constructor(readonly why: string) {}
}

function readText(text: string, reading: PeriodReading): Period | null {
  let m: RegExpExecArray | null;
  if ((m = FORMS.bareYear.exec(text))) return yearStarting(reading.bareYear, Number(m[1]));
  // `2011-12` could be a month or a year span: the profile says which.
  if ((m = /^(\d{4})-(\d{2})$/.exec(text)) && Number(m[2]) >= 1 && Number(m[2]) <= 12) {
    const spanPossible = spanStart(m[1]!, m[2]!) !== null;
    if (!spanPossible || reading.ambiguousDash === 'month') {
      return periodContainingMonth('month', Number(m[1]) * 12 + Number(m[2]) - 1);
    }
  }
  if ((m = FORMS.span.exec(text))) {
    // Years that do not follow on (`2015 - 17`) may be a pooled span, said below.
    const span = readSpan(m[1], m[2]!, m[3]!, reading);
    if (span) return span;
  }
  if ((m = FORMS.quarterFirst.exec(text))) return financialQuarter(m[2]!, m[3]!, m[1]!);
  if ((m = FORMS.spanFirst.exec(text))) return financialQuarter(m[1]!, m[2]!, m[3]!);
  if ((m = FORMS.calendarQuarter.exec(text))) {
    const [quarter, year] = m[1] ? [m[1], m[2]!] : [m[4]!, m[3]!];
    return periodContainingMonth('calendar-quarter', Number(year) * 12 + (Number(quarter) - 1) * 3);
  }
  if ((m = FORMS.namedMonth.exec(text)) && m[1]! in MONTHS) {
    return periodContainingMonth('month', fullYear(m[2]!) * 12 + MONTHS[m[1]!]!);
  }
  if ((m = FORMS.yearThenMonth.exec(text)) && m[2]! in MONTHS) {
    return periodContainingMonth('month', Number(m[1]) * 12 + MONTHS[m[2]!]!);
  }
  if ((m = FORMS.isoDate.exec(text))) return fromDate(Number(m[1]), Number(m[2]) - 1, Number(m[3]), reading);
  if ((m = FORMS.dayMonthYear.exec(text))) {
    // Day first, as UK councils write dates.
    return fromDate(fullYear(m[3]!), Number(m[2]) - 1, Number(m[1]), reading);
  }
  if ((m = FORMS.dayNamedMonthYear.exec(text)) && m[2]! in MONTHS) {
    return fromDate(fullYear(m[3]!), MONTHS[m[2]!]!, Number(m[1]), reading);
  }
  if (FORMS.serialText.test(text)) return periodOfExcelSerial(Number(text), reading);
  if ((m = FORMS.monthRange.exec(text))) {
    const range = readMonthRange(m, reading);
    if (range && 'period' in range) return range.period;
    if (range) throw new NotOnePeriod(range.why);
  }
  const pooled = pooledYears(text);
  if (pooled) throw new NotOnePeriod(pooled);
  const canonical = parsePeriod(text.toUpperCase());
  return canonical.ok ? canonical.period : null;
}

/**
 * Reads a period as a council wrote it. A number is a year when it has four digits and an Excel
 * date serial otherwise (dates in workbooks are stored as serials).
 */
export type PeriodReadResult =
  | { ok: true; period: Period }
  /** `why` is set for a form that was understood but is not one period (a span of years). */
  | { ok: false; error: string; why: string | null };

export function readPeriod(input: string | number, reading: PeriodReading): PeriodReadResult {
  let found: Period | null;
  if (typeof input === 'number') {
    found =
      Number.isInteger(input) && input >= 1000 && input <= 9999
        ? yearStarting(reading.bareYear, input)
        : periodOfExcelSerial(input, reading);
  } else {
    const text = input
      .trim()
      .toLowerCase()
      .replace(/[\u2013\u2014\u2212]/g, '-')
      .replace(/\s+/g, ' ');
    try {
      found = text === '' ? null : readText(text, reading);
    } catch (reason) {
      if (!(reason instanceof NotOnePeriod)) throw reason;
      return { ok: false, error: `"${input.trim()}" ${reason.why}`, why: reason.why };
    }
  }
  if (found) return { ok: true, period: found };
  return {
    ok: false,
    error: `"${String(input).trim()}" is not a period: expected ${EXPECTED_PERIOD}`,
    why: null,
  };
}
