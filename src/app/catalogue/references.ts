/**
 * Checks that what a measure or strategy item points at exists: its owner, its unit, its
 * comparator group, the strategy items it evidences and the measures its formula reads.
 * Each problem names the field and the value that was not found.
 */
import type { Kysely } from 'kysely';
import { checkFormula, formulaReferences, parseFormula } from '../../domain/formula/index.js';
import type { Measure } from '../../domain/measure.js';
import type { Database } from '../../store/database.js';

async function exists(db: Kysely<Database>, table: 'person' | 'org_unit' | 'area_group', id: string) {
  const row = await db.selectFrom(table).select('id').where('id', '=', id).executeTakeFirst();
  return row !== undefined;
}

export async function ownerAndUnitProblems(
  db: Kysely<Database>,
  item: { ownerId: string | null; orgUnitId: string | null },
): Promise<string[]> {
  const problems: string[] = [];
  if (item.ownerId !== null && !(await exists(db, 'person', item.ownerId)))
    problems.push(`ownerId: there is no person with id "${item.ownerId}"`);
  if (item.orgUnitId !== null && !(await exists(db, 'org_unit', item.orgUnitId)))
    problems.push(`orgUnitId: there is no organisation unit with id "${item.orgUnitId}"`);
  return problems;
}

/**
 * `kept` are the strategy items the measure already evidences: a link to an item since retired
 * stays until someone removes it, and does not block other changes to the measure.
 */
export async function measureReferenceProblems(
  db: Kysely<Database>,
  m: Measure,
  kept: readonly string[] = [],
): Promise<string[]> {
  const problems = await ownerAndUnitProblems(db, m);
  if (m.comparatorGroupId !== null && !(await exists(db, 'area_group', m.comparatorGroupId)))
    problems.push(`comparatorGroupId: there is no comparator group with id "${m.comparatorGroupId}"`);
  const added = m.strategyItemIds.filter((id) => !kept.includes(id));
  if (added.length > 0) {
    const found = await db
      .selectFrom('strategy_item')
      .select('id')
      .where('id', 'in', added)
      .where('state', '=', 'active')
      .execute();
    const known = new Set(found.map((r) => r.id));
    const missing = added.filter((id) => !known.has(id));
    if (missing.length > 0)
      problems.push(
        `strategyItemIds: there is no strategy item in use with id ${missing.map((id) => `"${id}"`).join(', ')}`,
      );
  }
  if (m.formula !== null) problems.push(...(await formulaProblems(db, m.id, m.formula)));
  return problems;
}

async function formulaProblems(db: Kysely<Database>, self: string, text: string): Promise<string[]> {
  const parsed = parseFormula(text);
  if (!parsed.ok) return [`formula: ${parsed.errors.map((e) => e.message).join('; ')}`];
  if (formulaReferences(parsed.formula).includes(self))
    return [`formula: ${self} cannot be calculated from itself`];
  const codes = (await db.selectFrom('measure').select('id').execute()).map((r) => r.id);
  const errors = checkFormula(parsed.formula, codes);
  return errors.length > 0 ? [`formula: ${errors.map((e) => e.message).join('; ')}`] : [];
}
