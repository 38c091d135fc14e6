/** Balanced scorecards: request and response bodies. */
import { z } from 'zod';
import { MEASURE_CATEGORIES, UNITS } from '../../domain/measure.js';
import {
  MAX_PERSPECTIVE_DESCRIPTION,
  MAX_PERSPECTIVE_NAME,
  MAX_PERSPECTIVES,
} from '../../domain/scorecard/perspectives.js';
import { RAG_SHAPES, RAG_STATUSES } from '../../domain/status/labels.js';
import { DIRECTIONS } from '../../domain/status/direction.js';
import { STRATEGY_KINDS } from '../../domain/strategy.js';
import { periodText, queryObject, requiredText } from '../query.js';

export const PlanParams = z.object({ planId: requiredText('CP') });

export const BalancedScorecardQuery = queryObject({
  period: periodText
    .optional()
    .describe("Judge each measure as at this period; by default the council's reporting period"),
});

const CountsSchema = z
  .object(
    Object.fromEntries(RAG_STATUSES.map((s) => [s, z.number().int()])) as Record<
      (typeof RAG_STATUSES)[number],
      z.ZodNumber
    >,
  )
  .meta({ id: 'StatusCounts', description: 'How many measures stand at each status' });

const ScorecardMeasureSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    category: z.enum(MEASURE_CATEGORIES),
    unit: z.enum(UNITS),
    period: z.string().nullable().describe('The period judged'),
    periodLabel: z.string().nullable(),
    value: z.number().nullable(),
    valueText: z.string().nullable().describe('The figure as published, with its unit'),
    target: z.number().nullable(),
    targetText: z.string().nullable(),
    status: z.object({
      status: z.enum(RAG_STATUSES),
      word: z.string(),
      shape: z.enum(RAG_SHAPES),
      symbol: z.string(),
      sentence: z.string().describe('Why it has this status, in words'),
    }),
    direction: z.object({
      direction: z.enum(DIRECTIONS),
      word: z.string(),
      sentence: z.string(),
    }),
  })
  .meta({ id: 'ScorecardMeasure' });

const PerspectiveSchema = z
  .object({
    name: z.string(),
    description: z.string().nullable(),
    counts: CountsSchema,
    measures: z.array(ScorecardMeasureSchema),
  })
  .meta({ id: 'Perspective' });

export const BalancedScorecardSchema = z
  .object({
    asAt: z.string().nullable(),
    approvedOnly: z.boolean().describe('Whether only figures approved for publication were judged'),
    plan: z.object({ id: z.string(), kind: z.enum(STRATEGY_KINDS), title: z.string() }),
    setting: z
      .object({ version: z.number().int(), changedBy: z.string(), changedAt: z.string() })
      .nullable()
      .describe('Who last set the perspectives; null while the plan has the default ones'),
    canEdit: z.boolean().describe('Whether the reader may set the perspectives'),
    perspectives: z.array(PerspectiveSchema),
    unplaced: PerspectiveSchema.nullable().describe("The plan's measures that no perspective names"),
    counts: CountsSchema.describe("The plan's measures by status, those the reader may see"),
  })
  .meta({ id: 'BalancedScorecard' });

const PerspectiveSettingSchema = z.strictObject(
  {
    name: z
      .string({ error: 'is required: a name such as "Residents and customers"' })
      .max(MAX_PERSPECTIVE_NAME, { error: `must be at most ${MAX_PERSPECTIVE_NAME} characters` }),
    description: z
      .string({ error: 'must be text, or null for none' })
      .max(MAX_PERSPECTIVE_DESCRIPTION, {
        error: `must be at most ${MAX_PERSPECTIVE_DESCRIPTION} characters`,
      })
      .nullable()
      .optional(),
    measures: z
      .array(z.string({ error: 'each must be a measure code, e.g. CP-ECO-01' }), {
        error: 'must be a list of measure codes, e.g. ["CP-ECO-01"]',
      })
      .max(2000, { error: 'must list at most 2000 measures' }),
  },
  {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? 'is not part of a perspective; expected name, description, measures'
        : undefined,
  },
);

export const PerspectivesBodySchema = z
  .strictObject(
    {
      perspectives: z
        .array(PerspectiveSettingSchema, { error: 'must be a list of perspectives' })
        .min(1, { error: 'give at least one perspective' })
        .max(MAX_PERSPECTIVES, { error: `a scorecard has at most ${MAX_PERSPECTIVES} perspectives` }),
    },
    {
      error: (issue) =>
        issue.code === 'unrecognized_keys'
          ? 'is not a field of this request; expected perspectives'
          : undefined,
    },
  )
  .meta({
    id: 'PerspectivesChange',
    description:
      "The plan's perspectives in order, each with its measures in order; replaces the whole setting",
  });

export type ScorecardMeasureJson = z.infer<typeof ScorecardMeasureSchema>;
