/** A measure's commentary history: response body. */
import { z } from 'zod';
import { optionalTextField, textField } from '../actions/fields.js';
import { periodText, queryObject } from '../query.js';

/** No parameters: a misspelt one is refused rather than ignored. */
export const CommentaryHistoryQuery = queryObject({});

const CommentaryVersionSchema = z
  .object({
    version: z.number().int(),
    summary: z.string().describe('What happened'),
    reasons: z.string().nullable().describe('Why'),
    nextSteps: z.string().nullable().describe('What is being done next'),
    authorId: z.string().nullable(),
    authorName: z.string().nullable().describe('The person who wrote it'),
    recordedBy: z.string().describe('The account that recorded this version'),
    recordedAt: z.string(),
    reason: z.string().describe('Why this version was recorded'),
    withdrawn: z.boolean().describe('This version took the commentary back'),
    superseded: z.boolean().describe('A later version replaced this one'),
  })
  .meta({ id: 'CommentaryVersion' });

export const CommentaryHistorySchema = z
  .object({
    measureId: z.string(),
    area: z
      .object({ code: z.string(), name: z.string() })
      .nullable()
      .describe('The area commentary is written for: the authority'),
    periods: z
      .array(
        z.object({
          period: z.string(),
          periodLabel: z.string(),
          versions: z.array(CommentaryVersionSchema).describe('Newest first; only the first is current'),
        }),
      )
      .describe('Each period commented on, newest first'),
  })
  .meta({ id: 'CommentaryHistory' });

/** Commentary written for one period. */
export const NewCommentarySchema = z
  .strictObject(
    {
      period: periodText,
      summary: textField(4000, 'what happened, e.g. "Employment rose for the second quarter"'),
      reasons: optionalTextField(4000, 'why it happened').default(null),
      nextSteps: optionalTextField(4000, 'what is being done next').default(null),
      reason: optionalTextField(
        500,
        'why commentary that exists is being changed, e.g. "figures revised"',
      ).default(null),
    },
    {
      error: (issue) =>
        issue.code === 'unrecognized_keys'
          ? 'is not a field of commentary; expected period, summary, reasons, nextSteps, reason'
          : undefined,
    },
  )
  .meta({ id: 'NewCommentary' });

export const WrittenCommentarySchema = z
  .object({
    outcome: z.enum(['created', 'changed', 'unchanged']),
    version: z.number().int(),
  })
  .meta({ id: 'WrittenCommentary' });
