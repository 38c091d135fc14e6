import { z } from 'zod';
import { MEASURE_CATEGORIES } from '../../domain/measure.js';
import { gssCode, oneOf, periodText, queryObject, requiredText } from '../query.js';
import { MeasureSummarySchema } from '../measures/schema.js';

/**
 * The engine's whole status, as `computeMeasureStatus` returns it (see docs/engine.md): the RAG
 * with its reason and sentence, directions of travel, interval, benchmarks, SPC, forecast and the
 * plain-English summary. Described loosely here: the engine's types are its documentation.
 */
export const EngineStatusSchema = z
  .looseObject({
    measureId: z.string(),
    period: z.string().nullable(),
    periodLabel: z.string().nullable().optional(),
    rag: z.unknown().describe('status, reason (as data), sentence and runLength'),
    summary: z.string().nullable().optional(),
  })
  .meta({ id: 'MeasureStatus', description: 'What the engine says of a measure for a period' });

const AreaSchema = z.object({ code: z.string(), name: z.string(), kind: z.string() });

export const ScorecardQuery = queryObject({
  period: periodText
    .optional()
    .describe('Judge each measure as at this period; by default its latest figure'),
  strategyItem: requiredText('OBJ-1').optional().describe('Only measures evidencing this item'),
  category: oneOf(MEASURE_CATEGORIES).optional(),
  orgUnit: requiredText('SVC-1').optional().describe('Only measures owned by this unit or a unit below it'),
  area: gssCode.optional().describe('Judge figures for this area; the authority by default'),
});

export const ScorecardSchema = z.object({
  asAt: z.string().nullable(),
  approvedOnly: z.boolean().describe('Whether only figures approved for publication were judged'),
  area: AreaSchema,
  rows: z.array(z.object({ measure: MeasureSummarySchema, status: EngineStatusSchema })),
});

export const MeasureStatusParams = z.object({ code: requiredText('CP-ECO-01') });
export const MeasureStatusQuery = queryObject({ period: periodText.optional() });

export const MeasureStatusSchema = z.object({
  asAt: z.string().nullable(),
  approvedOnly: z.boolean(),
  measure: MeasureSummarySchema,
  authority: z.object({ area: AreaSchema, status: EngineStatusSchema }),
  wards: z.array(z.object({ area: AreaSchema, status: EngineStatusSchema })),
});

export const ThreadQuery = queryObject({ period: periodText.optional() });

interface ThreadNodeShape {
  id: string;
  kind: string;
  title: string;
  status: unknown;
  measureIds: string[];
  actionIds: string[];
  children: ThreadNodeShape[];
}

const ThreadNodeSchema: z.ZodType<ThreadNodeShape> = z.lazy(() =>
  z.object({
    id: z.string(),
    kind: z.string(),
    title: z.string(),
    status: z.unknown().describe('The rolled-up status: status, counts by status, rule, reason and sentence'),
    measureIds: z.array(z.string()),
    actionIds: z.array(z.string()),
    children: z.array(ThreadNodeSchema),
  }),
);

export const ThreadSchema = z.object({
  asAt: z.string().nullable(),
  approvedOnly: z.boolean(),
  roots: z.array(ThreadNodeSchema),
  measures: z.record(z.string(), z.object({ title: z.string(), status: z.string(), meaning: z.string() })),
});

export type EngineStatusJson = z.infer<typeof EngineStatusSchema>;
