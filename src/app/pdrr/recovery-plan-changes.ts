/**
 * Opening, revising, escalating and closing recovery plans. Escalation is worked out from the
 * figures and today's date by the domain rule and recorded as an event, one level at a time.
 */
import { UserError } from '../../domain/errors.js';
import { periodKindOf } from '../../domain/engine/index.js';
import type { Measure } from '../../domain/measure.js';
import { formatPeriod, parsePeriod, periodOfDate, previousPeriod } from '../../domain/period.js';
import { levelOfUnit } from '../../domain/pdrr/levels.js';
import {
  closingProblem,
  escalationDue,
  type Escalation,
  type RecoveryPlan,
} from '../../domain/pdrr/recovery-plan.js';
import { trajectoryProblems, type TrajectoryPoint } from '../../domain/pdrr/trajectory.js';
import type { Store } from '../../store/connect.js';
import { actionExists } from '../../store/key-actions.js';
import { getMeasure } from '../../store/measures.js';
import { listOrgUnits, listPeople } from '../../store/organisation.js';
import {
  getRecoveryPlan,
  listRecoveryPlans,
  recordEscalation,
  saveRecoveryPlan,
} from '../../store/recovery-plans.js';
import { nextId, type Change } from './ids.js';
import { recoveryPlansForPeriod, recoveryRequirements } from './recovery-plans.js';

export interface RecoveryPlanInput {
  id?: string | undefined;
  measureId: string;
  title?: string | undefined;
  ownerId: string | null;
  causeAnalysis: string;
  reviewDate: string;
  actionIds: string[];
  trajectory: TrajectoryPoint[];
  /** The date the plan was opened; today by default. */
  openedOn?: string | undefined;
}

export type RecoveryPlanPatch = Partial<
  Pick<RecoveryPlanInput, 'title' | 'ownerId' | 'causeAnalysis' | 'reviewDate' | 'actionIds' | 'trajectory'>
>;

const invalid = (message: string) => new UserError('invalid-input', message);

async function checkParts(
  store: Store,
  measure: Measure,
  parts: { ownerId?: string | null; actionIds?: string[]; trajectory?: TrajectoryPoint[] },
): Promise<void> {
  const problems = parts.trajectory ? trajectoryProblems(parts.trajectory) : [];
  if (problems.length > 0) throw invalid(problems[0]!);
  // A path in quarters for a monthly measure would never meet a figure to check against.
  const kind = periodKindOf(measure);
  for (const [i, point] of (parts.trajectory ?? []).entries()) {
    const parsed = parsePeriod(point.period);
    if (parsed.ok && parsed.period.kind !== kind)
      throw invalid(
        `trajectory.${i}.period: ${measure.id} is reported by ${kind.replace('-', ' ')}, so its trajectory must be too`,
      );
  }
  if (parts.ownerId !== undefined && parts.ownerId !== null) {
    const people = await listPeople(store.db);
    if (!people.some((p) => p.id === parts.ownerId))
      throw invalid(`ownerId: there is no person with id "${parts.ownerId}"`);
  }
  for (const id of parts.actionIds ?? [])
    if (!(await actionExists(store.db, id)))
      throw invalid(`actionIds: there is no key action with id "${id}"`);
}

