/** The strategy tree, from the Corporate Plan to individual objectives. */
import type { Kysely, Selectable } from 'kysely';
import type { RollupRule, StrategyItem, StrategyKind } from '../domain/strategy.js';
import type { Database, StrategyItemTable } from './database.js';

/** A strategy item as the catalogue's administration sees it: retired ones too, with why. */
export interface AdministeredStrategyItem extends StrategyItem {
  state: 'active' | 'retired';
  retiredAt: string | null;
  retiredReason: string | null;
}

function rowToItem(r: Selectable<StrategyItemTable>): StrategyItem {
  return {
    id: r.id,
    kind: r.kind as StrategyKind,
    title: r.title,
    description: r.description,
    parentId: r.parent_id,
    ownerId: r.owner_id,
    orgUnitId: r.org_unit_id,
    startDate: r.start_date,
    endDate: r.end_date,
    rollupRule: r.rollup_rule as RollupRule,
    weight: r.weight,
  };
}

/**
 * Every strategy item in use, parents before children and siblings in their set order. Retired
 * items are left out: they are no longer part of the thread anyone reports on.
 */
export async function listStrategyItems(db: Kysely<Database>): Promise<StrategyItem[]> {
  const rows = await db
    .selectFrom('strategy_item')
    .selectAll()
    .where('state', '=', 'active')
    .orderBy('position')
    .orderBy('id')
    .execute();
  return rows.map(rowToItem);
}

/** Every strategy item, retired ones too, in the same order. */
export async function listAdministeredStrategyItems(
  db: Kysely<Database>,
): Promise<AdministeredStrategyItem[]> {
  const rows = await db.selectFrom('strategy_item').selectAll().orderBy('position').orderBy('id').execute();
  return rows.map((r) => ({
    ...rowToItem(r),
    state: r.state === 'retired' ? 'retired' : 'active',
    retiredAt: r.retired_at,
    retiredReason: r.retired_reason,
  }));
}
