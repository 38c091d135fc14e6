/**
 * What the public site may show: a measure only when it is marked public, in use and not in a
 * restricted category (the public's own scope decides, as it does for the staff API), and only its
 * approved figures. Everything on the public pages, downloads and API is read through here.
 */
import { canSeeMeasure, PUBLIC_SCOPE, visibleStrategyItems } from '../../domain/access/scope.js';
import type { Measure } from '../../domain/measure.js';
import type { StrategyItem } from '../../domain/strategy.js';
import type { Store } from '../../store/connect.js';
import { getMeasure, listMeasures } from '../../store/measures.js';
import { listStrategyItems } from '../../store/strategy.js';

export function isPublished(measure: Measure): boolean {
  return measure.state === 'active' && canSeeMeasure(PUBLIC_SCOPE, measure);
}

export async function publishedMeasures(store: Store): Promise<Measure[]> {
  return (await listMeasures(store.db)).filter(isPublished);
}

/** The measure with this code if it is published; null for unknown and unpublished codes alike. */
export async function publishedMeasure(store: Store, code: string): Promise<Measure | null> {
  const measure = await getMeasure(store.db, code);
  return measure && isPublished(measure) ? measure : null;
}

/** The Corporate Plan's levels the council publishes (plan, priorities, outcomes, objectives). */
export async function publishedStrategyItems(store: Store): Promise<StrategyItem[]> {
  const items = await listStrategyItems(store.db);
  const visible = visibleStrategyItems(PUBLIC_SCOPE, items);
  return items.filter((i) => visible.has(i.id));
}
