/**
 * Everything a report says, read once through the status service: each measure's status as at the
 * period (and as at the period before, for what changed), the figure's sign-off and quality notes,
 * its commentary and the actions linked to it. Figures are never worked out here: the engine's
 * results are carried as they are.
 */
import { recoveryPlansForPeriod, type RecoveryPlanReport } from '../app/pdrr/index.js';
import { measureReports, threadStatus, type ThreadStatus } from '../app/status/index.js';
import type { Scope } from '../domain/access/scope.js';
import { canSeeMeasure, visibleStrategyItems } from '../domain/access/scope.js';
import type { Action } from '../domain/action.js';
import type { MeasureStatus, MeasureVerdicts } from '../domain/engine/index.js';
import type { Commentary, Target, ValueVersion } from '../domain/figures.js';
import type { Measure } from '../domain/measure.js';
import type { OrgUnit, Person } from '../domain/organisation.js';
import { comparePeriods, formatPeriod, parsePeriod, type Period } from '../domain/period.js';
import type { StrategyItem } from '../domain/strategy.js';
import type { Area } from '../domain/area.js';
import { actionRagStatus, type ActionRag } from '../domain/rollup/index.js';
import type { Store } from '../store/connect.js';
import { listActions } from '../store/actions.js';
import { currentCommentary } from '../store/commentary.js';
import { listMeasures } from '../store/measures.js';
import { listOrgUnits, listPeople } from '../store/organisation.js';
import { approvedValues } from '../store/signoff.js';
import { listStrategyItems } from '../store/strategy.js';
import { currentValues } from '../store/values.js';
import { currentTargets } from '../store/targets.js';
import { AUTHORITY_CODE, getSetting } from '../store/settings.js';

export interface MeasureLine {
  measure: Measure;
  status: MeasureStatus;
  /** The same measure judged as at the period before (for "what changed"); null for none. */
  previous: MeasureVerdicts | null;
  /** The version of the figure judged: whether it is provisional, its quality flag and note. */
  figure: ValueVersion | null;
  commentary: Commentary | null;
  actions: Action[];
  /** Its recovery plans open at the period's end or closed within it, each checked against its trajectory. */
  recoveryPlans: RecoveryPlanReport[];
  /** The authority's figures up to the period judged, oldest first: the trend chart's points. */
  history: ValueVersion[];
  targets: Target[];
}

export interface ReportFacts {
  council: string;
  authority: Area;
  period: Period;
  previousPeriod: Period | null;
  lines: MeasureLine[];
  items: StrategyItem[];
  thread: ThreadStatus | null;
  actions: { action: Action; rag: ActionRag }[];
  units: OrgUnit[];
  people: Person[];
}

export interface GatherOptions {
  period: Period;
  previousPeriod: Period | null;
  today: string;
  approvedOnly: boolean;
  viewer: Scope | null;
  /** Which measures the report is about, among those the viewer may see. */
  include: (m: Measure) => boolean;
  /** Roll the golden thread up too (the council-wide reports show each objective's status). */
  withThread: boolean;
}

