/**
 * Every card of a dashboard worked out in one go: the engine judges all the measures the cards
 * need in a few batched reads (one per area shown, one for the wards of each ward card), so that
 * a twenty-card dashboard is one request and a handful of queries.
 */
import type { Area } from '../../domain/area.js';
import {
  AREA_CARD_KINDS,
  CARD_KIND_LABELS,
  MEASURE_CARD_KINDS,
  type Card,
  type DashboardScope,
  type DashboardVersion,
} from '../../domain/dashboards/card.js';
import type { GenerateInput } from '../../domain/dashboards/generate.js';
import { measuresInScope, scopeMembers } from '../../domain/dashboards/scope.js';
import type { MeasureStatus } from '../../domain/engine/types.js';
import { UserError } from '../../domain/errors.js';
import type { Measure } from '../../domain/measure.js';
import type { Store } from '../../store/connect.js';
import { councilAreas } from '../status/council-areas.js';
import { measureReports, measureReportWithWards } from '../status/index.js';
import { blank } from './blank-card.js';
import { scopeCard } from './scope-cards.js';
import { loadSeries, type LoadedSeries } from './series.js';
import { comparatorsOf, headlineOf, sparklineOf, spcOf, trendOf } from './measure-cards.js';
import { loadThread } from './thread.js';
import type { CardData, DashboardData } from './types.js';
import { wardGeometry } from './ward-map.js';
import { wardRowsOf } from './ward-rows.js';

export interface DataViewer {
  canSeeMeasure(m: Measure): boolean;
  visibleItemIds: ReadonlySet<string>;
  approvedOnly: boolean;
}

export interface DataOptions {
  asAt?: string | undefined;
  today: string;
  /** A ward (or the authority) for headline, trend and SPC cards that name no ward of their own. */
  areaCode?: string | undefined;
}

const NO_FIGURE = 'No figure to show yet for this measure and period.';

