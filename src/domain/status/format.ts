/**
 * Figures in words, as statuses and summaries write them: "71.2%", "£1,250", "5.2 per 1,000",
 * "8.8 percentage points", "14 November 2017". Pure string work (no locale APIs), so a sentence
 * reads the same on every machine.
 */
import type { Unit } from '../measure.js';
import { MONTH_NAMES } from '../period.js';
import { roundHalfAwayFromZero } from '../statistics/rounding.js';

/** What a difference between two figures is measured in. */
export type GapUnit =
  'percentage points' | 'pounds' | 'days' | 'points' | 'number' | 'ratio' | `per ${number}`;

/** The parts of a measure that say how its figures are written. */
export interface FigureStyle {
  unit: Unit;
  decimals: number;
  ratePer: number | null;
}

/** Decimal places as a measure may set them, kept to what `toFixed` accepts. */
function places(decimals: number): number {
  return Number.isInteger(decimals) ? Math.min(Math.max(decimals, 0), 20) : 0;
}

const POWERS_OF_TEN = Array.from({ length: 21 }, (_, i) => 10 ** i);

/**
 * A figure rounded to a measure's decimals with the domain's one rounding (halves away from zero,
 * as written: 4.35 → 4.4 and 1.005 → 1.01, as a spreadsheet's ROUND and a formula's `round()`
 * give). Statuses judge this and `formatNumber` writes it, so a colour never disagrees with the
 * figure people read.
 */
export function roundToDecimals(x: number, decimals: number): number {
  return roundHalfAwayFromZero(x, places(decimals));
}

/**
 * Removes binary noise from a difference (80 − 71.2 is 8.799999999999997) by keeping nine decimal
 * places: far finer than any measure is published to.
 */
export function cleanDifference(x: number): number {
  const scaled = x * 1e9;
  if (!(Math.abs(scaled) < 4503599627370496)) return x;
  return Math.round(scaled) / 1e9;
}

const ZEROS = '00000000000000000000';

/**
 * 1234.5 → "1,234.5"; `trim` drops trailing zeros (for targets: "80", not "80.0"). Written with
 * whole-number arithmetic rather than toFixed: it is called for every figure in every sentence.
 */
export function formatNumber(x: number, decimals: number, trim = false): string {
  const digits = places(decimals);
  const scale = POWERS_OF_TEN[digits]!;
  // The rounded figure times its scale is within a hair of a whole number: Math.round finds it.
  const scaled = Math.round(roundHalfAwayFromZero(Math.abs(x), digits) * scale);
  // toFixed is exact but slow; past 2^53 (or for NaN and Infinity) it is the only way.
  let text =
    scaled < 9007199254740992 ? String(scaled) : roundToDecimals(Math.abs(x), digits).toFixed(digits);
  if (digits > 0 && scaled < 9007199254740992) {
    if (text.length <= digits) text = ZEROS.slice(0, digits - text.length + 1) + text;
    text = `${text.slice(0, text.length - digits)}.${text.slice(text.length - digits)}`;
  }
  if (trim && digits > 0) {
    let end = text.length;
    while (text.charCodeAt(end - 1) === 48) end--;
    if (text.charCodeAt(end - 1) === 46) end--;
    text = text.slice(0, end);
  }
  if (scaled >= 1000 * scale && text.indexOf('e') < 0) {
    const dot = text.indexOf('.');
    const whole = dot < 0 ? text : text.slice(0, dot);
    text = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (dot < 0 ? '' : text.slice(dot));
  }
  return x < 0 && scaled !== 0 ? `-${text}` : text;
}

function perText(ratePer: number | null): string {
  return ratePer === null ? '' : ` per ${formatNumber(ratePer, 0)}`;
}

function withUnit(text: string, unit: Unit, ratePer: number | null): string {
  switch (unit) {
    case 'percent':
      return `${text}%`;
    case 'currency':
      return text.startsWith('-') ? `-£${text.slice(1)}` : `£${text}`;
    case 'rate':
      return `${text}${perText(ratePer)}`;
    case 'days':
      return `${text} ${text === '1' ? 'day' : 'days'}`;
    default:
      return text;
  }
}

/** A figure as published: to the measure's decimals, with its unit ("71.2%"). */
export function formatFigure(x: number, style: FigureStyle): string {
  return withUnit(formatNumber(x, style.decimals), style.unit, style.ratePer);
}

/** A set figure such as a target or a band edge: trailing zeros dropped ("80%"). */
export function formatSetFigure(x: number, style: FigureStyle): string {
  return withUnit(formatNumber(x, Math.max(places(style.decimals), 3), true), style.unit, style.ratePer);
}

/** What differences are measured in for a unit. */
export function gapUnitOf(unit: Unit, ratePer: number | null): GapUnit {
  switch (unit) {
    case 'percent':
      return 'percentage points';
    case 'currency':
      return 'pounds';
    case 'days':
      return 'days';
    case 'score':
      return 'points';
    case 'ratio':
      return 'ratio';
    case 'rate':
      return ratePer === null ? 'number' : `per ${ratePer}`;
    default:
      return 'number';
  }
}

/**
 * The size of a difference (its sign is said in words): "8.8 percentage points", or in the short
 * form used for tolerances, "2 points". `trim` drops trailing zeros, for set amounts.
 */
export function formatDifference(
  x: number,
  style: FigureStyle,
  form: 'long' | 'short' = 'long',
  trim = false,
): string {
  const text = formatNumber(Math.abs(x), trim ? Math.max(places(style.decimals), 3) : style.decimals, trim);
  switch (style.unit) {
    case 'percent':
      return `${text} ${form === 'long' ? 'percentage points' : 'points'}`;
    case 'score':
      return `${text} points`;
    default:
      return withUnit(text, style.unit, style.ratePer);
  }
}

/** "2017-11-14" → "14 November 2017"; anything else is returned as it is. */
export function formatDate(isoDate: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  const month = m ? MONTH_NAMES[Number(m[2]) - 1] : undefined;
  return m && month ? `${Number(m[3])} ${month} ${m[1]}` : isoDate;
}
