import { z } from 'zod';
import { QUALITY_FLAGS, VALUE_STATUSES } from '../../domain/figures.js';
import { parsePeriod } from '../../domain/period.js';
import { SIGNOFF_EVENT_STATES, SIGNOFF_STATES } from '../../domain/signoff/index.js';
import { gssCode, periodText, queryObject, requiredText } from '../query.js';

/** Figures per page: a ward-level monthly measure over ten years is about 2,400, so most fit in one. */
export const DEFAULT_PAGE_SIZE = 1000;
export const MAX_PAGE_SIZE = 5000;

const figure = {
  value: z.number().nullable(),
  numerator: z.number().nullable(),
  denominator: z.number().nullable(),
  status: z.enum(VALUE_STATUSES),
  qualityFlag: z.enum(QUALITY_FLAGS).nullable(),
  note: z.string().nullable(),
  source: z.string().nullable(),
};

const change = {
  version: z.number().int().describe('Numbered from 1; a correction is a new version'),
  by: z.string().describe('Who recorded this version'),
  at: z.string().describe('When, as an ISO timestamp'),
  reason: z.string().describe('Why'),
};

export const ValueSchema = z
  .object({
    measureId: z.string(),
    period: z.string().describe('Canonical period text, e.g. 2016/17-Q2'),
    areaCode: z.string().describe('GSS code'),
    ...figure,
    ...change,
  })
  .meta({ id: 'Value', description: 'A figure as it stands now: the latest version of its history' });

export const ValueVersionSchema = z
  .object({
    ...figure,
    ...change,
    withdrawn: z.boolean().describe('Withdrawn in this version: it no longer counts, but its history stays'),
  })
  .meta({ id: 'ValueVersion' });

const pageSizeError = `must be a whole number from 1 to ${MAX_PAGE_SIZE}`;

export const ValueListQuery = queryObject({
  measure: requiredText('CP-ECO-01').describe(
    "The measure's code. Required: a figure means nothing without its measure's unit and polarity",
  ),
  area: gssCode.optional().describe('Only figures for this area'),
  from: periodText.optional().describe('Leave out figures for periods that start before this period starts'),
  to: periodText.optional().describe('Leave out figures for periods that end after this period ends'),
  limit: z.coerce
    .number({ error: pageSizeError })
    .int({ error: pageSizeError })
    .min(1, { error: pageSizeError })
    .max(MAX_PAGE_SIZE, { error: pageSizeError })
    .default(DEFAULT_PAGE_SIZE)
    .describe(`Figures per page, at most ${MAX_PAGE_SIZE} (default ${DEFAULT_PAGE_SIZE})`),
  after: z.string().optional().describe('A page cursor; follow the `next` link rather than building one'),
}).superRefine((query, ctx) => {
  if (query.from === undefined || query.to === undefined) return;
  const from = parsePeriod(query.from);
  const to = parsePeriod(query.to);
  if (from.ok && to.ok && to.period.startMonth + to.period.months <= from.period.startMonth) {
    ctx.addIssue({
      code: 'custom',
      path: ['to'],
      message: `"${query.to}" ends before "${query.from}" (from) begins: give a range whose end is not before its start`,
    });
  }
});

export const ValueListSchema = z
  .object({
    values: z.array(ValueSchema).describe('In order of area code, then period'),
    next: z.string().nullable().describe('Path and query of the next page, or null on the last page'),
  })
  .meta({ id: 'ValueList' });

export const ValueHistoryQuery = queryObject({
  measure: requiredText('CP-ECO-01'),
  period: periodText,
  area: gssCode,
});

export const ValueHistorySchema = z
  .object({
    measureId: z.string(),
    period: z.string(),
    areaCode: z.string(),
    versions: z
      .array(ValueVersionSchema)
      .describe('Every version, oldest first; the last is the current figure'),
    signoff: z
      .object({
        state: z.enum(SIGNOFF_STATES).describe('Where the current version stands'),
        events: z
          .array(
            z.object({
              version: z.number().int(),
              state: z.enum(SIGNOFF_EVENT_STATES),
              by: z.string(),
              at: z.string(),
              reason: z.string().nullable(),
            }),
          )
          .describe('Every sign-off step on any version, oldest first'),
      })
      .describe('The sign-off of the figure: entered, checked, approved (locked), and unlockings'),
  })
  .meta({ id: 'ValueHistory' });

export type ValueBody = z.infer<typeof ValueSchema>;
export type ValueList = z.infer<typeof ValueListSchema>;
export type ValueHistory = z.infer<typeof ValueHistorySchema>;
