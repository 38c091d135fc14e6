/**
 * Recovery plans: which measures require one as at a period, which of those have none, each plan
 * checked against its trajectory with its actions, and escalation when a trajectory or review date
 * is missed. The reports read `recoveryPlansForPeriod` and `requiredButMissing`.
 */
import { parsePeriod, periodEndDate } from '../../domain/period.js';
import type { Measure } from '../../domain/measure.js';
import { viewAction, type ActionView } from '../../domain/pdrr/action-progress.js';
import {
  recoveryPlanHealth,
  type RecoveryPlan,
  type RecoveryPlanHealth,
} from '../../domain/pdrr/recovery-plan.js';
import { recoveryRequirement, type RecoveryRequirement } from '../../domain/pdrr/recovery-rule.js';
import { checkTrajectory, type TrajectoryCheck } from '../../domain/pdrr/trajectory.js';
import type { Store } from '../../store/connect.js';
import { listActionProgress, listKeyActions } from '../../store/key-actions.js';
import { listMeasures } from '../../store/measures.js';
import { listPeople } from '../../store/organisation.js';
import { recoverySettings } from '../../store/pdrr-settings.js';
import { listRecoveryPlans } from '../../store/recovery-plans.js';
import { getSetting, AUTHORITY_CODE } from '../../store/settings.js';
import { approvedValues } from '../../store/signoff.js';
import { currentValues } from '../../store/values.js';
import { judgeMeasures, type JudgedMeasure } from './evidence.js';

export interface RequirementOptions {
  asAt?: string | undefined;
  today: string;
  /** Judge approved figures only, as a Cabinet paper does (default false: figures as entered). */
  approvedOnly?: boolean;
  /** Only these measures (default: every active measure). */
  measures?: readonly Measure[];
  /** Write each status's words (slower; for packs). */
  words?: boolean;
}

export interface RecoveryRequirementRow {
  measure: Measure;
  period: string | null;
  requirement: RecoveryRequirement;
  /** The open plan for the measure, if there is one. */
  openPlanId: string | null;
  judged: JudgedMeasure;
}

/** Every measure judged by the recovery-plan rule as at a period, with its open plan if any. */
export async function recoveryRequirements(
  store: Store,
  options: RequirementOptions,
): Promise<RecoveryRequirementRow[]> {
  const [settings, plans] = await Promise.all([recoverySettings(store.db), listRecoveryPlans(store.db)]);
  const measures = options.measures ?? (await listMeasures(store.db));
  const judged = await judgeMeasures(store, measures, {
    asAt: options.asAt,
    today: options.today,
    approvedOnly: options.approvedOnly ?? false,
    periods: settings.periods,
    words: options.words ?? false,
  });
  const openPlan = new Map(plans.filter((p) => p.status === 'open').map((p) => [p.measureId, p.id]));
  return judged.map((j) => ({
    measure: j.measure,
    period: j.evidence.period,
    requirement: recoveryRequirement(j.evidence, settings),
    openPlanId: openPlan.get(j.measure.id) ?? null,
    judged: j,
  }));
}

/** Measures that require a recovery plan and have no open one: "required but missing". */
export async function requiredButMissing(
  store: Store,
  options: RequirementOptions,
): Promise<RecoveryRequirementRow[]> {
  return (await recoveryRequirements(store, options)).filter(
    (r) => r.requirement.required && r.openPlanId === null,
  );
}

export interface RecoveryPlanReport {
  plan: RecoveryPlan;
  measure: Measure;
  ownerName: string | null;
  checks: TrajectoryCheck[];
  health: RecoveryPlanHealth;
  actions: ActionView[];
}

/**
 * Every recovery plan (or those named), each checked against its trajectory with the figures
 * reported by the as-at period (all figures when none is given), with its owner's name and its
 * actions. For the Cabinet pack and the web app alike; a pack leaves out plans opened after its
 * meeting.
 */
export async function recoveryPlansForPeriod(
  store: Store,
  asAt: string | undefined,
  today: string,
  options: { approvedOnly?: boolean; planIds?: readonly string[] } = {},
): Promise<RecoveryPlanReport[]> {
  let plans = await listRecoveryPlans(store.db);
  if (options.planIds) plans = plans.filter((p) => options.planIds!.includes(p.id));
  if (plans.length === 0) return [];
  const [measures, actions, progress, people, authority] = await Promise.all([
    listMeasures(store.db, { includeRetired: true }),
    listKeyActions(store.db),
    listActionProgress(store.db),
    listPeople(store.db),
    getSetting(store.db, AUTHORITY_CODE),
  ]);
  const filter = {
    measureIds: [...new Set(plans.map((p) => p.measureId))],
    areaCodes: authority ? [authority] : [],
  };
  const values = options.approvedOnly
    ? await approvedValues(store.db, filter)
    : await currentValues(store.db, filter);
  const valueOf = new Map(values.map((v) => [`${v.measureId}\u0000${v.period}`, v.value]));
  const measureById = new Map(measures.map((m) => [m.id, m]));
  const actionById = new Map(actions.map((a) => [a.id, a]));
  const nameOf = new Map(people.map((p) => [p.id, p.name]));
  const reports: RecoveryPlanReport[] = [];
  for (const plan of plans) {
    const measure = measureById.get(plan.measureId);
    if (!measure) continue;
    // Figures for periods after the as-at period are not yet in the pack, so they are not judged.
    const actual = (period: string) =>
      asAt === undefined || reportedBy(period, asAt)
        ? (valueOf.get(`${plan.measureId}\u0000${period}`) ?? null)
        : null;
    const checks = checkTrajectory(plan.trajectory, actual, measure.polarity);
    reports.push({
      plan,
      measure,
      ownerName: plan.ownerId === null ? null : (nameOf.get(plan.ownerId) ?? null),
      checks,
      health: recoveryPlanHealth(plan, checks, today),
      actions: plan.actionIds
        .map((id) => actionById.get(id))
        .filter((a) => a !== undefined)
        .map((a) =>
          viewAction(
            a,
            progress.filter((u) => u.actionId === a.id),
            today,
          ),
        ),
    });
  }
  return reports;
}

/** Whether a period ends no later than the as-at period does: its figure could be in the pack. */
function reportedBy(period: string, asAt: string): boolean {
  const p = parsePeriod(period);
  const a = parsePeriod(asAt);
  return p.ok && a.ok && periodEndDate(p.period) <= periodEndDate(a.period);
}
