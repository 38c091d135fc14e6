import { z } from 'zod';
import { RISK_STATUSES } from '../../domain/risk.js';
import { oneOf, queryObject, trueOrFalse } from '../query.js';
import {
  bodyObject,
  changeFields,
  dateField,
  idField,
  idList,
  optionalTextField,
  textField,
} from '../actions/fields.js';

export const RiskEntrySchema = z
  .object({
    id: z.string(),
    title: z.string(),
    description: z.string().nullable(),
    ownerId: z.string().nullable(),
    ownerName: z.string().nullable(),
    orgUnitId: z.string().nullable(),
    inherentLikelihood: z.number().int(),
    inherentImpact: z.number().int(),
    inherentScore: z.number().int().describe('Likelihood × impact before controls'),
    inherentBand: z.string().nullable(),
    residualLikelihood: z.number().int(),
    residualImpact: z.number().int(),
    residualScore: z.number().int().describe('Likelihood × impact after controls'),
    residualBand: z.string().nullable(),
    controls: z.string().nullable(),
    reviewDate: z.string(),
    reviewOverdue: z.boolean(),
    status: z.enum(RISK_STATUSES),
    strategyItemIds: z.array(z.string()),
  })
  .meta({ id: 'Risk' });

export const RegisterSchema = z
  .object({
    today: z.string(),
    bands: z.array(z.object({ from: z.number().int(), name: z.string() })).describe('The council’s bands'),
    risks: z.array(RiskEntrySchema).describe('Worst residual score first'),
    heatMap: z
      .object({ inherent: z.array(z.array(z.number().int())), residual: z.array(z.array(z.number().int())) })
      .describe('Open risks per cell: [likelihood − 1][impact − 1]'),
    overdueReviews: z.array(z.string()),
  })
  .meta({ id: 'RiskRegister' });

export const RegisterQuery = queryObject({
  status: oneOf(RISK_STATUSES).optional(),
  overdue: trueOrFalse.describe('Only risks overdue for review'),
});

export const RiskParams = z.object({ id: idField('CR-01') });

const score = (what: string) =>
  z
    .number({ error: `must be a whole number from 1 to 5 (${what})` })
    .int({ error: `must be a whole number from 1 to 5 (${what})` })
    .min(1, { error: `must be a whole number from 1 to 5 (${what})` })
    .max(5, { error: `must be a whole number from 1 to 5 (${what})` });

const riskFields = {
  title: textField(300, 'Cyber security'),
  description: optionalTextField(3000, 'what could happen').default(null),
  ownerId: idField('P012').nullable().default(null),
  orgUnitId: idField('SVC-ICT').nullable().default(null),
  inherentLikelihood: score('likelihood before controls'),
  inherentImpact: score('impact before controls'),
  residualLikelihood: score('likelihood after controls'),
  residualImpact: score('impact after controls'),
  controls: optionalTextField(3000, 'what is done to reduce it').default(null),
  reviewDate: dateField,
  status: oneOf(RISK_STATUSES).default('open'),
  strategyItemIds: idList('OB-CCC-WORKS').default([]),
};

export const NewRiskSchema = bodyObject({ id: idField('CR-22').optional(), ...riskFields }, 'a risk').meta({
  id: 'NewRisk',
});

export const RiskPatchSchema = bodyObject(changeFields(riskFields), 'a change to a risk').meta({
  id: 'RiskChange',
});
