/**
 * Figures for measure × period × area. Every change is a new version; the current figure is the
 * latest version, found by query. The table is append-only (the database refuses UPDATE and DELETE).
 */
import type { Kysely, Selectable } from 'kysely';
import type {
  ChangeRecord,
  MeasureValue,
  QualityFlag,
  ValueStatus,
  ValueVersion,
} from '../domain/figures.js';
import type { Database, ValueVersionTable } from './database.js';
import { flag, toFlag } from './dialect.js';
import { chunks } from './chunks.js';

export interface ValueFilter {
  measureIds?: readonly string[] | undefined;
  areaCodes?: readonly string[] | undefined;
  /** Canonical period texts, inclusive; compared as text, so give periods of the measure's kind. */
  fromPeriod?: string | undefined;
  toPeriod?: string | undefined;
  periods?: readonly string[] | undefined;
}

function rowToVersion(row: Selectable<ValueVersionTable>): ValueVersion {
  return {
    measureId: row.measure_id,
    period: row.period,
    areaCode: row.area_code,
    value: row.value,
    numerator: row.numerator,
    denominator: row.denominator,
    status: row.status as ValueStatus,
    qualityFlag: row.quality_flag as QualityFlag | null,
    note: row.note,
    source: row.source,
    version: row.version,
    withdrawn: flag(row.withdrawn),
    by: row.recorded_by,
    at: row.recorded_at,
    reason: row.reason,
  };
}

function versionRow(value: MeasureValue, version: number, withdrawn: boolean, change: ChangeRecord) {
  return {
    measure_id: value.measureId,
    period: value.period,
    area_code: value.areaCode,
    value: value.value,
    numerator: value.numerator,
    denominator: value.denominator,
    status: value.status,
    quality_flag: value.qualityFlag,
    note: value.note,
    source: value.source,
    version,
    withdrawn: toFlag(withdrawn),
    recorded_by: change.by,
    recorded_at: change.at,
    reason: change.reason,
  };
}

/** The current figures: the latest version of each, leaving out withdrawn ones. */
export async function currentValues(db: Kysely<Database>, filter: ValueFilter = {}): Promise<ValueVersion[]> {
  // An empty list matches nothing: answer so rather than send SQL a list it cannot take.
  if ([filter.measureIds, filter.areaCodes, filter.periods].some((list) => list?.length === 0)) return [];
  let query = db
    .selectFrom('value_version as v')
    .selectAll('v')
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('value_version as newer')
            .select('newer.id')
            .whereRef('newer.measure_id', '=', 'v.measure_id')
            .whereRef('newer.area_code', '=', 'v.area_code')
            .whereRef('newer.period', '=', 'v.period')
            .whereRef('newer.version', '>', 'v.version'),
        ),
      ),
    );
  if (filter.measureIds) query = query.where('v.measure_id', 'in', [...filter.measureIds]);
  if (filter.areaCodes) query = query.where('v.area_code', 'in', [...filter.areaCodes]);
  if (filter.periods) query = query.where('v.period', 'in', [...filter.periods]);
  if (filter.fromPeriod) query = query.where('v.period', '>=', filter.fromPeriod);
  if (filter.toPeriod) query = query.where('v.period', '<=', filter.toPeriod);
  const rows = await query.orderBy('v.measure_id').orderBy('v.area_code').orderBy('v.period').execute();
  return rows.map(rowToVersion).filter((v) => !v.withdrawn);
}

/** Every version of one figure, oldest first. */
export async function valueHistory(
  db: Kysely<Database>,
  key: { measureId: string; period: string; areaCode: string },
): Promise<ValueVersion[]> {
  const rows = await db
    .selectFrom('value_version')
    .selectAll()
    .where('measure_id', '=', key.measureId)
    .where('period', '=', key.period)
    .where('area_code', '=', key.areaCode)
    .orderBy('version')
    .execute();
  return rows.map(rowToVersion);
}

function sameFigure(a: MeasureValue, b: MeasureValue): boolean {
  return (
    a.value === b.value &&
    a.numerator === b.numerator &&
    a.denominator === b.denominator &&
    a.status === b.status &&
    a.qualityFlag === b.qualityFlag &&
    a.note === b.note &&
    a.source === b.source
  );
}

export type RecordOutcome = 'created' | 'changed' | 'unchanged';

/**
 * Records a figure as a new version. A figure identical to the current one records nothing, so
 * entering or importing the same figure twice changes nothing. Run inside a transaction when
 * several figures must land together.
 */
export async function recordValue(
  db: Kysely<Database>,
  value: MeasureValue,
  change: ChangeRecord,
): Promise<RecordOutcome> {
  const history = await valueHistory(db, value);
  const latest = history.at(-1);
  if (latest && !latest.withdrawn && sameFigure(latest, value)) return 'unchanged';
  await db
    .insertInto('value_version')
    .values(versionRow(value, (latest?.version ?? 0) + 1, false, change))
    .execute();
  return latest && !latest.withdrawn ? 'changed' : 'created';
}

/** Withdraws a figure: it stops counting, and its history, including this step, is kept. */
export async function withdrawValue(
  db: Kysely<Database>,
  key: { measureId: string; period: string; areaCode: string },
  change: ChangeRecord,
): Promise<boolean> {
  const latest = (await valueHistory(db, key)).at(-1);
  if (!latest || latest.withdrawn) return false;
  await db
    .insertInto('value_version')
    .values(versionRow(latest, latest.version + 1, true, change))
    .execute();
  return true;
}

