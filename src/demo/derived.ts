/**
 * Figures taken from another measure, so that a rate agrees with the count it is made from, a
 * year-end position with the month it ends on, and a year with the months that make it up.
 */
import {
  formatPeriod,
  periodContainingMonth,
  periodsBetween,
  type Period,
  type PeriodKind,
} from '../domain/period.js';
import type { Figure } from './figures.js';
import { ratioFigure } from './figures.js';
import type { MeasureSpec } from './measure-spec.js';
import { decimalsOf } from './measures.js';
import { roundTo } from './rounding.js';

/** The city's figures by measure and period. */
export type CityFigures = Map<string, Map<string, Figure>>;

const SHORTER_KINDS: PeriodKind[] = ['month', 'financial-quarter'];

/** The other measure's figure for the same period, or for its period that ends when this one does. */
function atPeriodEnd(figures: Map<string, Figure>, p: Period): Figure | undefined {
  const lastMonth = p.startMonth + p.months - 1;
  for (const text of [
    formatPeriod(p),
    ...SHORTER_KINDS.map((k) => formatPeriod(periodContainingMonth(k, lastMonth))),
  ]) {
    const found = figures.get(text);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** Every shorter period of one kind within `p`, if the other measure has them all. */
function within(figures: Map<string, Figure>, p: Period): Figure[] | undefined {
  const last = { ...p, startMonth: p.startMonth + p.months - 1, months: 1 };
  for (const kind of SHORTER_KINDS) {
    const parts = periodsBetween(kind, p, last).map((q) => figures.get(formatPeriod(q)));
    if (parts.every((f) => f !== undefined)) return parts as Figure[];
  }
  return undefined;
}

/** The derived figure, or null when the other measure has no figure to give. */
export function derivedFigure(
  spec: MeasureSpec,
  p: Period,
  city: CityFigures,
): Figure | null | 'not-derived' {
  const from = spec.figures?.derivedFrom;
  if (from === undefined || from.take === 'numerator') return 'not-derived';
  const figures = city.get(from.measure);
  if (figures === undefined)
    throw new Error(`demo measure ${spec.id} derives from ${from.measure}, not yet made`);
  if (from.take === 'period-end') {
    const end = atPeriodEnd(figures, p);
    if (end === undefined) return null;
    if (end.numerator !== null && end.denominator !== null)
      return ratioFigure(spec, end.numerator, end.denominator);
    return { value: roundTo(end.value, decimalsOf(spec)), numerator: null, denominator: null };
  }
  const parts = within(figures, p);
  if (parts === undefined) return null;
  if (parts.every((f) => f.numerator !== null && f.denominator !== null)) {
    const sum = (pick: (f: Figure) => number): number => parts.reduce((total, f) => total + pick(f), 0);
    return ratioFigure(
      spec,
      sum((f) => f.numerator!),
      sum((f) => f.denominator!),
    );
  }
  const total = parts.reduce((sum, f) => sum + f.value, 0);
  return { value: roundTo(total, decimalsOf(spec)), numerator: null, denominator: null };
}

/** For a rate of a count: the other measure's value, used as this measure's numerator. */
export function derivedNumerator(
  spec: MeasureSpec,
  p: Period,
  city: CityFigures,
): number | null | 'not-derived' {
  const from = spec.figures?.derivedFrom;
  if (from === undefined || from.take !== 'numerator') return 'not-derived';
  const figures = city.get(from.measure);
  if (figures === undefined)
    throw new Error(`demo measure ${spec.id} derives from ${from.measure}, not yet made`);
  return atPeriodEnd(figures, p)?.value ?? null;
}
