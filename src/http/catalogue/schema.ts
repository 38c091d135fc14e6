/** Request and response bodies for administering measures, their targets and the strategy tree. */
import { z } from 'zod';
import {
  AGGREGATIONS,
  FREQUENCIES,
  MEASURE_CATEGORIES,
  MEASURE_STATES,
  POLARITIES,
  TOLERANCE_KINDS,
  UNITS,
  YEAR_KINDS,
} from '../../domain/measure.js';
import { ROLLUP_RULES, STRATEGY_KINDS } from '../../domain/strategy.js';
import { StrategyItemSchema } from '../strategy/schema.js';
import { oneOf, requiredText } from '../query.js';
import { code, fieldsObject, finiteNumber, flag, freeText, isoDate, optionalText } from './fields.js';

const methodologyFields = {
  definition: freeText(4000, 'The share of residents aged 16 to 64 in work'),
  numerator: optionalText(4000, 'Residents aged 16 to 64 in work'),
  denominator: optionalText(4000, 'Residents aged 16 to 64'),
  sourceSystem: optionalText(400, 'ONS Annual Population Survey'),
  calculation: optionalText(4000, 'numerator ÷ denominator × 100'),
  caveats: optionalText(4000, 'Survey estimate with a confidence interval'),
};

/** The parts of a measure's definition that have a sensible default, so a new one may leave them out. */
const definitionFields = {
  ratePer: finiteNumber('1000'),
  yearKind: oneOf(YEAR_KINDS).optional(),
  aggregation: oneOf(AGGREGATIONS).optional(),
  decimals: z
    .number({ error: 'must be a whole number from 0 to 6' })
    .int({ error: 'must be a whole number from 0 to 6' })
    .min(0, { error: 'must be a whole number from 0 to 6' })
    .max(6, { error: 'must be a whole number from 0 to 6' })
    .optional(),
  nationalReference: optionalText(100, 'NI 151'),
  ownerId: code('P1').nullable().optional(),
  orgUnitId: code('DIR-PLACE').nullable().optional(),
  byWard: flag,
  comparatorGroupId: code('NN').nullable().optional(),
  formula: optionalText(4000, '[CP-ECO-02] / [CP-ECO-03] * 100'),
  tolerance: finiteNumber('2'),
  toleranceKind: oneOf(TOLERANCE_KINDS).optional(),
  dueLagDays: z
    .number({ error: 'must be a whole number of days from 0 to 366' })
    .int({ error: 'must be a whole number of days from 0 to 366' })
    .min(0, { error: 'must be a whole number of days from 0 to 366' })
    .max(366, { error: 'must be a whole number of days from 0 to 366' })
    .optional(),
  isPublic: flag.describe('Published on the public site (HR measures are restricted whatever this says)'),
  strategyItemIds: z
    .array(code('OBJ-JOBS'), { error: 'must be a list of strategy item ids, e.g. ["OBJ-JOBS"]' })
    .max(50, { error: 'must name at most 50 strategy items' })
    .optional()
    .describe('The strategy items this measure evidences'),
};

export const NewMeasureSchema = fieldsObject(
  {
    id: code('CP-ECO-09').describe("The measure's code: its stable key, never changed"),
    title: freeText(200, 'Working-age employment rate'),
    methodology: fieldsObject(
      { ...methodologyFields, definition: methodologyFields.definition },
      'a methodology',
    ),
    unit: oneOf(UNITS),
    polarity: oneOf(POLARITIES),
    frequency: oneOf(FREQUENCIES),
    category: oneOf(MEASURE_CATEGORIES),
    ...definitionFields,
  },
  'a measure',
).meta({ id: 'NewMeasure' });

export const MeasureEditSchema = fieldsObject(
  {
    title: freeText(200, 'Working-age employment rate').optional(),
    methodology: fieldsObject(
      { ...methodologyFields, definition: methodologyFields.definition.optional() },
      'a methodology',
    ).optional(),
    unit: oneOf(UNITS).optional(),
    polarity: oneOf(POLARITIES).optional(),
    frequency: oneOf(FREQUENCIES).optional(),
    category: oneOf(MEASURE_CATEGORIES).optional(),
    ...definitionFields,
    state: oneOf(MEASURE_STATES).optional().describe('retired keeps every figure; active reinstates'),
    reason: optionalText(1000, 'Replaced by CP-ECO-10').describe('Why: required to retire'),
  },
  'a change to a measure',
).meta({ id: 'MeasureEdit' });

