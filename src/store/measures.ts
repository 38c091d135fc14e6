/** Measures: the catalogue, their links to the strategy tree, retirement and (refused) deletion. */
import type { Kysely, Selectable } from 'kysely';
import { UserError } from '../domain/errors.js';
import type {
  Aggregation,
  Frequency,
  Measure,
  MeasureCategory,
  MeasureState,
  Polarity,
  ToleranceKind,
  Unit,
  YearKind,
} from '../domain/measure.js';
import type { Database, MeasureTable } from './database.js';
import { flag, toFlag } from './dialect.js';

export function measureToRow(m: Measure, createdAt: string): MeasureTable {
  return {
    id: m.id,
    title: m.title,
    definition: m.methodology.definition,
    numerator_definition: m.methodology.numerator,
    denominator_definition: m.methodology.denominator,
    source_system: m.methodology.sourceSystem,
    calculation: m.methodology.calculation,
    caveats: m.methodology.caveats,
    unit: m.unit,
    rate_per: m.ratePer,
    polarity: m.polarity,
    frequency: m.frequency,
    year_kind: m.yearKind,
    aggregation: m.aggregation,
    decimals: m.decimals,
    category: m.category,
    national_reference: m.nationalReference,
    owner_id: m.ownerId,
    org_unit_id: m.orgUnitId,
    by_ward: toFlag(m.byWard),
    comparator_group_id: m.comparatorGroupId,
    formula: m.formula,
    tolerance: m.tolerance,
    tolerance_kind: m.toleranceKind,
    due_lag_days: m.dueLagDays,
    is_public: toFlag(m.isPublic),
    state: m.state,
    retired_at: null,
    retired_reason: null,
    created_at: createdAt,
  };
}

function rowToMeasure(row: Selectable<MeasureTable>, strategyItemIds: string[]): Measure {
  return {
    id: row.id,
    title: row.title,
    methodology: {
      definition: row.definition,
      numerator: row.numerator_definition,
      denominator: row.denominator_definition,
      sourceSystem: row.source_system,
      calculation: row.calculation,
      caveats: row.caveats,
    },
    unit: row.unit as Unit,
    ratePer: row.rate_per,
    polarity: row.polarity as Polarity,
    frequency: row.frequency as Frequency,
    yearKind: row.year_kind as YearKind,
    aggregation: row.aggregation as Aggregation,
    decimals: row.decimals,
    category: row.category as MeasureCategory,
    nationalReference: row.national_reference,
    ownerId: row.owner_id,
    orgUnitId: row.org_unit_id,
    byWard: flag(row.by_ward),
    comparatorGroupId: row.comparator_group_id,
    formula: row.formula,
    tolerance: row.tolerance,
    toleranceKind: row.tolerance_kind as ToleranceKind,
    dueLagDays: row.due_lag_days,
    isPublic: flag(row.is_public),
    state: row.state as MeasureState,
    strategyItemIds,
  };
}

export interface MeasureFilter {
  category?: MeasureCategory | undefined;
  strategyItemId?: string | undefined;
  includeRetired?: boolean | undefined;
}

export async function listMeasures(db: Kysely<Database>, filter: MeasureFilter = {}): Promise<Measure[]> {
  let query = db.selectFrom('measure').selectAll('measure').orderBy('measure.id');
  if (filter.category) query = query.where('measure.category', '=', filter.category);
  if (!filter.includeRetired) query = query.where('measure.state', '=', 'active');
  if (filter.strategyItemId) {
    const itemId = filter.strategyItemId;
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom('measure_strategy_link as l')
          .select('l.measure_id')
          .whereRef('l.measure_id', '=', 'measure.id')
          .where('l.strategy_item_id', '=', itemId),
      ),
    );
  }
  const [rows, links] = await Promise.all([
    query.execute(),
    db.selectFrom('measure_strategy_link').selectAll().orderBy('strategy_item_id').execute(),
  ]);
  const linksByMeasure = new Map<string, string[]>();
  for (const link of links) {
    const list = linksByMeasure.get(link.measure_id) ?? [];
    list.push(link.strategy_item_id);
    linksByMeasure.set(link.measure_id, list);
  }
  return rows.map((row) => rowToMeasure(row, linksByMeasure.get(row.id) ?? []));
}

export async function getMeasure(db: Kysely<Database>, id: string): Promise<Measure | null> {
  const row = await db.selectFrom('measure').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) return null;
  const links = await db
    .selectFrom('measure_strategy_link')
    .select('strategy_item_id')
    .where('measure_id', '=', id)
    .orderBy('strategy_item_id')
    .execute();
  return rowToMeasure(
    row,
    links.map((l) => l.strategy_item_id),
  );
}

async function requireMeasure(db: Kysely<Database>, id: string): Promise<void> {
  const found = await db.selectFrom('measure').select('id').where('id', '=', id).executeTakeFirst();
  if (!found) throw new UserError('not-found', `There is no measure with code "${id}"`);
}

/** Retires a measure: it keeps its history but is no longer reported. */
export async function retireMeasure(
  db: Kysely<Database>,
  id: string,
  at: string,
  reason: string,
): Promise<void> {
  await requireMeasure(db, id);
  await db
    .updateTable('measure')
    .set({ state: 'retired', retired_at: at, retired_reason: reason })
    .where('id', '=', id)
    .execute();
}

/**
 * Deletes a measure that has no history. One with figures, targets or commentary must be retired
 * instead, so that nothing recorded is ever lost.
 */
export async function deleteMeasure(db: Kysely<Database>, id: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await requireMeasure(trx, id);
    for (const [table, what] of [
      ['value_version', 'figures'],
      ['target_version', 'targets'],
      ['commentary_version', 'commentary'],
    ] as const) {
      const found = await trx.selectFrom(table).select('id').where('measure_id', '=', id).executeTakeFirst();
      if (found) {
        throw new UserError(
          'refused',
          `Measure "${id}" has ${what}, so it cannot be deleted: retire it instead (its history is kept)`,
        );
      }
    }
    await trx.deleteFrom('measure').where('id', '=', id).execute();
  });
}
