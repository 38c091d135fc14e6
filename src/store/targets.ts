/** Targets per measure and period, versioned like figures: a changed target keeps the old one. */
import type { Kysely } from 'kysely';
import type { ChangeRecord, Target } from '../domain/figures.js';
import type { Database } from './database.js';
import { chunks } from './chunks.js';
import { toFlag } from './dialect.js';

function targetRow(t: Target, version: number, change: ChangeRecord) {
  return {
    measure_id: t.measureId,
    period: t.period,
    value: t.value,
    lower: t.lower,
    upper: t.upper,
    tolerance: t.tolerance,
    version,
    withdrawn: toFlag(false),
    recorded_by: change.by,
    recorded_at: change.at,
    reason: change.reason,
  };
}

export async function currentTargets(
  db: Kysely<Database>,
  measureIds?: readonly string[],
): Promise<Target[]> {
  let query = db
    .selectFrom('target_version as t')
    .selectAll('t')
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('target_version as newer')
            .select('newer.id')
            .whereRef('newer.measure_id', '=', 't.measure_id')
            .whereRef('newer.period', '=', 't.period')
            .whereRef('newer.version', '>', 't.version'),
        ),
      ),
    );
  // An empty list matches nothing: answer so rather than send SQL a list it cannot take.
  if (measureIds?.length === 0) return [];
  if (measureIds) query = query.where('t.measure_id', 'in', [...measureIds]);
  const rows = await query.orderBy('t.measure_id').orderBy('t.period').execute();
  return rows
    .filter((r) => !r.withdrawn)
    .map((r) => ({
      measureId: r.measure_id,
      period: r.period,
      value: r.value,
      lower: r.lower,
      upper: r.upper,
      tolerance: r.tolerance,
    }));
}

/** Sets a target as a new version of that measure and period's target. */
export async function setTarget(db: Kysely<Database>, target: Target, change: ChangeRecord): Promise<void> {
  const latest = await db
    .selectFrom('target_version')
    .select((eb) => eb.fn.max('version').as('version'))
    .where('measure_id', '=', target.measureId)
    .where('period', '=', target.period)
    .executeTakeFirst();
  await db
    .insertInto('target_version')
    .values(targetRow(target, Number(latest?.version ?? 0) + 1, change))
    .execute();
}

export async function insertFirstTargets(
  db: Kysely<Database>,
  targets: readonly Target[],
  change: ChangeRecord,
): Promise<void> {
  for (const chunk of chunks(targets, 11)) {
    await db
      .insertInto('target_version')
      .values(chunk.map((t) => targetRow(t, 1, change)))
      .execute();
  }
}

/** One version of a target, as its history shows it: who set or withdrew it, when and why. */
export interface TargetVersion extends Target {
  version: number;
  withdrawn: boolean;
  by: string;
  at: string;
  reason: string;
}

/** Every version of every target of a measure, oldest first within each period. */
export async function targetHistory(db: Kysely<Database>, measureId: string): Promise<TargetVersion[]> {
  const rows = await db
    .selectFrom('target_version')
    .selectAll()
    .where('measure_id', '=', measureId)
    .orderBy('period')
    .orderBy('version')
    .execute();
  return rows.map((r) => ({
    measureId: r.measure_id,
    period: r.period,
    value: r.value,
    lower: r.lower,
    upper: r.upper,
    tolerance: r.tolerance,
    version: r.version,
    withdrawn: Boolean(r.withdrawn),
    by: r.recorded_by,
    at: r.recorded_at,
    reason: r.reason,
  }));
}

/** Withdraws a period's target as a new version: the measure has no target then, and the old one stays. */
export async function withdrawTarget(
  db: Kysely<Database>,
  measureId: string,
  period: string,
  change: ChangeRecord,
): Promise<void> {
  const latest = await db
    .selectFrom('target_version')
    .select((eb) => eb.fn.max('version').as('version'))
    .where('measure_id', '=', measureId)
    .where('period', '=', period)
    .executeTakeFirst();
  await db
    .insertInto('target_version')
    .values({
      ...targetRow(
        { measureId, period, value: null, lower: null, upper: null, tolerance: null },
        Number(latest?.version ?? 0) + 1,
        change,
      ),
      withdrawn: toFlag(true),
    })
    .execute();
}
