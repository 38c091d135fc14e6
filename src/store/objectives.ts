/** Individual objectives: the appraisal record beside each strategy item, and dated progress. */
import type { Kysely } from 'kysely';
import type { ObjectiveProgress } from '../domain/pdrr/objectives.js';
import type { StrategyItem } from '../domain/strategy.js';
import type { Database } from './database.js';
import { insertStrategyItem } from './strategy-admin.js';

export interface AppraisalRecord {
  objectiveId: string;
  appraisalDate: string | null;
  successMeasure: string | null;
}

export async function listAppraisalRecords(db: Kysely<Database>): Promise<AppraisalRecord[]> {
  const rows = await db.selectFrom('individual_objective').selectAll().execute();
  return rows.map((r) => ({
    objectiveId: r.strategy_item_id,
    appraisalDate: r.appraisal_date,
    successMeasure: r.success_measure,
  }));
}

export async function listObjectiveProgress(db: Kysely<Database>): Promise<ObjectiveProgress[]> {
  const rows = await db.selectFrom('objective_progress').selectAll().orderBy('as_of').orderBy('id').execute();
  return rows.map((r) => ({
    objectiveId: r.strategy_item_id,
    asOf: r.as_of,
    percentComplete: r.percent_complete,
    note: r.note,
    recordedBy: r.recorded_by,
    recordedAt: r.recorded_at,
  }));
}

/** Adds an individual objective: a strategy item at the end of the tree, and its appraisal record. */
export async function insertObjective(
  db: Kysely<Database>,
  item: StrategyItem,
  record: Omit<AppraisalRecord, 'objectiveId'>,
): Promise<void> {
  await insertStrategyItem(db, item);
  await saveAppraisalRecord(db, { objectiveId: item.id, ...record });
}

export async function saveAppraisalRecord(db: Kysely<Database>, record: AppraisalRecord): Promise<void> {
  await db.deleteFrom('individual_objective').where('strategy_item_id', '=', record.objectiveId).execute();
  await db
    .insertInto('individual_objective')
    .values({
      strategy_item_id: record.objectiveId,
      appraisal_date: record.appraisalDate,
      success_measure: record.successMeasure,
    })
    .execute();
}

export async function recordObjectiveProgress(db: Kysely<Database>, p: ObjectiveProgress): Promise<void> {
  await db
    .insertInto('objective_progress')
    .values({
      strategy_item_id: p.objectiveId,
      as_of: p.asOf,
      percent_complete: p.percentComplete,
      note: p.note,
      recorded_by: p.recordedBy,
      recorded_at: p.recordedAt,
    })
    .execute();
}
