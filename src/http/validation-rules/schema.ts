/** Validation settings of a measure and rules across measures: request and response bodies. */
import { z } from 'zod';
import { RULE_OPERATORS, RULE_SETTINGS, VALIDATION_RULES } from '../../domain/validation/index.js';
import { oneOf, requiredText } from '../query.js';

const bound = (field: string) =>
  z
    .number({ error: `must be a number, or null for no ${field} bound` })
    .nullable()
    .optional();

const SeveritySchema = z.enum(RULE_SETTINGS, { error: `must be one of ${RULE_SETTINGS.join(', ')}` });

export const SettingsChangeSchema = z
  .strictObject(
    {
      minimum: bound('lower'),
      maximum: bound('upper'),
      outlierThreshold: z
        .number({ error: 'must be a number above 0, e.g. 3' })
        .positive({ error: 'must be above 0, e.g. 3' })
        .optional(),
      jumpShare: z
        .number({ error: 'must be a share above 0, e.g. 0.5 for 50%' })
        .positive({ error: 'must be above 0, e.g. 0.5 for 50%' })
        .optional(),
      severity: z
        .partialRecord(
          z.enum(VALIDATION_RULES, { error: `expected one of ${VALIDATION_RULES.join(', ')}` }),
          SeveritySchema,
        )
        .optional(),
      reset: z.boolean({ error: 'must be true or false' }).optional(),
    },
    {
      error: (issue) =>
        issue.code === 'unrecognized_keys'
          ? 'is not a setting; expected minimum, maximum, outlierThreshold, jumpShare, severity, reset'
          : undefined,
    },
  )
  .meta({ id: 'ValidationSettingsChange' });

export const MeasureValidationSchema = z
  .object({
    measureId: z.string(),
    settings: z.object({
      minimum: z.number().nullable(),
      maximum: z.number().nullable(),
      outlierThreshold: z.number(),
      jumpShare: z.number(),
      severity: z.record(z.string(), SeveritySchema),
    }),
    setBy: z
      .object({ by: z.string(), at: z.string() })
      .nullable()
      .describe('Who last set them; null while the measure uses its unit’s defaults'),
  })
  .meta({ id: 'MeasureValidation' });

const ruleCode = requiredText('VR-ASC-01').refine((t) => /^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$/.test(t), {
  error: 'must be a code of letters, digits, dots, dashes or underscores (at most 40), e.g. VR-ASC-01',
});

export const RuleParams = z.strictObject({ id: ruleCode });
export const MeasureParams = z.strictObject({ code: requiredText('CP-ECO-01') });

const sideText = (example: string) =>
  requiredText(example).refine((t) => t.length <= 2000, { error: 'must be at most 2000 characters' });

export const RuleBodySchema = z
  .strictObject(
    {
      name: requiredText('Adults supported cannot exceed referrals').refine((t) => t.length <= 200, {
        error: 'must be at most 200 characters',
      }),
      left: sideText('ASC-02'),
      operator: oneOf(RULE_OPERATORS),
      right: sideText('ASC-01'),
      importance: oneOf(['error', 'warning']),
      active: z.boolean({ error: 'must be true or false' }).default(true),
    },
    {
      error: (issue) =>
        issue.code === 'unrecognized_keys'
          ? 'is not a field of a rule; expected name, left, operator, right, importance, active'
          : undefined,
    },
  )
  .meta({ id: 'ValidationRuleBody' });

export const RuleSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    left: z.string(),
    operator: z.enum(RULE_OPERATORS),
    right: z.string(),
    importance: z.enum(['error', 'warning']),
    active: z.boolean(),
    by: z.string(),
    at: z.string(),
  })
  .meta({ id: 'ValidationRule' });

export const RuleListSchema = z.object({ rules: z.array(RuleSchema) }).meta({ id: 'ValidationRules' });
