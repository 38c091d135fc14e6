/**
 * How the council compares with similar councils: for each published measure with a comparator
 * group (nearest neighbours), its latest approved figure, its rank in the group and its quartile,
 * and how it compares with England.
 */
import type { MeasureVerdicts } from '../../domain/engine/index.js';
import { period as toPeriod, periodLabel } from '../../domain/period.js';
import type { Store } from '../../store/connect.js';
import { listAreaGroups } from '../../store/areas.js';
import { measureReports } from '../status/index.js';
import { figureAt, latestFor, publicFigures } from './figures.js';
import type { Measure } from '../../domain/measure.js';
import { publicSummaryOf, type PublicMeasureSummary } from './measure-summary.js';
import { publishedMeasures } from './published.js';
import type { Judging, PublicSite } from './site.js';

export interface ComparisonRow {
  measure: PublicMeasureSummary;
  group: string;
  period: string | null;
  periodLabel: string | null;
  value: number | null;
  suppressed: boolean;
  rank: number | null;
  of: number | null;
  quartile: number | null;
  england: number | null;
}

export async function comparisonsView(
  store: Store,
  site: PublicSite,
  when: Judging,
): Promise<ComparisonRow[]> {
  if (!site.authority) return [];
  const groups = new Map((await listAreaGroups(store.db)).map((g) => [g.id, g]));
  const measures = (await publishedMeasures(store)).filter(
    (m) => m.comparatorGroupId !== null && groups.has(m.comparatorGroupId),
  );
  if (measures.length === 0) return [];
  const codes = [site.authority.code, ...(site.england ? [site.england.code] : [])];
  const figures = await publicFigures(store, measures, codes);
  // Each measure is compared at its own latest published period: a year's figures for councils
  // arrive long after a quarter's, and "no figure yet" compares nothing.
  const byLatest = new Map<string | undefined, Measure[]>();
  for (const m of measures) {
    const latest = latestFor(figures.get(m.id) ?? [], site.authority.code)?.period ?? when.asAt;
    byLatest.set(latest, [...(byLatest.get(latest) ?? []), m]);
  }
  const reports = (
    await Promise.all(
      [...byLatest].map(([asAt, group]) =>
        measureReports(store, group, { today: when.today, asAt, approvedOnly: true, words: false }),
      ),
    )
  ).flat();
  const rows = reports.map((r): ComparisonRow => {
    const v = r.status as MeasureVerdicts;
    const list = figures.get(r.measure.id) ?? [];
    const own = v.period ? figureAt(list, site.authority!.code, v.period) : null;
    const england = v.period && site.england ? figureAt(list, site.england.code, v.period) : null;
    // A withheld figure has no published rank: the rank would narrow down what was withheld.
    const position = own?.suppressed ? null : v.groupPosition;
    return {
      measure: publicSummaryOf(r.measure),
      group: groups.get(r.measure.comparatorGroupId!)!.name,
      period: v.period,
      periodLabel: v.period ? periodLabel(toPeriod(v.period)) : null,
      value: own?.value ?? null,
      suppressed: own?.suppressed ?? false,
      rank: position?.rank ?? null,
      of: position?.of ?? null,
      quartile: position?.quantile ?? null,
      england: england?.value ?? null,
    };
  });
  return rows.sort((a, b) => a.measure.title.localeCompare(b.measure.title));
}
