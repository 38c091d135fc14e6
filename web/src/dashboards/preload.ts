/**
 * A dashboard's data asked for as soon as its address is opened (from the route's loader), at the
 * same time as the page's code and ECharts are fetched, rather than after they have loaded. The
 * page's query then takes the answer already on its way. Kept small: it is in the first download.
 */
import { getJson, query } from '../api/client.js';
import type { AppConfig } from '../api/types.js';

/** As in api/period.ts, which is not imported: it would bring react-query into the first download. */
const LATEST = 'latest';

/** Older answers are left alone: the page asks again rather than show stale figures. */
const FRESH_MS = 5_000;
const preloaded = new Map<string, { at: number; answer: Promise<unknown> }>();

export function dashboardDataUrl(
  id: string,
  filter: { period?: string | undefined; area?: string | undefined },
) {
  return `/api/v1/dashboards/${encodeURIComponent(id)}/data${query(filter)}`;
}

function keep(url: string): void {
  const answer = getJson(url);
  // A refusal (say, not signed in yet) is the page's to report when it asks for itself.
  answer.catch(() => undefined);
  preloaded.set(url, { at: Date.now(), answer });
}

export function preloadDashboardData(id: string, search: URLSearchParams): void {
  const chosen = search.get('period');
  const area = search.get('area') ?? undefined;
  if (!id) return;
  if (chosen) return keep(dashboardDataUrl(id, { period: chosen === LATEST ? undefined : chosen, area }));
  // Without a period in the address, the page judges as at the council's default.
  void getJson<AppConfig>('/app/config.json')
    .then((config) => keep(dashboardDataUrl(id, { period: config.defaultPeriod ?? undefined, area })))
    .catch(() => undefined);
}

/** The answer preloaded for this address, once; a failed one is asked again. */
export function preloadedOr<T>(url: string, ask: () => Promise<T>): Promise<T> {
  const found = preloaded.get(url);
  preloaded.delete(url);
  if (!found || Date.now() - found.at > FRESH_MS) return ask();
  return (found.answer as Promise<T>).catch(ask);
}
