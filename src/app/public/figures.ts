/** A published measure's approved figures, with its small-number rule applied. */
import type { ValueVersion } from '../../domain/figures.js';
import type { Measure } from '../../domain/measure.js';
import { comparePeriods, period as toPeriod } from '../../domain/period.js';
import type { Store } from '../../store/connect.js';
import { suppressionRules } from '../../store/publication.js';
import { approvedValues } from '../../store/signoff.js';
import { councilAreas } from '../status/council-areas.js';
import { publicFigure, withheldFigures, type PublicFigure } from './suppression.js';

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
  const withheld = await withheldByRule(store, measures, rules, areaCodes ? null : values);
  const byId = new Map(measures.map((m) => [m.id, m]));
  const out = new Map<string, PublicFigure[]>(measures.map((m) => [m.id, []]));
  for (const v of values) {
    const measure = byId.get(v.measureId);
    if (!measure) continue;
    const below = rules.get(v.measureId);
    const held = below === undefined ? false : withheld.has(figureKey(v));
    out.get(v.measureId)!.push(publicFigure(v, measure, below, held));
  }
  for (const list of out.values()) list.sort((a, b) => byPeriod(a.period, b.period));
  return out;
}

const figureKey = (f: Pick<ValueVersion, 'measureId' | 'period' | 'areaCode'>) =>
  `${f.measureId}\u0000${f.period}\u0000${f.areaCode}`;

/**
 * Keys of the figures withheld for measures that have a small-number rule. Which ward is withheld
 * beside another depends on every ward's figure, so a page showing only some areas reads them all.
 */
async function withheldByRule(
  store: Store,
  measures: readonly Measure[],
  rules: ReadonlyMap<string, number>,
  allValues: readonly ValueVersion[] | null,
): Promise<Set<string>> {
  const ruled = measures.filter((m) => rules.has(m.id));
  if (ruled.length === 0) return new Set();
  const [values, areas] = await Promise.all([
    allValues ?? approvedValues(store.db, { measureIds: ruled.map((m) => m.id) }),
    councilAreas(store),
  ]);
  const wards = new Set(areas.wards.map((w) => w.code));
  const keys = new Set<string>();
  for (const measure of ruled) {
    const own = values.filter((v) => v.measureId === measure.id);
    for (const f of withheldFigures(own, measure, rules.get(measure.id), wards)) keys.add(figureKey(f));
  }
  return keys;
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
