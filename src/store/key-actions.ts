/**
 * Key actions as the Plan–Do–Review–Revise screens change them: with the unit that owns each, and
 * their dated progress updates, appended and never changed.
 */
import type { Kysely } from 'kysely';
import type { ActionStatus } from '../domain/action.js';
import type { ActionProgressUpdate, KeyAction } from '../domain/pdrr/action-progress.js';
import type { Database } from './database.js';
import { listActions } from './actions.js';

export async function listKeyActions(db: Kysely<Database>): Promise<KeyAction[]> {
  const [actions, units] = await Promise.all([
    listActions(db),
    db.selectFrom('action').select(['id', 'org_unit_id']).execute(),
  ]);
  const unitOf = new Map(units.map((u) => [u.id, u.org_unit_id]));
  return actions.map((a) => ({ ...a, orgUnitId: unitOf.get(a.id) ?? null }));
}

export async function getKeyAction(db: Kysely<Database>, id: string): Promise<KeyAction | null> {
  // The whole list is small (hundreds); reading one through it keeps one mapping of rows.
  return (await listKeyActions(db)).find((a) => a.id === id) ?? null;
}

export async function actionExists(db: Kysely<Database>, id: string): Promise<boolean> {
  return (await db.selectFrom('action').select('id').where('id', '=', id).executeTakeFirst()) !== undefined;
}

/** Inserts an action with its milestones and links; the caller checks that the id is free. */
export async function insertKeyAction(db: Kysely<Database>, a: KeyAction): Promise<void> {
  await db
    .insertInto('action')
    .values({
      id: a.id,
      title: a.title,
      responsible_officer: a.responsibleOfficer,
      responsible_person_id: a.responsiblePersonId,
      anticipated_outcome: a.anticipatedOutcome,
      proposed_start_date: a.proposedStartDate,
      proposed_end_date: a.proposedEndDate,
      others_involved: a.othersInvolved,
      status: a.status,
      percent_complete: a.percentComplete,
      progress_note: a.progressNote,
      org_unit_id: a.orgUnitId,
    })
    .execute();
  await writeParts(db, a);
}

/** Replaces an action's columns, milestones and links with those given. */
export async function updateKeyAction(db: Kysely<Database>, a: KeyAction): Promise<void> {
  await db
    .updateTable('action')
    .set({
      title: a.title,
      responsible_officer: a.responsibleOfficer,
      responsible_person_id: a.responsiblePersonId,
      anticipated_outcome: a.anticipatedOutcome,
      proposed_start_date: a.proposedStartDate,
      proposed_end_date: a.proposedEndDate,
      others_involved: a.othersInvolved,
      status: a.status,
      percent_complete: a.percentComplete,
      progress_note: a.progressNote,
      org_unit_id: a.orgUnitId,
    })
    .where('id', '=', a.id)
    .execute();
  await db.deleteFrom('action_milestone').where('action_id', '=', a.id).execute();
  await db.deleteFrom('action_strategy_link').where('action_id', '=', a.id).execute();
  await db.deleteFrom('action_measure_link').where('action_id', '=', a.id).execute();
  await writeParts(db, a);
}

async function writeParts(db: Kysely<Database>, a: KeyAction): Promise<void> {
  if (a.milestones.length > 0)
    await db
      .insertInto('action_milestone')
      .values(
        a.milestones.map((m, position) => ({
          action_id: a.id,
          position,
          title: m.title,
          due_date: m.dueDate,
          completed_date: m.completedDate,
        })),
      )
      .execute();
  if (a.strategyItemIds.length > 0)
    await db
      .insertInto('action_strategy_link')
      .values(a.strategyItemIds.map((id) => ({ action_id: a.id, strategy_item_id: id })))
      .execute();
  if (a.measureIds.length > 0)
    await db
      .insertInto('action_measure_link')
      .values(a.measureIds.map((id) => ({ action_id: a.id, measure_id: id })))
      .execute();
}

/** Appends a progress update and brings the action's status, % complete and note up to it. */
export async function recordActionProgress(db: Kysely<Database>, u: ActionProgressUpdate): Promise<void> {
  await db
    .insertInto('action_progress')
    .values({
      action_id: u.actionId,
      as_of: u.asOf,
      status: u.status,
      percent_complete: u.percentComplete,
      note: u.note,
      recorded_by: u.recordedBy,
      recorded_at: u.recordedAt,
    })
    .execute();
  await db
    .updateTable('action')
    .set({ status: u.status, percent_complete: u.percentComplete, progress_note: u.note })
    .where('id', '=', u.actionId)
    .execute();
}

/** Progress updates, oldest first; of one action, or of all. */
export async function listActionProgress(
  db: Kysely<Database>,
  actionId?: string,
): Promise<ActionProgressUpdate[]> {
  let query = db.selectFrom('action_progress').selectAll().orderBy('as_of').orderBy('id');
  if (actionId !== undefined) query = query.where('action_id', '=', actionId);
  const rows = await query.execute();
  return rows.map((r) => ({
    actionId: r.action_id,
    asOf: r.as_of,
    status: r.status as ActionStatus,
    percentComplete: r.percent_complete,
    note: r.note,
    recordedBy: r.recorded_by,
    recordedAt: r.recorded_at,
  }));
}

/** Sets the owning unit of existing actions (the demo's, which predate the column). */
export async function setActionUnits(
  db: Kysely<Database>,
  units: ReadonlyMap<string, string>,
): Promise<void> {
  for (const [id, unit] of units)
    await db.updateTable('action').set({ org_unit_id: unit }).where('id', '=', id).execute();
}
