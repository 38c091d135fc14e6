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
import { oneOf, queryObject, requiredText, trueOrFalse } from '../query.js';

export const MethodologySchema = z
  .object({
    definition: z.string(),
    numerator: z.string().nullable(),
    denominator: z.string().nullable(),
    sourceSystem: z.string().nullable(),
    calculation: z.string().nullable(),
    caveats: z.string().nullable(),
  })
  .meta({ id: 'Methodology', description: 'How the figure is produced' });

/** What a list of measures shows: enough to choose one, without its methodology. */
export const MeasureSummarySchema = z
  .object({
    id: z.string().describe("The measure's code, e.g. CP-ECO-01"),
    title: z.string(),
    unit: z.enum(UNITS),
    ratePer: z.number().nullable(),
    polarity: z.enum(POLARITIES),
    frequency: z.enum(FREQUENCIES),
    yearKind: z.enum(YEAR_KINDS),
    decimals: z.number().int(),
    category: z.enum(MEASURE_CATEGORIES),
    ownerId: z.string().nullable(),
    orgUnitId: z.string().nullable(),
    byWard: z.boolean(),
    isPublic: z.boolean(),
    state: z.enum(MEASURE_STATES),
    strategyItemIds: z.array(z.string()).describe('Strategy items this measure evidences'),
  })
  .meta({ id: 'MeasureSummary' });

export const MeasureSchema = MeasureSummarySchema.extend({
  methodology: MethodologySchema,
  aggregation: z.enum(AGGREGATIONS),
  nationalReference: z.string().nullable(),
  comparatorGroupId: z.string().nullable(),
  formula: z.string().nullable().describe("For calculated measures, over other measures' codes"),
  tolerance: z.number().nullable(),
  toleranceKind: z.enum(TOLERANCE_KINDS),
  dueLagDays: z.number().int().describe('Days after a period ends by which its figure is due'),
}).meta({ id: 'Measure' });

export const TargetSchema = z
  .object({
    period: z.string(),
    value: z.number().nullable(),
    lower: z.number().nullable(),
    upper: z.number().nullable(),
    tolerance: z.number().nullable().describe("Overrides the measure's tolerance for this period"),
  })
  .meta({ id: 'Target' });

export const CommentarySchema = z
  .object({
    period: z.string(),
    summary: z.string().describe('What happened'),
    reasons: z.string().nullable().describe('Why'),
    nextSteps: z.string().nullable().describe('What is being done next'),
    authorId: z.string().nullable(),
  })
  .meta({ id: 'Commentary' });

export const MeasureDetailSchema = MeasureSchema.extend({
  targets: z.array(TargetSchema).describe('Current targets, by period'),
  latestCommentary: CommentarySchema.nullable().describe(
    "The owner's commentary on the latest period commented on",
  ),
}).meta({ id: 'MeasureDetail' });

export const MeasureListQuery = queryObject({
  category: oneOf(MEASURE_CATEGORIES).optional(),
  strategyItem: requiredText('OBJ-JOBS').optional().describe('Only measures linked to this strategy item'),
  includeRetired: trueOrFalse.describe('Include retired measures (default false)'),
});

export const MeasureListSchema = z
  .object({ measures: z.array(MeasureSummarySchema) })
  .meta({ id: 'MeasureList' });

export const MeasureParams = z.object({ code: requiredText('CP-ECO-01') });

export type MeasureSummary = z.infer<typeof MeasureSummarySchema>;
export type MeasureDetail = z.infer<typeof MeasureDetailSchema>;
