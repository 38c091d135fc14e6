/** Small pieces of English that summaries are built from. */
import type { PeriodKind } from '../period.js';

const ORDINALS = [
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
  'eleventh',
  'twelfth',
];

/** 3 → "third"; beyond twelve, "13th", "21st", "22nd". */
export function ordinal(n: number): string {
  const word = ORDINALS[n - 1];
  if (word !== undefined) return word;
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

/** What one period of a kind is called in a sentence: "month", "quarter", "year". */
export function periodNoun(kind: PeriodKind): string {
  if (kind === 'month') return 'month';
  if (kind === 'financial-quarter' || kind === 'calendar-quarter') return 'quarter';
  return 'year';
}

/** Capitalises the first letter of a sentence. */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
