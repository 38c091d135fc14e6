/** Key actions with their milestones and links, and the risk register. */
import type { Kysely } from 'kysely';
import type { Action, ActionStatus } from '../domain/action.js';
import type { Risk, RiskStatus } from '../domain/risk.js';
import type { Database } from './database.js';

function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    const list = map.get(key(row)) ?? [];
    list.push(row);
    map.set(key(row), list);
  }
  return map;
}

export async function listActions(db: Kysely<Database>): Promise<Action[]> {
  const [rows, milestones, items, measures] = await Promise.all([
    db.selectFrom('action').selectAll().orderBy('id').execute(),
    db.selectFrom('action_milestone').selectAll().orderBy('action_id').orderBy('position').execute(),
    db.selectFrom('action_strategy_link').selectAll().orderBy('strategy_item_id').execute(),
    db.selectFrom('action_measure_link').selectAll().orderBy('measure_id').execute(),
  ]);
  const milestonesOf = groupBy(milestones, (m) => m.action_id);
  const itemsOf = groupBy(items, (l) => l.action_id);
  const measuresOf = groupBy(measures, (l) => l.action_id);
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    responsibleOfficer: r.responsible_officer,
    responsiblePersonId: r.responsible_person_id,
    anticipatedOutcome: r.anticipated_outcome,
    proposedStartDate: r.proposed_start_date,
    proposedEndDate: r.proposed_end_date,
    othersInvolved: r.others_involved,
    status: r.status as ActionStatus,
    percentComplete: r.percent_complete,
    progressNote: r.progress_note,
    milestones: (milestonesOf.get(r.id) ?? []).map((m) => ({
      title: m.title,
      dueDate: m.due_date,
      completedDate: m.completed_date,
    })),
    strategyItemIds: (itemsOf.get(r.id) ?? []).map((l) => l.strategy_item_id),
    measureIds: (measuresOf.get(r.id) ?? []).map((l) => l.measure_id),
  }));
}

export async function listRisks(db: Kysely<Database>): Promise<Risk[]> {
  const [rows, links] = await Promise.all([
    db.selectFrom('risk').selectAll().orderBy('id').execute(),
    db.selectFrom('risk_strategy_link').selectAll().orderBy('strategy_item_id').execute(),
  ]);
  const linksOf = groupBy(links, (l) => l.risk_id);
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    description: r.description,
    ownerId: r.owner_id,
    inherentLikelihood: r.inherent_likelihood,
    inherentImpact: r.inherent_impact,
    residualLikelihood: r.residual_likelihood,
    residualImpact: r.residual_impact,
    controls: r.controls,
    reviewDate: r.review_date,
    status: r.status as RiskStatus,
    strategyItemIds: (linksOf.get(r.id) ?? []).map((l) => l.strategy_item_id),
  }));
}
