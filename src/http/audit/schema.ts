import { z } from 'zod';
import { AUDIT_ACTIONS } from '../../store/audit.js';
import { oneOf, queryObject } from '../query.js';

const time = (example: string) =>
  z
    .string({ error: `must be a date or time given once, e.g. ${example}` })
    .refine((text) => !Number.isNaN(Date.parse(text)), { error: `must be a date or time, e.g. ${example}` })
    .transform((text) => new Date(Date.parse(text)).toISOString());

export const MAX_AUDIT_PAGE = 500;

export const AuditQuery = queryObject({
  from: time('2026-04-01').optional().describe('Only events at or after this time'),
  to: time('2026-07-01').optional().describe('Only events before this time'),
  action: oneOf(AUDIT_ACTIONS).optional(),
  after: z.string().max(200).optional().describe('The `next` cursor of the previous page'),
  limit: z.coerce
    .number({ error: `must be a whole number from 1 to ${MAX_AUDIT_PAGE}` })
    .int({ error: `must be a whole number from 1 to ${MAX_AUDIT_PAGE}` })
    .min(1, { error: `must be a whole number from 1 to ${MAX_AUDIT_PAGE}` })
    .max(MAX_AUDIT_PAGE, { error: `must be a whole number from 1 to ${MAX_AUDIT_PAGE}` })
    .default(100),
  format: z
    .enum(['json', 'csv'], { error: 'must be json or csv' })
    .default('json')
    .describe('csv downloads the whole trail in range'),
});

export const AuditEventSchema = z
  .object({
    id: z.string(),
    at: z.string(),
    actor: z.string().nullable(),
    action: z.enum(AUDIT_ACTIONS),
    objectType: z.string().nullable(),
    objectId: z.string().nullable(),
    before: z.unknown(),
    after: z.unknown(),
    ip: z.string().nullable(),
  })
  .meta({ id: 'AuditEvent' });

export const AuditPageSchema = z
  .object({
    events: z.array(AuditEventSchema).describe('Oldest first'),
    next: z.string().nullable().describe('The cursor for the following page, or null on the last'),
  })
  .meta({ id: 'AuditPage' });
