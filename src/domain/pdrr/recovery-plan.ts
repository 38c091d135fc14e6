/**
 * A recovery plan: what a service commits to when a measure under-performs. It has an owner, an
 * analysis of the cause, actions, an expected trajectory, a review date and, when the trajectory
 * or the review date is missed, escalations one reporting level at a time. It is closed with the
 * lessons learned ("use the lessons learned from review to change what is done").
 */
import { nextLevel, type ReportingLevel } from './levels.js';
import { firstMiss, type TrajectoryCheck, type TrajectoryPoint } from './trajectory.js';

export const RECOVERY_PLAN_STATUSES = ['open', 'closed'] as const;
export type RecoveryPlanStatus = (typeof RECOVERY_PLAN_STATUSES)[number];

export const ESCALATION_REASONS = ['trajectory-missed', 'review-overdue'] as const;
export type EscalationReason = (typeof ESCALATION_REASONS)[number];

export interface Escalation {
  fromLevel: ReportingLevel;
  toLevel: ReportingLevel;
  reasons: EscalationReason[];
  /** The trajectory period missed that this escalation answers, if any. */
  missedPeriod: string | null;
  /** The review date missed that this escalation answers, if any. */
  missedReviewDate: string | null;
  detail: string;
  escalatedOn: string;
  recordedBy: string;
}

export interface RecoveryPlan {
  id: string;
  measureId: string;
  title: string;
  ownerId: string | null;
  /** Why the measure is off track: what the service found when it looked. */
  causeAnalysis: string;
  /** Why the plan was required when it was opened, in words (from the rule in recovery-rule.ts). */
  triggers: string[];
  openedOn: string;
  reviewDate: string;
  /** The level the plan was first reported at (the measure's own unit's level). */
  startLevel: ReportingLevel;
  status: RecoveryPlanStatus;
  closedOn: string | null;
  lessonsLearned: string | null;
  actionIds: string[];
  trajectory: TrajectoryPoint[];
  /** Oldest first; append-only. */
  escalations: Escalation[];
}

export function currentLevel(plan: Pick<RecoveryPlan, 'startLevel' | 'escalations'>): ReportingLevel {
  return plan.escalations.at(-1)?.toLevel ?? plan.startLevel;
}

export interface EscalationDue {
  fromLevel: ReportingLevel;
  toLevel: ReportingLevel;
  reasons: EscalationReason[];
  missedPeriod: string | null;
  missedReviewDate: string | null;
  detail: string;
}

/** The latest period whose figure fell short of the path. */
function latestMiss(checks: readonly TrajectoryCheck[]): TrajectoryCheck | null {
  return [...checks].reverse().find((c) => c.onTrajectory === false) ?? null;
}

/**
 * The escalation the plan now needs, or null. A miss is escalated once: a later miss, or a later
 * review date passing, escalates again, always to the next level and never beyond the top.
 */
export function escalationDue(
  plan: Pick<RecoveryPlan, 'status' | 'reviewDate' | 'startLevel' | 'escalations'>,
  checks: readonly TrajectoryCheck[],
  today: string,
): EscalationDue | null {
  if (plan.status === 'closed') return null;
  const from = currentLevel(plan);
  const to = nextLevel(from);
  if (to === null) return null;
  const miss = latestMiss(checks);
  const missAnswered = miss !== null && plan.escalations.some((e) => e.missedPeriod === miss.period);
  const reviewOverdue = today > plan.reviewDate;
  const reviewAnswered = plan.escalations.some((e) => e.missedReviewDate === plan.reviewDate);
  const reasons: EscalationReason[] = [];
  const words: string[] = [];
  if (miss !== null && !missAnswered) {
    reasons.push('trajectory-missed');
    words.push(`the figure for ${miss.period} (${miss.actual}) missed the trajectory of ${miss.expected}`);
  }
  if (reviewOverdue && !reviewAnswered) {
    reasons.push('review-overdue');
    words.push(`the review due on ${plan.reviewDate} has not been held`);
  }
  if (reasons.length === 0) return null;
  return {
    fromLevel: from,
    toLevel: to,
    reasons,
    missedPeriod: reasons.includes('trajectory-missed') ? miss!.period : null,
    missedReviewDate: reasons.includes('review-overdue') ? plan.reviewDate : null,
    detail: `Escalated because ${words.join(' and ')}.`,
  };
}

export interface RecoveryPlanHealth {
  level: ReportingLevel;
  firstMissedPeriod: string | null;
  latestCheck: TrajectoryCheck | null;
  onTrajectory: boolean | null;
  reviewOverdue: boolean;
  escalationDue: EscalationDue | null;
  /** In words, for a paper or a screen reader. */
  sentence: string;
}

export function recoveryPlanHealth(
  plan: RecoveryPlan,
  checks: readonly TrajectoryCheck[],
  today: string,
): RecoveryPlanHealth {
  const judged = checks.filter((c) => c.onTrajectory !== null);
  const latest = judged.at(-1) ?? null;
  const reviewOverdue = plan.status === 'open' && today > plan.reviewDate;
  const due = escalationDue(plan, checks, today);
  const parts: string[] = [];
  if (plan.status === 'closed') parts.push(`Closed on ${plan.closedOn ?? 'an unrecorded date'}`);
  else if (latest === null) parts.push('No figure yet to check against the trajectory');
  else if (latest.onTrajectory) parts.push(`On trajectory at ${latest.period}`);
  else parts.push(`Off trajectory at ${latest.period} by ${round(latest.gap!)}`);
  if (reviewOverdue) parts.push(`review overdue since ${plan.reviewDate}`);
  if (due) parts.push(`escalation to ${due.toLevel} due`);
  return {
    level: currentLevel(plan),
    firstMissedPeriod: firstMiss(checks)?.period ?? null,
    latestCheck: latest,
    onTrajectory: latest?.onTrajectory ?? null,
    reviewOverdue,
    escalationDue: due,
    sentence: `${parts.join('; ')}.`,
  };
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

/** Problems with closing a plan, in words. */
export function closingProblem(lessonsLearned: string | null | undefined): string | null {
  if (lessonsLearned === null || lessonsLearned === undefined || lessonsLearned.trim() === '')
    return 'lessonsLearned: a plan is closed with the lessons learned; say what will be done differently';
  return null;
}
