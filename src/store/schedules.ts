/**
 * Report schedules. A schedule falls due when its `next_run_at` has passed; the runner that moves
 * `next_run_at` on (compare-and-set on the old value) is the one that made the run, so two app
 * servers never both start the same run.
 */
import type { Kysely, Selectable } from 'kysely';
import type { Schedule, ScheduleDraft, WhenUnapproved } from '../domain/schedules/index.js';
import type { Database } from './database.js';
import type { ReportScheduleTable } from './database-schedules.js';
import { flag, toFlag } from './dialect.js';

function rowToSchedule(row: Selectable<ReportScheduleTable>): Schedule {
  return {
    id: row.id,
    name: row.name,
    level: row.level,
    format: row.format,
    period: row.period_rule,
    orgUnitId: row.org_unit_id,
    personId: row.person_id,
    cron: row.cron,
    timeZone: row.time_zone,
    recipients: JSON.parse(row.recipients) as string[],
    whenUnapproved: row.when_unapproved as WhenUnapproved,
    active: flag(row.active),
    nextRunAt: row.next_run_at,
    createdBy: row.created_by,
    createdAt: row.created_at,
    changedBy: row.changed_by,
    changedAt: row.changed_at,
  };
}

function draftColumns(draft: ScheduleDraft) {
  return {
    name: draft.name,
    level: draft.level,
    format: draft.format,
    period_rule: draft.period,
    org_unit_id: draft.orgUnitId,
    person_id: draft.personId,
    cron: draft.cron,
    time_zone: draft.timeZone,
    recipients: JSON.stringify(draft.recipients),
    when_unapproved: draft.whenUnapproved,
    active: toFlag(draft.active),
  };
}

export interface ChangeStamp {
  by: string;
  at: string;
}

export async function insertSchedule(
  db: Kysely<Database>,
  id: string,
  draft: ScheduleDraft,
  nextRunAt: string | null,
  stamp: ChangeStamp,
): Promise<Schedule> {
  const row = await db
    .insertInto('report_schedule')
    .values({
      id,
      ...draftColumns(draft),
      next_run_at: nextRunAt,
      created_by: stamp.by,
      created_at: stamp.at,
      changed_by: stamp.by,
      changed_at: stamp.at,
      removed_at: null,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return rowToSchedule(row);
}

/** Replaces a schedule's settings; null when there is no such schedule (or it was removed). */
export async function updateSchedule(
  db: Kysely<Database>,
  id: string,
  draft: ScheduleDraft,
  nextRunAt: string | null,
  stamp: ChangeStamp,
): Promise<Schedule | null> {
  const row = await db
    .updateTable('report_schedule')
    .set({ ...draftColumns(draft), next_run_at: nextRunAt, changed_by: stamp.by, changed_at: stamp.at })
    .where('id', '=', id)
    .where('removed_at', 'is', null)
    .returningAll()
    .executeTakeFirst();
  return row ? rowToSchedule(row) : null;
}

/** Stops a schedule for good; its deliveries stay on record. False when there was none. */
export async function removeSchedule(db: Kysely<Database>, id: string, stamp: ChangeStamp): Promise<boolean> {
  const result = await db
    .updateTable('report_schedule')
    .set({
      removed_at: stamp.at,
      next_run_at: null,
      active: toFlag(false),
      changed_by: stamp.by,
      changed_at: stamp.at,
    })
    .where('id', '=', id)
    .where('removed_at', 'is', null)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export async function getSchedule(db: Kysely<Database>, id: string): Promise<Schedule | null> {
  const row = await db
    .selectFrom('report_schedule')
    .selectAll()
    .where('id', '=', id)
    .where('removed_at', 'is', null)
    .executeTakeFirst();
  return row ? rowToSchedule(row) : null;
}

export async function listSchedules(db: Kysely<Database>): Promise<Schedule[]> {
  const rows = await db
    .selectFrom('report_schedule')
    .selectAll()
    .where('removed_at', 'is', null)
    .orderBy('name')
    .orderBy('id')
    .execute();
  return rows.map(rowToSchedule);
}

/** Active schedules whose next run is at or before `now` (ISO instant). */
export async function schedulesDue(db: Kysely<Database>, now: string): Promise<Schedule[]> {
  const rows = await db
    .selectFrom('report_schedule')
    .selectAll()
    .where('removed_at', 'is', null)
    .where('next_run_at', 'is not', null)
    .where('next_run_at', '<=', now)
    .orderBy('next_run_at')
    .execute();
  return rows.map(rowToSchedule).filter((s) => s.active);
}

/**
 * Moves a schedule's next run on from `from` to `to`, only if nobody has already: true for the
 * runner that moved it.
 */
export async function advanceSchedule(
  db: Kysely<Database>,
  id: string,
  from: string,
  to: string | null,
): Promise<boolean> {
  const result = await db
    .updateTable('report_schedule')
    .set({ next_run_at: to })
    .where('id', '=', id)
    .where('next_run_at', '=', from)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/**
 * Takes this round of a job every app server might run (the reminders), kept as the time of the
 * next round in the settings table: true for the one runner that moved it on from a time passed.
 */
export async function claimTurn(
  db: Kysely<Database>,
  key: string,
  now: string,
  next: string,
): Promise<boolean> {
  const current = await db.selectFrom('setting').select('value').where('key', '=', key).executeTakeFirst();
  if (!current) {
    const added = await db
      .insertInto('setting')
      .values({ key, value: next })
      .onConflict((oc) => oc.column('key').doNothing())
      .executeTakeFirst();
    return (added.numInsertedOrUpdatedRows ?? 0n) > 0n;
  }
  if (current.value > now) return false;
  const moved = await db
    .updateTable('setting')
    .set({ value: next })
    .where('key', '=', key)
    .where('value', '=', current.value)
    .executeTakeFirst();
  return moved.numUpdatedRows > 0n;
}
