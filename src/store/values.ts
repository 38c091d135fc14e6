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
  if (filter.measureIds) query = query.where('v.measure_id', 'in', emptySafe(filter.measureIds));
  if (filter.areaCodes) query = query.where('v.area_code', 'in', emptySafe(filter.areaCodes));
  if (filter.periods) query = query.where('v.period', 'in', emptySafe(filter.periods));
  if (filter.fromPeriod) query = query.where('v.period', '>=', filter.fromPeriod);
  if (filter.toPeriod) query = query.where('v.period', '<=', filter.toPeriod);
  const rows = await query.orderBy('v.measure_id').orderBy('v.area_code').orderBy('v.period').execute();
  return rows.map(rowToVersion).filter((v) => !v.withdrawn);
}

/** `in ()` is a syntax error; a list that can match nothing keeps the query valid. */
function emptySafe(list: readonly string[]): string[] {
  return list.length > 0 ? [...list] : ['\u0000'];
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
