/**
 * A ward profile: every published ward-level figure for one ward, each beside the authority's and
 * England's figure for the same period, so a resident can see how their ward compares.
 */
import type { Area } from '../../domain/area.js';
import { period as toPeriod, periodLabel } from '../../domain/period.js';
import type { Store } from '../../store/connect.js';
import { figureAt, latestFor, publicFigures } from './figures.js';
import { publishedMeasures } from './published.js';
import { publicSummaryOf, type PublicMeasureSummary } from './measure-summary.js';
import type { PublicSite } from './site.js';

export interface WardProfileRow {
  measure: PublicMeasureSummary;
  period: string;
  periodLabel: string;
  ward: { value: number | null; suppressed: boolean };
  authority: { value: number | null; suppressed: boolean };
  england: { value: number | null; suppressed: boolean };
}

export interface WardProfile {
  ward: Area;
  authority: { code: string; name: string };
  rows: WardProfileRow[];
}

/** The profile of a ward of this council, or null when the code is not one of its wards. */
export async function wardProfile(store: Store, site: PublicSite, code: string): Promise<WardProfile | null> {
  const ward = site.wards.find((w) => w.code === code);
  if (!ward || !site.authority) return null;
  const measures = (await publishedMeasures(store)).filter((m) => m.byWard);
  const codes = [ward.code, site.authority.code, ...(site.england ? [site.england.code] : [])];
  const figures = await publicFigures(store, measures, codes);
  const rows: WardProfileRow[] = [];
  for (const measure of measures) {
    const list = figures.get(measure.id) ?? [];
    const latest = latestFor(list, ward.code);
    if (!latest) continue;
    const at = (code: string | undefined) => {
      const f = code ? figureAt(list, code, latest.period) : null;
      return { value: f?.value ?? null, suppressed: f?.suppressed ?? false };
    };
    rows.push({
      measure: publicSummaryOf(measure),
      period: latest.period,
      periodLabel: periodLabel(toPeriod(latest.period)),
      ward: { value: latest.value, suppressed: latest.suppressed },
      authority: at(site.authority.code),
      england: at(site.england?.code),
    });
  }
  rows.sort((a, b) => a.measure.title.localeCompare(b.measure.title));
  return { ward, authority: { code: site.authority.code, name: site.authority.name }, rows };
}
