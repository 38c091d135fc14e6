/**
 * The engine's judgement of measures from the store: each measure's figures for one area, its
 * targets, and its benchmarks (England, the region, the comparator group's mean) at the period
 * judged. Readers who see only approved figures get a judgement of approved figures alone, so a
 * councillor's Red is the same Red the Cabinet paper prints.
 */
import type { Area } from '../../domain/area.js';
import { figureSeries } from '../../domain/aggregation/series.js';
import { computeMeasureStatus, computeMeasureVerdicts, periodKindOf } from '../../domain/engine/index.js';
import type { Benchmark, MeasureStatus, MeasureVerdicts } from '../../domain/engine/index.js';
import { reportingPeriod } from '../../domain/engine/reporting-period.js';
import type { Target, ValueVersion } from '../../domain/figures.js';
import type { Measure } from '../../domain/measure.js';
import { formatPeriod, parsePeriod } from '../../domain/period.js';
import { UserError } from '../../domain/errors.js';
import type { Store } from '../../store/connect.js';
import { approvedValues } from '../../store/signoff.js';
import { currentValues } from '../../store/values.js';
import { currentTargets } from '../../store/targets.js';
import { getSetting, REPORTING_PERIOD } from '../../store/settings.js';
import { councilAreas, type CouncilAreas } from './council-areas.js';

export interface StatusOptions {
  /** Judge each measure for its latest period ended by the end of this one (canonical text). */
  asAt?: string | undefined;
  /** Today's date (YYYY-MM-DD): what is overdue depends on it. */
  today: string;
  /** Judge approved figures only (councillors, partners, the public, Cabinet reports). */
  approvedOnly: boolean;
  /** Write each status's words and summary (default true). */
  words?: boolean;
}

export interface MeasureReport {
  measure: Measure;
  area: Area;
  status: MeasureStatus | MeasureVerdicts;
}

export interface FullMeasureReport extends MeasureReport {
  status: MeasureStatus;
}

/** Checks an as-at period given by a reader; a mistake is the reader's, named with the form expected. */
export function readAsAt(text: string | undefined): string | undefined {
  if (text === undefined || text === '') return undefined;
  const parsed = parsePeriod(text);
  if (!parsed.ok) throw new UserError('invalid-input', `period: ${parsed.error}`);
  return formatPeriod(parsed.period);
}

