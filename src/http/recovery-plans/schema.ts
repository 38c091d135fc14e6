import { z } from 'zod';
import { REPORTING_LEVELS } from '../../domain/pdrr/levels.js';
import { ESCALATION_REASONS, RECOVERY_PLAN_STATUSES } from '../../domain/pdrr/recovery-plan.js';
import { oneOf, periodText, queryObject } from '../query.js';
import { ActionViewSchema } from '../actions/schema.js';
import { bodyObject, dateField, idField, idList, textField } from '../actions/fields.js';

const TrajectoryPointSchema = z.object({ period: z.string(), expected: z.number() });

const TrajectoryCheckSchema = z
  .object({
    period: z.string(),
    expected: z.number(),
    actual: z.number().nullable(),
    gap: z
      .number()
      .nullable()
      .describe('How far the figure is worse than the path; 0 or less is on or better'),
    onTrajectory: z.boolean().nullable(),
  })
  .meta({ id: 'TrajectoryCheck' });

const EscalationSchema = z.object({
  fromLevel: z.enum(REPORTING_LEVELS),
  toLevel: z.enum(REPORTING_LEVELS),
  reasons: z.array(z.enum(ESCALATION_REASONS)),
  missedPeriod: z.string().nullable(),
  missedReviewDate: z.string().nullable(),
  detail: z.string(),
  escalatedOn: z.string(),
  recordedBy: z.string(),
});

export const RecoveryPlanSchema = z
  .object({
    id: z.string(),
    measureId: z.string(),
    title: z.string(),
    ownerId: z.string().nullable(),
    causeAnalysis: z.string(),
    triggers: z.array(z.string()).describe('Why the plan was required when it was opened'),
    openedOn: z.string(),
    reviewDate: z.string(),
    startLevel: z.enum(REPORTING_LEVELS),
    status: z.enum(RECOVERY_PLAN_STATUSES),
    closedOn: z.string().nullable(),
    lessonsLearned: z.string().nullable(),
    actionIds: z.array(z.string()),
    trajectory: z.array(TrajectoryPointSchema),
    escalations: z.array(EscalationSchema).describe('Oldest first'),
  })
  .meta({ id: 'RecoveryPlan' });

const HealthSchema = z.object({
  level: z.enum(REPORTING_LEVELS).describe('The reporting level the plan is now at'),
  firstMissedPeriod: z.string().nullable(),
  onTrajectory: z.boolean().nullable(),
  reviewOverdue: z.boolean(),
  escalationDue: z
    .object({ fromLevel: z.enum(REPORTING_LEVELS), toLevel: z.enum(REPORTING_LEVELS), detail: z.string() })
    .nullable(),
  sentence: z.string(),
});

export const RecoveryPlanReportSchema = z
  .object({
    plan: RecoveryPlanSchema,
    measure: z.object({ id: z.string(), title: z.string(), orgUnitId: z.string().nullable() }),
    ownerName: z.string().nullable(),
    checks: z.array(TrajectoryCheckSchema),
    health: HealthSchema,
    actions: z.array(ActionViewSchema),
  })
  .meta({ id: 'RecoveryPlanReport' });

export const RecoveryPlanListSchema = z.object({
  asAt: z.string().nullable(),
  today: z.string(),
  plans: z.array(RecoveryPlanReportSchema),
});

export const RequiredListSchema = z
  .object({
    asAt: z.string().nullable(),
    periods: z.number().int().describe('Periods running that make a plan required (the council’s setting)'),
    measures: z.array(
      z.object({
        measure: z.object({ id: z.string(), title: z.string(), orgUnitId: z.string().nullable() }),
        period: z.string().nullable(),
        reasons: z.array(z.string()),
        openPlanId: z.string().nullable(),
        missing: z.boolean().describe('Required, and no plan is open'),
      }),
    ),
  })
  .meta({ id: 'RecoveryPlansRequired' });

export const PlanListQuery = queryObject({
  period: periodText.optional().describe('Check trajectories with figures reported by this period'),
  status: oneOf(RECOVERY_PLAN_STATUSES).optional(),
  measure: idField('CP-HOU-01').optional(),
});

export const RequiredQuery = queryObject({
  period: periodText.optional().describe('Judge measures as at this period (default: each one’s latest)'),
});

export const PlanParams = z.object({ id: idField('RP-01') });

const trajectoryBody = z
  .array(
    bodyObject(
      {
        period: periodText,
        expected: z.number({ error: 'must be a number: the figure expected at that period, e.g. 84' }),
      },
      'a trajectory point',
    ),
    { error: 'must be a list of {period, expected}' },
  )
  .max(60, { error: 'must have at most 60 points' });

export const NewPlanSchema = bodyObject(
  {
    id: idField('RP-04').optional(),
    measureId: idField('CP-HOU-01'),
    title: textField(300, 'Recovery plan: households in temporary accommodation').optional(),
    ownerId: idField('P012').nullable().default(null),
    causeAnalysis: textField(5000, 'More families presenting after private tenancies end'),
    reviewDate: dateField,
    openedOn: dateField.optional(),
    actionIds: idList('KA-HOU-01').default([]),
    trajectory: trajectoryBody.default([]),
  },
  'a recovery plan',
).meta({ id: 'NewRecoveryPlan' });

export const PlanPatchSchema = bodyObject(
  {
    title: textField(300, 'Recovery plan: households in temporary accommodation').optional(),
    ownerId: idField('P012').nullable().optional(),
    causeAnalysis: textField(5000, 'More families presenting after private tenancies end').optional(),
    reviewDate: dateField.optional(),
    actionIds: idList('KA-HOU-01').optional(),
    trajectory: trajectoryBody.optional(),
  },
  'a change to a recovery plan',
).meta({ id: 'RecoveryPlanChange' });

export const CloseSchema = bodyObject(
  {
    lessonsLearned: textField(5000, 'Agreeing turnaround times with partners at the start mattered most'),
    closedOn: dateField.optional(),
  },
  'closing a recovery plan',
).meta({ id: 'CloseRecoveryPlan' });

export const EscalationRunSchema = z.object({
  today: z.string(),
  escalated: z.array(z.object({ planId: z.string(), escalation: EscalationSchema })),
});
