/**
 * Writing the measure catalogue: adding a measure, changing its definition and links, retiring
 * and reinstating it. Figures, targets and commentary are never touched here: they are versions
 * of their own, kept whatever happens to the definition.
 */
import type { Kysely } from 'kysely';
import type { Measure } from '../domain/measure.js';
import type { Database } from './database.js';
import { measureToRow } from './measures.js';

async function replaceLinks(db: Kysely<Database>, measureId: string, itemIds: readonly string[]) {
  await db.deleteFrom('measure_strategy_link').where('measure_id', '=', measureId).execute();
  if (itemIds.length === 0) return;
  await db
    .insertInto('measure_strategy_link')
    .values([...new Set(itemIds)].map((id) => ({ measure_id: measureId, strategy_item_id: id })))
    .execute();
}

export async function insertMeasure(
  db: Kysely<Database>,
  measure: Measure,
  createdAt: string,
): Promise<void> {
  await db.insertInto('measure').values(measureToRow(measure, createdAt)).execute();
  await replaceLinks(db, measure.id, measure.strategyItemIds);
}

/**
 * Rewrites a measure's definition and its strategy links. Retiring records when and why;
 * reinstating clears them.
 */
export async function updateMeasure(
  db: Kysely<Database>,
  measure: Measure,
  retired: { at: string; reason: string } | null,
): Promise<void> {
  // created_at is the measure's birth and stays; everything else is the definition as now given.
  const { created_at: _created, id: _id, ...row } = measureToRow(measure, '');
  await db
    .updateTable('measure')
    .set({ ...row, retired_at: retired?.at ?? null, retired_reason: retired?.reason ?? null })
    .where('id', '=', measure.id)
    .execute();
  await replaceLinks(db, measure.id, measure.strategyItemIds);
}

/** When and why a measure was retired, or null while it is in use. */
export async function retirementOf(
  db: Kysely<Database>,
  id: string,
): Promise<{ at: string; reason: string } | null> {
  const row = await db
    .selectFrom('measure')
    .select(['retired_at', 'retired_reason'])
    .where('id', '=', id)
    .executeTakeFirst();
  return row?.retired_at ? { at: row.retired_at, reason: row.retired_reason ?? '' } : null;
}

/** Whether any figure has ever been recorded for the measure, withdrawn ones included. */
export async function measureHasFigures(db: Kysely<Database>, id: string): Promise<boolean> {
  const found = await db
    .selectFrom('value_version')
    .select('id')
    .where('measure_id', '=', id)
    .limit(1)
    .executeTakeFirst();
  return found !== undefined;
}