export async function openRecoveryPlan(
  store: Store,
  input: RecoveryPlanInput,
  change: Change,
): Promise<RecoveryPlan> {
  const today = change.at.slice(0, 10);
  const measure = await getMeasure(store.db, input.measureId);
  if (!measure) throw invalid(`measureId: there is no measure with code "${input.measureId}"`);
  const openedOn = input.openedOn ?? today;
  if (input.reviewDate < openedOn)
    throw invalid('reviewDate: must be on or after the date the plan is opened');
  await checkParts(store, measure, input);
  const plans = await listRecoveryPlans(store.db);
  if (input.id !== undefined && plans.some((p) => p.id === input.id))
    throw new UserError('conflict', `id: a recovery plan "${input.id}" already exists`);
  const open = plans.find((p) => p.measureId === measure.id && p.status === 'open');
  if (open)
    throw new UserError(
      'conflict',
      `${measure.id} already has an open recovery plan, ${open.id}: revise that one`,
    );
  // Why it is required, as the figures stood when it was opened: judged as at the month before.
  const asAt = formatPeriod(previousPeriod(periodOfDate('month', openedOn)));
  const [required] = await recoveryRequirements(store, { asAt, today: openedOn, measures: [measure] });
  const units = await listOrgUnits(store.db);
  const unit = units.find((u) => u.id === measure.orgUnitId);
  const plan: RecoveryPlan = {
    id:
      input.id ??
      nextId(
        plans.map((p) => p.id),
        'RP',
      ),
    measureId: measure.id,
    title: input.title ?? `Recovery plan: ${measure.title}`,
    ownerId: input.ownerId ?? measure.ownerId,
    causeAnalysis: input.causeAnalysis,
    triggers: required?.requirement.reasons ?? [],
    openedOn,
    reviewDate: input.reviewDate,
    startLevel: unit ? levelOfUnit(unit.kind) : 'service',
    status: 'open',
    closedOn: null,
    lessonsLearned: null,
    actionIds: input.actionIds,
    trajectory: input.trajectory,
    escalations: [],
  };
  await store.db.transaction().execute((trx) => saveRecoveryPlan(trx, plan, change, true));
  return (await getRecoveryPlan(store.db, plan.id))!;
}

async function openPlan(store: Store, id: string): Promise<RecoveryPlan> {
  const plan = await getRecoveryPlan(store.db, id);
  if (!plan) throw new UserError('not-found', `There is no recovery plan with id "${id}"`);
  if (plan.status === 'closed')
    throw new UserError('conflict', `Recovery plan ${id} is closed: open a new one`);
  return plan;
}

export async function reviseRecoveryPlan(
  store: Store,
  id: string,
  patch: RecoveryPlanPatch,
  change: Change,
): Promise<RecoveryPlan> {
  const plan = await openPlan(store, id);
  const measure = await getMeasure(store.db, plan.measureId);
  if (!measure) throw new UserError('not-found', `The measure of recovery plan ${id} no longer exists`);
  await checkParts(store, measure, patch);
  const revised: RecoveryPlan = {
    ...plan,
    ...Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)),
  };
  if (revised.reviewDate < revised.openedOn)
    throw invalid('reviewDate: must be on or after the date the plan was opened');
  await store.db.transaction().execute((trx) => saveRecoveryPlan(trx, revised, change, false));
  return (await getRecoveryPlan(store.db, id))!;
}

export async function closeRecoveryPlan(
  store: Store,
  id: string,
  closing: { lessonsLearned: string; closedOn?: string | undefined },
  change: Change,
): Promise<RecoveryPlan> {
  const plan = await openPlan(store, id);
  const problem = closingProblem(closing.lessonsLearned);
  if (problem) throw invalid(problem);
  const closedOn = closing.closedOn ?? change.at.slice(0, 10);
  if (closedOn < plan.openedOn) throw invalid('closedOn: must be on or after the date the plan was opened');
  const closed: RecoveryPlan = {
    ...plan,
    status: 'closed',
    closedOn,
    lessonsLearned: closing.lessonsLearned,
  };
  await store.db.transaction().execute((trx) => saveRecoveryPlan(trx, closed, change, false));
  return (await getRecoveryPlan(store.db, id))!;
}

/**
 * Records the escalations now due, one level for each plan that missed its trajectory or review
 * date since it was last escalated. Running it again the same day records nothing more. `asAt`
 * judges only the figures reported by then (for a check run as of a past date).
 */
export async function escalateDuePlans(
  store: Store,
  today: string,
  by: string,
  options: { planIds?: readonly string[]; asAt?: string } = {},
): Promise<{ planId: string; escalation: Escalation }[]> {
  const reports = await recoveryPlansForPeriod(store, options.asAt, today, {
    ...(options.planIds ? { planIds: options.planIds } : {}),
  });
  const recorded: { planId: string; escalation: Escalation }[] = [];
  for (const r of reports) {
    if (r.plan.openedOn > today) continue;
    const due = escalationDue(r.plan, r.checks, today);
    if (!due) continue;
    const escalation: Escalation = { ...due, escalatedOn: today, recordedBy: by };
    await recordEscalation(store.db, r.plan.id, escalation);
    recorded.push({ planId: r.plan.id, escalation });
  }
  return recorded;
}