/** Loads first versions in bulk, for new databases (the demo council) where no history exists yet. */
export async function insertFirstVersions(
  db: Kysely<Database>,
  values: readonly MeasureValue[],
  change: ChangeRecord,
): Promise<void> {
  for (const chunk of chunks(values, 15)) {
    await db
      .insertInto('value_version')
      .values(chunk.map((v) => versionRow(v, 1, false, change)))
      .execute();
  }
}

export async function countValueVersions(db: Kysely<Database>): Promise<number> {
  const row = await db
    .selectFrom('value_version')
    .select((eb) => eb.fn.countAll().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** The key of one figure, for maps: measure, area and period. */
export function valueKey(key: { measureId: string; period: string; areaCode: string }): string {
  return `${key.measureId}\u0000${key.areaCode}\u0000${key.period}`;
}

/** The latest version of each figure asked for (withdrawn ones included), by `valueKey`. */
export async function latestVersions(
  db: Kysely<Database>,
  keys: readonly { measureId: string; period: string; areaCode: string }[],
): Promise<Map<string, ValueVersion>> {
  const latest = new Map<string, ValueVersion>();
  for (const chunk of chunks(keys, 3)) {
    if (chunk.length === 0) continue;
    const rows = await db
      .selectFrom('value_version')
      .selectAll()
      .where(({ eb, refTuple, tuple }) =>
        eb(
          refTuple('measure_id', 'area_code', 'period'),
          'in',
          chunk.map((k) => tuple(k.measureId, k.areaCode, k.period)),
        ),
      )
      .execute();
    for (const row of rows) {
      const version = rowToVersion(row);
      const key = valueKey(version);
      const before = latest.get(key);
      if (!before || before.version < version.version) latest.set(key, version);
    }
  }
  return latest;
}

export interface ComparedValue {
  outcome: RecordOutcome;
  /** The current figure it would replace (null when there is none, or it was withdrawn). */
  current: ValueVersion | null;
  /** The version number the figure would get; null when unchanged. */
  nextVersion: number | null;
}

export interface CompareOptions {
  /**
   * Measures known to have had no figures before (see `measuresWithFigures`): their figures are new
   * without a look-up, which makes a first load of history as fast as a plain insert. Only sound
   * while each figure comes once, as in one import.
   */
  measuresWithoutFigures?: ReadonlySet<string> | undefined;
}

/** Which of these measures have any figure (any version, withdrawn or not). */
export async function measuresWithFigures(
  db: Kysely<Database>,
  measureIds: readonly string[],
): Promise<Set<string>> {
  const found = new Set<string>();
  for (const chunk of chunks(measureIds, 1)) {
    const rows = await db
      .selectFrom('measure as m')
      .select('m.id')
      .where('m.id', 'in', chunk)
      .where(({ exists, selectFrom }) =>
        exists(selectFrom('value_version as v').select('v.id').whereRef('v.measure_id', '=', 'm.id')),
      )
      .execute();
    for (const row of rows) found.add(row.id);
  }
  return found;
}

/**
 * What `recordValue` would do with each figure, without writing: the dry run of an import. Each
 * figure (measure, period, area) must appear once in `values`.
 */
export async function compareValues(
  db: Kysely<Database>,
  values: readonly MeasureValue[],
  options: CompareOptions = {},
): Promise<ComparedValue[]> {
  const unseen = options.measuresWithoutFigures;
  const asked = unseen ? values.filter((v) => !unseen.has(v.measureId)) : values;
  const latest = asked.length > 0 ? await latestVersions(db, asked) : new Map<string, ValueVersion>();
  return values.map((value) => {
    const found = latest.size > 0 ? (latest.get(valueKey(value)) ?? null) : null;
    if (found === null) return FIRST_VERSION;
    const current = found.withdrawn ? null : found;
    if (current && sameFigure(current, value)) return { outcome: 'unchanged', current, nextVersion: null };
    return { outcome: current ? 'changed' : 'created', current, nextVersion: found.version + 1 };
  });
}

/** `versionRow` with the import that wrote it, built in one literal: a million of these are made. */
function importedVersionRow(
  value: MeasureValue,
  version: number,
  change: ChangeRecord,
  importBatchId: number | null,
) {
  return {
    measure_id: value.measureId,
    period: value.period,
    area_code: value.areaCode,
    value: value.value,
    numerator: value.numerator,
    denominator: value.denominator,
    status: value.status,
    quality_flag: value.qualityFlag,
    note: value.note,
    source: value.source,
    version,
    withdrawn: toFlag(false),
    recorded_by: change.by,
    recorded_at: change.at,
    reason: change.reason,
    import_batch_id: importBatchId,
  };
}

const FIRST_VERSION: ComparedValue = Object.freeze({ outcome: 'created', current: null, nextVersion: 1 });

/**
 * Records many figures as `recordValue` records one — a figure identical to the current one records
 * nothing — in a few statements rather than two per figure, tagging each new version with the
 * import that wrote it. Each figure must appear once in `values`; run inside the import's
 * transaction.
 */
export async function recordValues(
  db: Kysely<Database>,
  values: readonly MeasureValue[],
  change: ChangeRecord,
  importBatchId: number | null,
  options: CompareOptions = {},
): Promise<ComparedValue[]> {
  const compared = await compareValues(db, values, options);
  const rows: ReturnType<typeof importedVersionRow>[] = [];
  for (let i = 0; i < values.length; i += 1) {
    const next = compared[i]!.nextVersion;
    if (next !== null) rows.push(importedVersionRow(values[i]!, next, change, importBatchId));
  }
  for (const chunk of chunks(rows, 16)) {
    await db.insertInto('value_version').values(chunk).execute();
  }
  return compared;
}