export const TargetBodySchema = fieldsObject(
  {
    period: requiredText('2017/18-Q1'),
    value: finiteNumber('66'),
    lower: finiteNumber('60').describe('For measures judged within a band: its lower end'),
    upper: finiteNumber('70').describe('For measures judged within a band: its upper end'),
    tolerance: finiteNumber('2').describe("Overrides the measure's tolerance for this period"),
    reason: freeText(1000, 'Agreed at Cabinet on 3 May 2017'),
  },
  'a target',
).meta({ id: 'TargetChange' });

export const TargetWithdrawalSchema = fieldsObject(
  { period: requiredText('2017/18-Q1'), reason: freeText(1000, 'Set in error') },
  'a withdrawal',
).meta({ id: 'TargetWithdrawal' });

const TargetValues = {
  value: z.number().nullable(),
  lower: z.number().nullable(),
  upper: z.number().nullable(),
  tolerance: z.number().nullable(),
};

export const MeasureTargetsSchema = z
  .object({
    measureId: z.string(),
    periods: z.array(
      z.object({
        period: z.string(),
        current: z
          .object({ measureId: z.string(), period: z.string(), ...TargetValues })
          .nullable()
          .describe('The target in force; null once withdrawn'),
        versions: z.array(
          z.object({
            measureId: z.string(),
            period: z.string(),
            ...TargetValues,
            version: z.number().int(),
            withdrawn: z.boolean(),
            by: z.string(),
            at: z.string(),
            reason: z.string(),
          }),
        ),
      }),
    ),
  })
  .meta({ id: 'MeasureTargets' });

const itemFields = {
  title: freeText(200, 'A stronger economy'),
  description: optionalText(4000, 'More residents in good jobs'),
  parentId: code('OBJ-JOBS')
    .nullable()
    .describe('The item it links upward to; null only for a Corporate Plan'),
  ownerId: code('P1').nullable().optional(),
  orgUnitId: code('DIR-PLACE').nullable().optional(),
  startDate: isoDate,
  endDate: isoDate,
  rollupRule: oneOf(ROLLUP_RULES).optional(),
  weight: z.number({ error: 'must be a number above 0, e.g. 1' }).optional(),
};

export const NewStrategyItemSchema = fieldsObject(
  { id: code('OBJ-HOMES'), kind: oneOf(STRATEGY_KINDS), ...itemFields },
  'a strategy item',
).meta({ id: 'NewStrategyItem' });

export const StrategyEditSchema = fieldsObject(
  {
    ...itemFields,
    title: itemFields.title.optional(),
    parentId: itemFields.parentId.optional(),
  },
  'a change to a strategy item',
).meta({ id: 'StrategyItemEdit' });

export const RetirementBodySchema = fieldsObject(
  { reason: freeText(1000, 'The plan ended in March 2018') },
  'a retirement',
).meta({ id: 'StrategyRetirement' });

export const RetirementSchema = z
  .object({
    item: StrategyItemSchema.extend({
      state: z.enum(['active', 'retired']),
      retiredAt: z.string().nullable(),
      retiredReason: z.string().nullable(),
    }),
    measuresStillLinked: z
      .array(z.string())
      .describe('Measures in use still linked to the retired item: link them to another item'),
  })
  .meta({ id: 'StrategyRetirementDone' });

export const CodeParams = z.strictObject({ code: requiredText('CP-ECO-01') });
export const IdParams = z.strictObject({ id: requiredText('OBJ-JOBS') });

export type NewMeasureBody = z.infer<typeof NewMeasureSchema>;
export type MeasureEditBody = z.infer<typeof MeasureEditSchema>;
export type NewStrategyItemBody = z.infer<typeof NewStrategyItemSchema>;
export type StrategyEditBody = z.infer<typeof StrategyEditSchema>;
