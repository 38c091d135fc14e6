import { z } from 'zod';
import { ACTION_STATUSES } from '../../domain/action.js';
import { RAG_STATUSES } from '../../domain/status/labels.js';
import { oneOf, queryObject, requiredText, trueOrFalse } from '../query.js';
import {
  bodyObject,
  changeFields,
  dateField,
  idField,
  idList,
  optionalTextField,
  percentField,
  textField,
} from './fields.js';

const MilestoneSchema = z.object({
  title: z.string(),
  dueDate: z.string(),
  completedDate: z.string().nullable(),
});

export const ActionSchema = z
  .object({
    id: z.string(),
    title: z.string().describe('Action/activity'),
    responsibleOfficer: z.string(),
    responsiblePersonId: z.string().nullable(),
    anticipatedOutcome: z.string().describe('Anticipated outcome/result'),
    proposedStartDate: z.string(),
    proposedEndDate: z.string(),
    othersInvolved: z.string().nullable().describe('Who else is involved'),
    status: z.enum(ACTION_STATUSES),
    percentComplete: z.number().int(),
    progressNote: z.string().nullable(),
    milestones: z.array(MilestoneSchema),
    strategyItemIds: z.array(z.string()),
    measureIds: z.array(z.string()),
    orgUnitId: z.string().nullable().describe('The unit that owns the action'),
  })
  .meta({ id: 'KeyAction' });

export const ProgressUpdateSchema = z
  .object({
    asOf: z.string(),
    status: z.enum(ACTION_STATUSES),
    percentComplete: z.number().int(),
    note: z.string(),
    recordedBy: z.string(),
    recordedAt: z.string(),
  })
  .meta({ id: 'ActionProgressUpdate' });

export const ActionViewSchema = z
  .object({
    action: ActionSchema,
    rag: z.object({ status: z.enum(RAG_STATUSES), sentence: z.string() }),
    overdue: z.boolean().describe('Past its end date and neither completed nor cancelled'),
    updates: z.array(ProgressUpdateSchema).describe('Dated progress updates, oldest first'),
  })
  .meta({ id: 'KeyActionView' });

export const ActionListSchema = z
  .object({
    today: z.string(),
    summary: z.object({
      total: z.number().int(),
      byRag: z.record(z.string(), z.number().int()),
      overdue: z.number().int(),
      completed: z.number().int(),
      meanPercentComplete: z.number().nullable(),
    }),
    actions: z.array(ActionViewSchema),
  })
  .meta({ id: 'KeyActionList' });

export const ActionListQuery = queryObject({
  strategyItem: requiredText('OB-CCC-PERF').optional().describe('Only actions linked to this strategy item'),
  measure: requiredText('CP-HOU-01').optional().describe('Only actions linked to this measure'),
  orgUnit: requiredText('TEAM-HOMELESS').optional().describe('Only actions owned by this unit'),
  overdue: trueOrFalse.describe('Only overdue actions (default false)'),
});

export const ActionParams = z.object({ id: idField('PMF-03') });

const milestoneBody = bodyObject(
  {
    title: textField(300, 'Draft plan agreed'),
    dueDate: dateField,
    completedDate: dateField.nullable().default(null),
  },
  'a milestone',
);

const actionFields = {
  title: textField(500, 'Quarterly reports on Corporate Plan Measures to Cabinet'),
  responsibleOfficer: textField(200, 'Head of Transformation'),
  responsiblePersonId: idField('P012').nullable().default(null),
  anticipatedOutcome: textField(1000, 'Increase accountability around performance'),
  proposedStartDate: dateField,
  proposedEndDate: dateField,
  othersInvolved: optionalTextField(500, 'who else is involved, e.g. Policy Officer').default(null),
  milestones: z.array(milestoneBody, { error: 'must be a list of milestones' }).max(50).default([]),
  strategyItemIds: idList('OB-CCC-PERF').default([]),
  measureIds: idList('CP-HOU-01').default([]),
  orgUnitId: idField('TEAM-HOMELESS').nullable().default(null),
};

export const NewActionSchema = bodyObject(
  {
    id: idField('KA-07').optional(),
    ...actionFields,
    status: oneOf(ACTION_STATUSES).default('not-started'),
    percentComplete: percentField.default(0),
  },
  'a key action',
).meta({ id: 'NewKeyAction' });

export const ActionPatchSchema = bodyObject(
  changeFields(actionFields),
  'a change to a key action (its progress is recorded with POST /actions/:id/progress)',
).meta({ id: 'KeyActionChange' });

export const ProgressBodySchema = bodyObject(
  {
    asOf: dateField.optional(),
    status: oneOf(ACTION_STATUSES),
    percentComplete: percentField,
    note: textField(2000, 'Two prevention officers in post from August'),
  },
  'a progress update',
).meta({ id: 'NewActionProgress' });
