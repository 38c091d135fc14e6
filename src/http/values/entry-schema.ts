/**
 * The bodies of figure entry and sign-off. Each message names its field and the form expected,
 * because it reaches a person as `"field: message"`; the web form will share these schemas.
 */
import { z } from 'zod';
import { QUALITY_FLAGS, VALUE_STATUSES } from '../../domain/figures.js';
import { SIGNOFF_STATES, SIGNOFF_STEPS } from '../../domain/signoff/index.js';
import { VALIDATION_RULES } from '../../domain/validation/index.js';
import { gssCode, oneOf, periodText, requiredText } from '../query.js';
import { ValueSchema } from './schema.js';

const figureNumber = (example: string) =>
  z
    .number({
      error: (issue) =>
        issue.input === undefined
          ? `is required (null when there is none), e.g. ${example}`
          : `must be a number or null, e.g. ${example}`,
    })
    .nullable();

const optionalNumber = (example: string) =>
  z
    .number({ error: `must be a number or null, e.g. ${example}` })
    .nullable()
    .default(null);

const optionalText = (max: number, what: string) =>
  z
    .string({ error: `must be text or null: ${what}` })
    .max(max, { error: `must be at most ${max} characters` })
    // PostgreSQL refuses NUL in text; refusing it here keeps that a 400, not a 500.
    .refine((text) => !text.includes('\u0000'), { error: 'must not contain a NUL character' })
    .nullable()
    .default(null);

export const NewValueSchema = z
  .strictObject(
    {
      measure: requiredText('CP-ECO-01'),
      period: periodText,
      area: gssCode,
      value: figureNumber('64.5'),
      numerator: optionalNumber('645'),
      denominator: optionalNumber('1000'),
      note: optionalText(2000, 'what a reader should know about this figure'),
      status: z
        .enum(VALUE_STATUSES, { error: `must be one of ${VALUE_STATUSES.join(' or ')}` })
        .default('provisional'),
      qualityFlag: z
        .enum(QUALITY_FLAGS, { error: `must be one of ${QUALITY_FLAGS.join(', ')}, or null` })
        .nullable()
        .default(null),
      reason: optionalText(500, 'why a figure that exists is being corrected, e.g. "late returns added"'),
    },
    {
      error: (issue) =>
        issue.code === 'unrecognized_keys'
          ? 'is not a field of a figure; expected measure, period, area, value, numerator, denominator, note, status, qualityFlag, reason'
          : undefined,
    },
  )
  .meta({ id: 'NewValue' });

const FindingSchema = z.object({
  rule: z.enum([...VALIDATION_RULES, 'cross-measure']),
  ruleId: z.string().optional().describe('For a rule across measures, its code'),
  severity: z.enum(['error', 'warning']),
  message: z.string(),
});

export const EnteredValueSchema = z
  .object({
    outcome: z.enum(['created', 'changed', 'unchanged']),
    value: ValueSchema,
    signoff: z.enum(SIGNOFF_STATES).describe('Where the figure stands: a new version starts at entered'),
    warnings: z.array(FindingSchema).describe('Validation warnings; the figure is flagged suspect when any'),
    unlocked: z.boolean().describe('This correction unlocked an approved figure'),
  })
  .meta({ id: 'EnteredValue' });

export const SignoffBodySchema = z
  .strictObject({
    measure: requiredText('CP-ECO-01'),
    period: periodText,
    area: gssCode,
    step: oneOf(SIGNOFF_STEPS),
    reason: optionalText(500, 'why an approved figure is unlocked'),
  })
  .meta({ id: 'SignoffStep' });

export const SignoffSchema = z
  .object({
    measureId: z.string(),
    period: z.string(),
    areaCode: z.string(),
    version: z.number().int(),
    state: z.enum(SIGNOFF_STATES),
  })
  .meta({ id: 'Signoff' });
