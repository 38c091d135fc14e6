/** The risk register as the Plan–Do–Review–Revise screens change it: each risk with its owning unit. */
import type { Kysely } from 'kysely';
import type { Risk } from '../domain/risk.js';
import type { Database } from './database.js';
import { listRisks } from './actions.js';

export interface RegisterRisk extends Risk {
  orgUnitId: string | null;
}

export async function listRegisterRisks(db: Kysely<Database>): Promise<RegisterRisk[]> {
  const [risks, units] = await Promise.all([
    listRisks(db),
    db.selectFrom('risk').select(['id', 'org_unit_id']).execute(),
  ]);
  const unitOf = new Map(units.map((u) => [u.id, u.org_unit_id]));
  return risks.map((r) => ({ ...r, orgUnitId: unitOf.get(r.id) ?? null }));
}

export async function riskExists(db: Kysely<Database>, id: string): Promise<boolean> {
  return (await db.selectFrom('risk').select('id').where('id', '=', id).executeTakeFirst()) !== undefined;
}

function columns(r: RegisterRisk) {
  return {
    title: r.title,
    description: r.description,
    owner_id: r.ownerId,
    inherent_likelihood: r.inherentLikelihood,
    inherent_impact: r.inherentImpact,
    residual_likelihood: r.residualLikelihood,
    residual_impact: r.residualImpact,
    controls: r.controls,
    review_date: r.reviewDate,
    status: r.status,
    org_unit_id: r.orgUnitId,
  };
}

/** Writes a risk and its links to strategy items, new or replacing. */
export async function saveRisk(db: Kysely<Database>, r: RegisterRisk, isNew: boolean): Promise<void> {
  if (isNew)
    await db
      .insertInto('risk')
      .values({ id: r.id, ...columns(r) })
      .execute();
  else await db.updateTable('risk').set(columns(r)).where('id', '=', r.id).execute();
  await db.deleteFrom('risk_strategy_link').where('risk_id', '=', r.id).execute();
  if (r.strategyItemIds.length > 0)
    await db
      .insertInto('risk_strategy_link')
      .values([...new Set(r.strategyItemIds)].map((id) => ({ risk_id: r.id, strategy_item_id: id })))
      .execute();
}

export async function setRiskUnits(db: Kysely<Database>, units: ReadonlyMap<string, string>): Promise<void> {
  for (const [id, unit] of units)
    await db.updateTable('risk').set({ org_unit_id: unit }).where('id', '=', id).execute();
}
