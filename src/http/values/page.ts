/**
 * Pages of figures in a stable order (area code, then period), with a cursor naming the last figure
 * sent, so a page boundary does not move when a figure is corrected between two requests.
 */
import { isGssCode } from '../../domain/area.js';
import { comparePeriods, parsePeriod, period, type Period } from '../../domain/period.js';

export interface FigureKey {
  areaCode: string;
  period: string;
}

export interface PageRequest {
  /** Keep figures whose period starts no earlier than this one starts. */
  from?: Period | undefined;
  /** Keep figures whose period ends no later than this one ends. */
  to?: Period | undefined;
  /** Keep figures after this one in page order. */
  after?: FigureKey | undefined;
  limit: number;
}

export interface Page<T> {
  items: T[];
  /** The last figure of this page when more follow; null on the last page. */
  next: FigureKey | null;
}

/** Orders by area code, then by period in time; text order would put 2016/17 after 2016-Q1. */
export function compareFigureKeys(a: FigureKey, b: FigureKey): number {
  if (a.areaCode !== b.areaCode) return a.areaCode < b.areaCode ? -1 : 1;
  return comparePeriods(period(a.period), period(b.period));
}

export function pageOf<T extends FigureKey>(figures: readonly T[], request: PageRequest): Page<T> {
  const { from, to, after, limit } = request;
  const wanted = figures
    .filter((f) => {
      const p = period(f.period);
      if (from && p.startMonth < from.startMonth) return false;
      if (to && p.startMonth + p.months > to.startMonth + to.months) return false;
      return !after || compareFigureKeys(f, after) > 0;
    })
    .sort(compareFigureKeys);
  const items = wanted.slice(0, limit);
  const last = items.at(-1);
  return {
    items,
    next: wanted.length > limit && last ? { areaCode: last.areaCode, period: last.period } : null,
  };
}

/** The cursor is opaque to clients, so its form can change when paging moves into the store. */
export function encodeCursor(key: FigureKey): string {
  return Buffer.from(JSON.stringify([key.areaCode, key.period])).toString('base64url');
}

/** The key a cursor names, or null when the text is not a cursor this API gave out. */
export function decodeCursor(text: string): FigureKey | null {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
    if (!Array.isArray(parsed) || parsed.length !== 2) return null;
    const [areaCode, periodText] = parsed as unknown[];
    if (typeof areaCode !== 'string' || !isGssCode(areaCode)) return null;
    if (typeof periodText !== 'string' || !parsePeriod(periodText).ok) return null;
    return { areaCode, period: periodText };
  } catch {
    return null;
  }
}
