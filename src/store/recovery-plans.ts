/** Recovery plans with their actions, trajectory and escalations (escalations are append-only). */
import type { Kysely } from 'kysely';
import type { ReportingLevel } from '../domain/pdrr/levels.js';
import type {
  Escalation,
  EscalationReason,
  RecoveryPlan,
  RecoveryPlanStatus,
} from '../domain/pdrr/recovery-plan.js';
import type { Database } from './database.js';

function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) map.set(key(row), [...(map.get(key(row)) ?? []), row]);
  return map;
}

export async function listRecoveryPlans(
  db: Kysely<Database>,
  filter: { measureId?: string; id?: string } = {},
): Promise<RecoveryPlan[]> {
  let plans = db.selectFrom('recovery_plan').selectAll().orderBy('opened_on').orderBy('id');
  if (filter.measureId !== undefined) plans = plans.where('measure_id', '=', filter.measureId);
  if (filter.id !== undefined) plans = plans.where('id', '=', filter.id);
  const rows = await plans.execute();
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const [actions, points, escalations] = await Promise.all([
    db
      .selectFrom('recovery_plan_action')
      .selectAll()
      .where('plan_id', 'in', ids)
      .orderBy('action_id')
      .execute(),
    db.selectFrom('recovery_plan_trajectory').selectAll().where('plan_id', 'in', ids).execute(),
    db.selectFrom('recovery_plan_escalation').selectAll().where('plan_id', 'in', ids).orderBy('id').execute(),
  ]);
  const actionsOf = groupBy(actions, (a) => a.plan_id);
  const pointsOf = groupBy(points, (p) => p.plan_id);
  const escalationsOf = groupBy(escalations, (e) => e.plan_id);
  return rows.map((r) => ({
    id: r.id,
    measureId: r.measure_id,
    title: r.title,
    ownerId: r.owner_id,
    causeAnalysis: r.cause_analysis,
    triggers: JSON.parse(r.triggers) as string[],
    openedOn: r.opened_on,
    reviewDate: r.review_date,
    startLevel: r.start_level as ReportingLevel,
    status: r.status as RecoveryPlanStatus,
    closedOn: r.closed_on,
    lessonsLearned: r.lessons_learned,
    actionIds: (actionsOf.get(r.id) ?? []).map((a) => a.action_id),
    trajectory: (pointsOf.get(r.id) ?? []).map((p) => ({ period: p.period, expected: Number(p.expected) })),
    escalations: (escalationsOf.get(r.id) ?? []).map((e): Escalation => ({
      fromLevel: e.from_level as ReportingLevel,
      toLevel: e.to_level as ReportingLevel,
      reasons: JSON.parse(e.reasons) as EscalationReason[],
      missedPeriod: e.missed_period,
      missedReviewDate: e.missed_review_date,
      detail: e.detail,
      escalatedOn: e.escalated_on,
      recordedBy: e.recorded_by,
    })),
  }));
}

export async function getRecoveryPlan(db: Kysely<Database>, id: string): Promise<RecoveryPlan | null> {
  return (await listRecoveryPlans(db, { id }))[0] ?? null;
}

interface Changed {
  by: string;
  at: string;
}

/** Writes a plan's own columns, actions and trajectory (new or replacing); never its escalations. */
export async function saveRecoveryPlan(
  db: Kysely<Database>,
  plan: Omit<RecoveryPlan, 'escalations'>,
  changed: Changed,
  isNew: boolean,
): Promise<void> {
  const columns = {
    measure_id: plan.measureId,
    title: plan.title,
    owner_id: plan.ownerId,
    cause_analysis: plan.causeAnalysis,
    triggers: JSON.stringify(plan.triggers),
    opened_on: plan.openedOn,
    review_date: plan.reviewDate,
    start_level: plan.startLevel,
    status: plan.status,
    closed_on: plan.closedOn,
    lessons_learned: plan.lessonsLearned,
    changed_by: changed.by,
    changed_at: changed.at,
  };
  if (isNew)
    await db
      .insertInto('recovery_plan')
      .values({ id: plan.id, ...columns })
      .execute();
  else await db.updateTable('recovery_plan').set(columns).where('id', '=', plan.id).execute();
  await db.deleteFrom('recovery_plan_action').where('plan_id', '=', plan.id).execute();
  await db.deleteFrom('recovery_plan_trajectory').where('plan_id', '=', plan.id).execute();
  if (plan.actionIds.length > 0)
    await db
      .insertInto('recovery_plan_action')
      .values([...new Set(plan.actionIds)].map((action_id) => ({ plan_id: plan.id, action_id })))
      .execute();
  if (plan.trajectory.length > 0)
    await db
      .insertInto('recovery_plan_trajectory')
      .values(plan.trajectory.map((p) => ({ plan_id: plan.id, period: p.period, expected: p.expected })))
      .execute();
}

export async function recordEscalation(db: Kysely<Database>, planId: string, e: Escalation): Promise<void> {
  await db
    .insertInto('recovery_plan_escalation')
    .values({
      plan_id: planId,
      from_level: e.fromLevel,
      to_level: e.toLevel,
      reasons: JSON.stringify(e.reasons),
      missed_period: e.missedPeriod,
      missed_review_date: e.missedReviewDate,
      detail: e.detail,
      escalated_on: e.escalatedOn,
      recorded_by: e.recordedBy,
    })
    .execute();
}

export async function recoveryPlanExists(db: Kysely<Database>, id: string): Promise<boolean> {
  return (
    (await db.selectFrom('recovery_plan').select('id').where('id', '=', id).executeTakeFirst()) !== undefined
  );
}
