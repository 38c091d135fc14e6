/** The figures and targets the trend and sparkline cards draw, read in one query each. */
import { figureSeries } from '../../domain/aggregation/series.js';
import type { Card } from '../../domain/dashboards/card.js';
import type { Target } from '../../domain/figures.js';
import type { Figure } from '../../domain/formula/figures.js';
import type { Measure } from '../../domain/measure.js';
import type { Store } from '../../store/connect.js';
import { approvedValues } from '../../store/signoff.js';
import { currentTargets } from '../../store/targets.js';
import { currentValues } from '../../store/values.js';

export interface LoadedSeries {
  figures(measureId: string, areaCode: string): ReadonlyMap<string, Figure>;
  targets(measureId: string): readonly Target[];
}

export async function loadSeries(
  store: Store,
  cards: readonly Card[],
  measureOf: (card: Card) => Measure | undefined,
  areaOf: (card: Card) => string,
  approvedOnly: boolean,
): Promise<LoadedSeries> {
  const measureIds = new Set<string>();
  const areaCodes = new Set<string>();
  for (const card of cards) {
    const measure = measureOf(card);
    if (!measure) continue;
    measureIds.add(measure.id);
    areaCodes.add(areaOf(card));
  }
  if (measureIds.size === 0) return { figures: () => new Map(), targets: () => [] };
  const filter = { measureIds: [...measureIds], areaCodes: [...areaCodes] };
  const [values, targets] = await Promise.all([
    approvedOnly ? approvedValues(store.db, filter) : currentValues(store.db, filter),
    currentTargets(store.db, [...measureIds]),
  ]);
  const grouped = new Map<string, typeof values>();
  for (const v of values) {
    const key = `${v.measureId}\u0000${v.areaCode}`;
    grouped.set(key, [...(grouped.get(key) ?? []), v]);
  }
  const series = new Map(
    [...grouped].map(([key, list]) => [key, figureSeries(list.filter((v) => !v.withdrawn))]),
  );
  return {
    figures: (measureId, areaCode) => series.get(`${measureId}\u0000${areaCode}`) ?? new Map(),
    targets: (measureId) => targets.filter((t) => t.measureId === measureId),
  };
}