export async function dashboardData(
  store: Store,
  dashboard: DashboardVersion,
  viewer: DataViewer,
  options: DataOptions,
  thread?: GenerateInput,
): Promise<DashboardData> {
  const [input, areas] = await Promise.all([thread ?? loadThread(store), councilAreas(store)]);
  const authority = areas.authority;
  if (!authority) throw new UserError('not-found', 'The council has no authority area set');
  const filterArea = options.areaCode === undefined ? authority : areas.byCode.get(options.areaCode);
  if (
    !filterArea ||
    (filterArea.code !== authority.code && !areas.wards.some((w) => w.code === filterArea.code))
  )
    throw new UserError(
      'invalid-input',
      `area: "${options.areaCode}" is not ${authority.name} or one of its wards`,
    );

  const visible = new Map(input.measures.filter(viewer.canSeeMeasure).map((m) => [m.id, m]));
  /** A card's own ward; else the reader's ward where the measure has ward figures; else the authority. */
  const areaOf = (card: Card): Area => {
    if (card.areaCode !== null) return areas.byCode.get(card.areaCode) ?? authority;
    const byWard = card.measureId !== null && visible.get(card.measureId)?.byWard === true;
    return AREA_CARD_KINDS.has(card.kind) && byWard ? filterArea : authority;
  };
  const scopeOf = (card: Card): DashboardScope =>
    card.strategyItemId !== null ? { kind: 'strategy-item', id: card.strategyItemId } : dashboard.scope;

  // What to judge: measures by area for measure cards, and the measures each status-count card counts.
  const byArea = new Map<string, Map<string, Measure>>();
  const wardMeasures = new Map<string, Measure>();
  const counted = new Map<string, Measure>();
  for (const card of dashboard.cards) {
    const measure = card.measureId === null ? undefined : visible.get(card.measureId);
    if (MEASURE_CARD_KINDS.has(card.kind) && measure) {
      if (card.kind === 'ward-map' || card.kind === 'ward-table') wardMeasures.set(measure.id, measure);
      else {
        const code = areaOf(card).code;
        byArea.set(code, (byArea.get(code) ?? new Map()).set(measure.id, measure));
      }
    }
    if (card.kind === 'status-counts')
      for (const m of measuresInScope(scopeMembers(scopeOf(card), input), [...visible.values()]))
        counted.set(m.id, m);
  }
  // Measures counted are judged with the authority's measure cards: one read of their figures, not two.
  if (counted.size > 0) {
    const own = byArea.get(authority.code) ?? new Map<string, Measure>();
    for (const m of counted.values()) own.set(m.id, m);
    byArea.set(authority.code, own);
  }
  const statusOptions = { asAt: options.asAt, today: options.today, approvedOnly: viewer.approvedOnly };
  const [judged, wards, series] = await Promise.all([
    Promise.all(
      [...byArea].map(async ([code, measures]) => {
        const reports = await measureReports(store, [...measures.values()], statusOptions, code);
        return reports.map((r) => [`${r.measure.id}\u0000${code}`, r.status as MeasureStatus] as const);
      }),
    ).then((lists) => new Map(lists.flat())),
    Promise.all(
      [...wardMeasures.values()].map(
        async (m) => [m.id, await measureReportWithWards(store, m, statusOptions)] as const,
      ),
    ).then((list) => new Map(list)),
    loadSeries(
      store,
      dashboard.cards.filter((c) => c.kind === 'headline' || c.kind === 'trend'),
      (card) => (card.measureId === null ? undefined : visible.get(card.measureId)),
      (card) => areaOf(card).code,
      viewer.approvedOnly,
    ),
  ]);
  const needsMap = dashboard.cards.some((c) => c.kind === 'ward-map');
  const counts = new Map(
    [...counted.keys()].map((id) => [id, judged.get(`${id}\u0000${authority.code}`)!.rag.status]),
  );

  const cards = dashboard.cards.map((card): CardData => {
    const measure = card.measureId === null ? undefined : visible.get(card.measureId);
    if (MEASURE_CARD_KINDS.has(card.kind)) {
      if (!measure)
        return {
          ...blank(card, card.title ?? CARD_KIND_LABELS[card.kind]),
          notice: 'This card’s measure is not one you may see, or it has been retired.',
        };
      const title = card.title ?? measure.title;
      if (card.kind === 'ward-map' || card.kind === 'ward-table') {
        const report = wards.get(measure.id)!;
        return { ...blank(card, title), wards: wardRowsOf(measure, report.wards) };
      }
      const area = areaOf(card);
      const status = judged.get(`${measure.id}\u0000${area.code}`)!;
      const shown = measureCard(card, title, measure, area, status, series);
      // A ward was asked for, but this measure is counted for the whole authority only.
      const wardless = AREA_CARD_KINDS.has(card.kind) && filterArea.kind === 'ward' && !measure.byWard;
      return wardless
        ? { ...shown, notice: `Not counted by ward: these are ${authority.name}’s figures.` }
        : shown;
    }
    return scopeCard(card, scopeOf(card), input, viewer, visible, counts);
  });
  return {
    dashboardId: dashboard.id,
    asAt: options.asAt ?? null,
    approvedOnly: viewer.approvedOnly,
    area: { code: filterArea.code, name: filterArea.name },
    cards,
    wardGeometry: needsMap ? await wardGeometry(store) : null,
  };
}

function measureCard(
  card: Card,
  title: string,
  measure: Measure,
  area: Area,
  status: MeasureStatus,
  series: LoadedSeries,
): CardData {
  const base = blank(card, area.kind === 'ward' ? `${title} — ${area.name}` : title);
  const figures = series.figures(measure.id, area.code);
  const chart =
    card.kind === 'headline'
      ? sparklineOf(measure, status, figures)
      : card.kind === 'trend'
        ? trendOf(measure, status, figures, series.targets(measure.id), base.title)
        : card.kind === 'spc'
          ? spcOf(measure, status, base.title)
          : comparatorsOf(measure, area, status, base.title);
  return {
    ...base,
    headline: headlineOf(measure, area, status),
    chart,
    notice:
      chart === null && card.kind !== 'headline'
        ? card.kind === 'comparators'
          ? 'No comparison yet: this measure has no figure or no benchmark for the period.'
          : NO_FIGURE
        : null,
  };
}
