/**
 * Dashboard answers kept for the moment nothing they depend on has changed, so that the people who
 * open the same dashboard do not each pay for the engine's pass over its cards. An answer is found
 * by a key naming everything it is worked out from: the dashboard's cards, what the reader may
 * see, the period, ward and day, the newest figure, sign-off, target and commentary (every change
 * to them is a new row), the ward map's latest version, the reporting period setting, and the
 * thread and areas as read for this very request. A change to any of them is a different key, so an answer is never stale; old keys
 * simply fall out of the cache.
 */
import { createHash } from 'node:crypto';
import type { DashboardVersion } from '../../domain/dashboards/card.js';
import type { GenerateInput } from '../../domain/dashboards/generate.js';
import type { Store } from '../../store/connect.js';
import { figuresVersion } from '../../store/figures-version.js';
import { getSetting, REPORTING_PERIOD } from '../../store/settings.js';
import { wardBoundaryVersionId } from '../../store/ward-boundaries.js';
import { councilAreas } from '../status/council-areas.js';
import { dashboardData, type DataOptions, type DataViewer } from './dashboard-data.js';
import type { DashboardData } from './types.js';

/** Enough for every dashboard of a council at a few periods and wards; each answer is ~60 KB. */
const KEPT = 64;
const caches = new WeakMap<Store, Map<string, DashboardData>>();

const hash = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('base64url');

export async function cachedDashboardData(
  store: Store,
  dashboard: DashboardVersion,
  viewer: DataViewer,
  options: DataOptions,
  thread: GenerateInput,
): Promise<DashboardData> {
  const [figures, map, areas, reporting] = await Promise.all([
    figuresVersion(store.db),
    wardBoundaryVersionId(store.db),
    councilAreas(store),
    getSetting(store.db, REPORTING_PERIOD),
  ]);
  const key = hash([
    dashboard,
    viewer.approvedOnly,
    thread.measures.filter((m) => viewer.canSeeMeasure(m)).map((m) => m.id),
    [...viewer.visibleItemIds].sort(),
    options.asAt ?? null,
    options.today,
    options.areaCode ?? null,
    figures,
    map,
    thread,
    [...areas.byCode.values()],
    areas.groups,
    areas.authority?.code ?? null,
    reporting,
  ]);
  let cache = caches.get(store);
  if (!cache) caches.set(store, (cache = new Map()));
  const kept = cache.get(key);
  if (kept) {
    // Most recently used last, so the oldest is the first to go.
    cache.delete(key);
    cache.set(key, kept);
    return kept;
  }
  const answer = await dashboardData(store, dashboard, viewer, options, thread);
  cache.set(key, answer);
  while (cache.size > KEPT) cache.delete(cache.keys().next().value!);
  return answer;
}