interface Loaded {
  values: Map<string, ValueVersion[]>;
  targets: Map<string, Target[]>;
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

async function load(
  store: Store,
  measures: readonly Measure[],
  areaCodes: readonly string[],
  approvedOnly: boolean,
): Promise<Loaded> {
  const ids = measures.map((m) => m.id);
  const filter = { measureIds: ids, areaCodes };
  const [values, targets] = await Promise.all([
    approvedOnly ? approvedValues(store.db, filter) : currentValues(store.db, filter),
    currentTargets(store.db, ids),
  ]);
  return {
    values: groupBy(values, (v) => `${v.measureId}\u0000${v.areaCode}`),
    targets: groupBy(targets, (t) => t.measureId),
  };
}

function benchmarksFor(
  measure: Measure,
  period: string | null,
  areas: CouncilAreas,
  judged: Area,
  loaded: Loaded,
): { benchmarks: Benchmark[]; comparatorValues: (number | null)[] | undefined } {
  if (period === null) return { benchmarks: [], comparatorValues: undefined };
  const valueAt = (code: string): number | null =>
    loaded.values.get(`${measure.id}\u0000${code}`)?.find((v) => v.period === period)?.value ?? null;
  const benchmarks: Benchmark[] = [];
  // A ward is compared with its own authority first: "why is this ward worse than the city?"
  if (judged.kind === 'ward' && areas.authority)
    benchmarks.push({
      name: areas.authority.name,
      areaCode: areas.authority.code,
      value: valueAt(areas.authority.code),
    });
  if (areas.england)
    benchmarks.push({ name: 'England', areaCode: areas.england.code, value: valueAt(areas.england.code) });
  if (areas.region && judged.kind !== 'ward')
    benchmarks.push({
      name: `the ${areas.region.name}`,
      areaCode: areas.region.code,
      value: valueAt(areas.region.code),
    });
  const group = areas.groups.find((g) => g.id === measure.comparatorGroupId);
  let comparatorValues: (number | null)[] | undefined;
  if (group && judged.kind !== 'ward') {
    comparatorValues = [judged.code, ...group.memberCodes.filter((c) => c !== judged.code)].map(valueAt);
    const others = group.memberCodes.filter((c) => c !== judged.code).map(valueAt);
    const known = others.filter((v): v is number => v !== null);
    // The group's mean only where every member reported: a mean of some is not the group's.
    const mean =
      known.length === others.length && known.length > 0
        ? known.reduce((a, b) => a + b, 0) / known.length
        : null;
    benchmarks.push({ name: `the ${group.name} average`, areaCode: null, value: mean });
  }
  return { benchmarks, comparatorValues };
}

function judge(
  measure: Measure,
  area: Area,
  areas: CouncilAreas,
  loaded: Loaded,
  options: StatusOptions,
): MeasureStatus | MeasureVerdicts {
  const series = figureSeries(loaded.values.get(`${measure.id}\u0000${area.code}`) ?? []);
  const targets = loaded.targets.get(measure.id) ?? [];
  const kind = periodKindOf(measure);
  let period: string | undefined;
  if (options.asAt !== undefined)
    period = formatPeriod(reportingPeriod(kind, parsePeriodOrThrow(options.asAt)));
  // Without an as-at period, the engine judges the latest figure; benchmarks need that period first.
  const first = computeMeasureVerdicts(measure, series, targets, [], options.today, period ? { period } : {});
  const { benchmarks, comparatorValues } = benchmarksFor(measure, first.period, areas, area, loaded);
  const engineOptions = {
    ...(first.period ? { period: first.period } : {}),
    ...(comparatorValues ? { comparatorValues } : {}),
  };
  return options.words === false
    ? computeMeasureVerdicts(measure, series, targets, benchmarks, options.today, engineOptions)
    : computeMeasureStatus(measure, series, targets, benchmarks, options.today, engineOptions);
}

function parsePeriodOrThrow(text: string) {
  const parsed = parsePeriod(text);
  if (!parsed.ok) throw new UserError('invalid-input', `period: ${parsed.error}`);
  return parsed.period;
}

/** Each measure judged for the authority (or another area), in the order given. */
export async function measureReports(
  store: Store,
  measures: readonly Measure[],
  options: StatusOptions,
  areaCode?: string,
): Promise<MeasureReport[]> {
  const areas = await councilAreas(store);
  const area = areaCode === undefined ? areas.authority : (areas.byCode.get(areaCode) ?? null);
  if (!area)
    throw new UserError('not-found', `area: there is no area with code "${areaCode ?? 'of the authority'}"`);
  const benchmarkCodes = benchmarkAreaCodes(areas, measures);
  const loaded = await load(store, measures, [area.code, ...benchmarkCodes], options.approvedOnly);
  return measures.map((measure) => ({ measure, area, status: judge(measure, area, areas, loaded, options) }));
}

/** One measure with its words, for the authority and for each of its wards (where it has ward figures). */
export async function measureReportWithWards(
  store: Store,
  measure: Measure,
  options: StatusOptions,
): Promise<{ authority: FullMeasureReport; wards: FullMeasureReport[] }> {
  const areas = await councilAreas(store);
  if (!areas.authority) throw new UserError('not-found', 'The council has no authority area set');
  const wards = measure.byWard ? areas.wards : [];
  const codes = [areas.authority.code, ...wards.map((w) => w.code), ...benchmarkAreaCodes(areas, [measure])];
  const loaded = await load(store, [measure], codes, options.approvedOnly);
  const full = { ...options, words: true };
  const report = (area: Area): FullMeasureReport => ({
    measure,
    area,
    status: judge(measure, area, areas, loaded, full) as MeasureStatus,
  });
  return { authority: report(areas.authority), wards: wards.map(report) };
}

function benchmarkAreaCodes(areas: CouncilAreas, measures: readonly Measure[]): string[] {
  const codes = new Set<string>();
  if (areas.authority) codes.add(areas.authority.code);
  if (areas.england) codes.add(areas.england.code);
  if (areas.region) codes.add(areas.region.code);
  const groupIds = new Set(measures.map((m) => m.comparatorGroupId));
  for (const g of areas.groups) if (groupIds.has(g.id)) for (const c of g.memberCodes) codes.add(c);
  return [...codes];
}

/**
 * The period a reader's view is judged as at: the one asked for, else the council's reporting
 * period (an administrator's setting; the demo's is its last quarter), else none — each measure
 * at its latest figure, or its latest overdue period.
 */
export async function asAtFor(store: Store, asked: string | undefined): Promise<string | undefined> {
  const given = readAsAt(asked);
  if (given !== undefined) return given;
  const setting = await getSetting(store.db, REPORTING_PERIOD);
  return setting === null ? undefined : readAsAt(setting);
}