export async function gatherFacts(store: Store, options: GatherOptions): Promise<ReportFacts> {
  const [allMeasures, allItems, allActions, units, people, commentary] = await Promise.all([
    listMeasures(store.db),
    listStrategyItems(store.db),
    listActions(store.db),
    listOrgUnits(store.db),
    listPeople(store.db),
    currentCommentary(store.db),
  ]);
  const viewer = options.viewer;
  const seen = (m: Measure) => m.state === 'active' && (viewer === null || canSeeMeasure(viewer, m));
  const measures = allMeasures.filter((m) => seen(m) && options.include(m));
  const visibleIds = viewer === null ? null : visibleStrategyItems(viewer, allItems);
  const items = visibleIds === null ? allItems : allItems.filter((i) => visibleIds.has(i.id));
  const asAt = formatPeriod(options.period);
  const statusOptions = { asAt, today: options.today, approvedOnly: options.approvedOnly };
  const [reports, before, figures, thread, targets, plans] = await Promise.all([
    measureReports(store, measures, statusOptions),
    options.previousPeriod === null
      ? Promise.resolve(null)
      : measureReports(store, measures, {
          ...statusOptions,
          asAt: formatPeriod(options.previousPeriod),
          words: false,
        }),
    judgedFigures(store, measures, options.approvedOnly),
    options.withThread
      ? threadStatus(
          store,
          {
            canSeeMeasure: (m) => viewer === null || canSeeMeasure(viewer, m),
            canSeeItem: (list) => (visibleIds === null ? list : list.filter((i) => visibleIds.has(i.id))),
          },
          statusOptions,
        )
      : Promise.resolve(null),
    currentTargets(
      store.db,
      measures.map((m) => m.id),
    ),
    recoveryPlansForPeriod(store, asAt, options.today, { approvedOnly: options.approvedOnly }),
  ]);
  const authority = reports[0]?.area ?? null;
  const commentaryOf = new Map(commentary.map((c) => [`${c.measureId}\u0000${c.period}`, c]));
  const lines = reports.map((r, i): MeasureLine => {
    const status = r.status as MeasureStatus;
    const key = `${r.measure.id}\u0000${status.period ?? ''}`;
    return {
      measure: r.measure,
      status,
      previous: before?.[i]?.status ?? null,
      figure: status.period === null ? null : (figures.byKey.get(key) ?? null),
      commentary: status.period === null ? null : (commentaryOf.get(key) ?? null),
      actions: allActions.filter((a) => a.measureIds.includes(r.measure.id)),
      recoveryPlans: plans.filter((p) => p.measure.id === r.measure.id),
      history: historyUpTo(figures.byMeasure.get(r.measure.id) ?? [], status.period),
      targets: targets.filter((t) => t.measureId === r.measure.id),
    };
  });
  const itemIds = new Set(items.map((i) => i.id));
  const council = units.find((u) => u.kind === 'council')?.name ?? authority?.name ?? 'The council';
  return {
    council,
    authority: authority ?? { code: '', name: council, kind: 'authority', parentCode: null },
    period: options.period,
    previousPeriod: options.previousPeriod,
    lines,
    items,
    thread,
    actions: allActions
      .filter(
        (a) =>
          a.strategyItemIds.some((id) => itemIds.has(id)) ||
          a.measureIds.some((id) => measures.some((m) => m.id === id)),
      )
      .map((action) => ({ action, rag: actionRagStatus(action, options.today) })),
    units,
    people,
  };
}

/** The authority's figures, keyed by measure and period: the versions the engine judged. */
async function judgedFigures(
  store: Store,
  measures: readonly Measure[],
  approvedOnly: boolean,
): Promise<{ byKey: Map<string, ValueVersion>; byMeasure: Map<string, ValueVersion[]> }> {
  const code = await getSetting(store.db, AUTHORITY_CODE);
  if (code === null || measures.length === 0) return { byKey: new Map(), byMeasure: new Map() };
  const filter = { measureIds: measures.map((m) => m.id), areaCodes: [code] };
  const versions = approvedOnly
    ? await approvedValues(store.db, filter)
    : await currentValues(store.db, filter);
  const byMeasure = new Map<string, ValueVersion[]>();
  for (const v of versions) {
    const list = byMeasure.get(v.measureId);
    if (list) list.push(v);
    else byMeasure.set(v.measureId, [v]);
  }
  return { byKey: new Map(versions.map((v) => [`${v.measureId}\u0000${v.period}`, v])), byMeasure };
}

/** The figures up to and including the period judged, oldest first. */
function historyUpTo(versions: readonly ValueVersion[], period: string | null): ValueVersion[] {
  if (period === null) return [];
  const end = parsePeriod(period);
  if (!end.ok) return [];
  const dated = versions
    .map((v) => ({ v, p: parsePeriod(v.period) }))
    .filter((x): x is { v: ValueVersion; p: { ok: true; period: Period } } => x.p.ok)
    .filter((x) => x.p.period.kind === end.period.kind && comparePeriods(x.p.period, end.period) <= 0);
  dated.sort((a, b) => comparePeriods(a.p.period, b.p.period));
  return dated.map((x) => x.v);
}
