/** A published measure's approved figures, with its small-number rule applied. */
import type { Measure } from '../../domain/measure.js';
import { comparePeriods, period as toPeriod } from '../../domain/period.js';
import type { Store } from '../../store/connect.js';
import { suppressionRules } from '../../store/publication.js';
import { approvedValues } from '../../store/signoff.js';
import { publicFigure, type PublicFigure } from './suppression.js';

/** Approved figures of these (published) measures, by measure code, in period order. */
export async function publicFigures(
  store: Store,
  measures: readonly Measure[],
  areaCodes?: readonly string[],
): Promise<Map<string, PublicFigure[]>> {
  // An empty list would ask the store for no measure at all; there is nothing to read.
  if (measures.length === 0) return new Map();
  const [values, rules] = await Promise.all([
    approvedValues(store.db, { measureIds: measures.map((m) => m.id), areaCodes }),
    suppressionRules(store.db),
  ]);
  const byId = new Map(measures.map((m) => [m.id, m]));
  const out = new Map<string, PublicFigure[]>(measures.map((m) => [m.id, []]));
  for (const v of values) {
    const measure = byId.get(v.measureId);
    if (measure) out.get(v.measureId)!.push(publicFigure(v, measure, rules.get(v.measureId)));
  }
  for (const list of out.values()) list.sort((a, b) => byPeriod(a.period, b.period));
  return out;
}

export function byPeriod(a: string, b: string): number {
  try {
    return comparePeriods(toPeriod(a), toPeriod(b));
  } catch {
    return a < b ? -1 : a > b ? 1 : 0;
  }
}

/** The latest figure for an area, or null. */
export function latestFor(figures: readonly PublicFigure[], areaCode: string): PublicFigure | null {
  let latest: PublicFigure | null = null;
  for (const f of figures) if (f.areaCode === areaCode) latest = f;
  return latest;
}

export function figureAt(figures: readonly PublicFigure[], areaCode: string, periodText: string) {
  return figures.find((f) => f.areaCode === areaCode && f.period === periodText) ?? null;
}
