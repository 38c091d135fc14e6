/**
 * The public tables by id, as the download addresses and the API name them: "measures", "plan",
 * "comparisons", "measures/CODE", "measures/CODE/wards" and "wards/CODE". An id that names
 * nothing published is null, whether it never existed or is not published.
 */
import type { Store } from '../../store/connect.js';
import { comparisonsView } from './comparisons-view.js';
import { latestFor, publicFigures } from './figures.js';
import { publicSummaryOf } from './measure-summary.js';
import { measureView } from './measure-view.js';
import {
  comparisonsTable,
  figuresTable,
  measuresTable,
  planTable,
  wardBreakdownTable,
  wardProfileTable,
  type PublicTable,
} from './open-data.js';
import { planView } from './plan-view.js';
import { publishedMeasure, publishedMeasures } from './published.js';
import type { Judging, PublicSite } from './site.js';
import { wardProfile } from './ward-view.js';

export async function publishedMeasureList(store: Store, site: PublicSite) {
  const measures = await publishedMeasures(store);
  const code = site.authority?.code;
  const figures = code ? await publicFigures(store, measures, [code]) : new Map();
  return measures.map((m) => ({
    ...publicSummaryOf(m),
    latestPeriod: code ? (latestFor(figures.get(m.id) ?? [], code)?.period ?? null) : null,
  }));
}

export async function openDataTable(
  store: Store,
  site: PublicSite,
  id: string,
  when: Judging,
): Promise<PublicTable | null> {
  if (id === 'measures') return measuresTable(await publishedMeasureList(store, site));
  if (id === 'plan') return planTable(await planView(store, when));
  if (id === 'comparisons') return comparisonsTable(await comparisonsView(store, site, when));
  const parts = id.split('/');
  if (parts[0] === 'measures' && parts[1] && parts.length <= 3) {
    const measure = await publishedMeasure(store, parts[1]);
    if (!measure) return null;
    if (parts.length === 2) {
      const figures = await publicFigures(store, [measure]);
      return figuresTable(publicSummaryOf(measure), figures.get(measure.id) ?? [], site.areaNames);
    }
    if (parts[2] !== 'wards' || !measure.byWard) return null;
    return wardBreakdownTable(await measureView(store, site, measure, when));
  }
  if (parts[0] === 'wards' && parts[1] && parts.length === 2) {
    const profile = await wardProfile(store, site, parts[1]);
    return profile ? wardProfileTable(profile) : null;
  }
  return null;
}
