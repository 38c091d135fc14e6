/** The strategy tree, from the Corporate Plan to individual objectives. */
import type { Kysely } from 'kysely';
import type { RollupRule, StrategyItem, StrategyKind } from '../domain/strategy.js';
import type { Database } from './database.js';

/** Every strategy item, parents before children and siblings in their set order. */
export async function listStrategyItems(db: Kysely<Database>): Promise<StrategyItem[]> {
  const rows = await db.selectFrom('strategy_item').selectAll().orderBy('position').orderBy('id').execute();
  return rows.map((r) => ({
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
  }));
}
