/** Writing the strategy tree: adding an item, changing one, and retiring one (never deleting it). */
import type { Kysely } from 'kysely';
import type { StrategyItem } from '../domain/strategy.js';
import type { Database } from './database.js';

/** Adds an item after every other, so it is last among its siblings. */
export async function insertStrategyItem(db: Kysely<Database>, item: StrategyItem): Promise<void> {
  const last = await db
    .selectFrom('strategy_item')
    .select((eb) => eb.fn.max('position').as('position'))
    .executeTakeFirst();
  await db
    .insertInto('strategy_item')
    .values({
      id: item.id,
      kind: item.kind,
      title: item.title,
      description: item.description,
      parent_id: item.parentId,
      owner_id: item.ownerId,
      org_unit_id: item.orgUnitId,
      start_date: item.startDate,
      end_date: item.endDate,
      rollup_rule: item.rollupRule,
      weight: item.weight,
      position: Number(last?.position ?? 0) + 1,
    })
    .execute();
}

/** Rewrites an item's own fields; its id, kind and place among its siblings stay. */
export async function updateStrategyItem(db: Kysely<Database>, item: StrategyItem): Promise<void> {
  await db
    .updateTable('strategy_item')
    .set({
      title: item.title,
      description: item.description,
      parent_id: item.parentId,
      owner_id: item.ownerId,
      org_unit_id: item.orgUnitId,
      start_date: item.startDate,
      end_date: item.endDate,
      rollup_rule: item.rollupRule,
      weight: item.weight,
    })
    .where('id', '=', item.id)
    .execute();
}

export async function retireStrategyItem(
  db: Kysely<Database>,
  id: string,
  at: string,
  reason: string,
): Promise<void> {
  await db
    .updateTable('strategy_item')
    .set({ state: 'retired', retired_at: at, retired_reason: reason })
    .where('id', '=', id)
    .execute();
}

/** How many measures in use evidence each item: a retired item's measures are told about, not lost. */
export async function measuresLinkedTo(db: Kysely<Database>, id: string): Promise<string[]> {
  const rows = await db
    .selectFrom('measure_strategy_link as l')
    .innerJoin('measure as m', 'm.id', 'l.measure_id')
    .select('m.id')
    .where('l.strategy_item_id', '=', id)
    .where('m.state', '=', 'active')
    .orderBy('m.id')
    .execute();
  return rows.map((r) => r.id);
}
