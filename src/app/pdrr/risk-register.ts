/**
 * The risk register: each risk scored before and after controls and put in the council's bands,
 * the heat map (counts per cell of the 5 × 5 matrix) and the risks overdue for review. The reports
 * read `riskRegister`.
 */
import { UserError } from '../../domain/errors.js';
import {
  heatMap,
  riskProblems,
  scoreRisk,
  type RiskBand,
  type ScoredRisk,
} from '../../domain/pdrr/risk-bands.js';
import type { Store } from '../../store/connect.js';
import { listOrgUnits, listPeople } from '../../store/organisation.js';
import { riskBands } from '../../store/pdrr-settings.js';
import { listRegisterRisks, saveRisk, type RegisterRisk } from '../../store/risk-register.js';
import { listStrategyItems } from '../../store/strategy.js';
import { nextId } from './ids.js';

export interface RegisterEntry extends ScoredRisk {
  risk: RegisterRisk;
  ownerName: string | null;
}

export interface RiskRegister {
  bands: readonly RiskBand[];
  risks: RegisterEntry[];
  /** Open risks per cell, `[likelihood - 1][impact - 1]`. */
  heatMap: { inherent: number[][]; residual: number[][] };
  overdueReviews: string[];
}

/** The register, worst residual score first; `include` narrows it (to a reader's scope). */
export async function riskRegister(
  store: Store,
  today: string,
  include: (risk: RegisterRisk) => boolean = () => true,
): Promise<RiskRegister> {
  const [all, bands, people] = await Promise.all([
    listRegisterRisks(store.db),
    riskBands(store.db),
    listPeople(store.db),
  ]);
  const risks = all.filter(include);
  const nameOf = new Map(people.map((p) => [p.id, p.name]));
  const entries = risks
    .map((risk) => ({
      risk,
      ownerName: risk.ownerId === null ? null : (nameOf.get(risk.ownerId) ?? null),
      ...scoreRisk(risk, today, bands),
    }))
    .sort((a, b) => b.residualScore - a.residualScore || a.risk.id.localeCompare(b.risk.id));
  return {
    bands,
    risks: entries,
    heatMap: { inherent: heatMap(risks, 'inherent'), residual: heatMap(risks, 'residual') },
    overdueReviews: entries.filter((e) => e.reviewOverdue).map((e) => e.risk.id),
  };
}

export type RiskInput = Omit<RegisterRisk, 'id'> & { id?: string | undefined };

const invalid = (message: string) => new UserError('invalid-input', message);

async function checkRisk(store: Store, r: RiskInput): Promise<void> {
  const problems = riskProblems(r);
  if (problems.length > 0) throw invalid(problems[0]!);
  const [people, items, units] = await Promise.all([
    listPeople(store.db),
    listStrategyItems(store.db),
    listOrgUnits(store.db),
  ]);
  if (r.ownerId !== null && !people.some((p) => p.id === r.ownerId))
    throw invalid(`ownerId: there is no person with id "${r.ownerId}"`);
  for (const id of r.strategyItemIds)
    if (!items.some((i) => i.id === id))
      throw invalid(`strategyItemIds: there is no strategy item with id "${id}"`);
  if (r.orgUnitId !== null && !units.some((u) => u.id === r.orgUnitId))
    throw invalid(`orgUnitId: there is no organisation unit with id "${r.orgUnitId}"`);
}

export async function createRisk(store: Store, input: RiskInput): Promise<RegisterRisk> {
  await checkRisk(store, input);
  const existing = await listRegisterRisks(store.db);
  if (input.id !== undefined && existing.some((r) => r.id === input.id))
    throw new UserError('conflict', `id: a risk "${input.id}" already exists`);
  const risk: RegisterRisk = {
    ...input,
    id:
      input.id ??
      nextId(
        existing.map((r) => r.id),
        'CR',
      ),
  };
  await store.db.transaction().execute((trx) => saveRisk(trx, risk, true));
  return risk;
}

export async function reviseRisk(store: Store, id: string, patch: Partial<RiskInput>): Promise<RegisterRisk> {
  const current = (await listRegisterRisks(store.db)).find((r) => r.id === id);
  if (!current) throw new UserError('not-found', `There is no risk with id "${id}"`);
  const defined = Object.fromEntries(Object.entries(patch).filter(([k, v]) => v !== undefined && k !== 'id'));
  const risk: RegisterRisk = { ...current, ...defined };
  await checkRisk(store, risk);
  await store.db.transaction().execute((trx) => saveRisk(trx, risk, false));
  return risk;
}
