/** Report schedules and their deliveries: request and response bodies. */
import { z } from 'zod';
import { DELIVERY_KINDS, DELIVERY_STATUSES, WHEN_UNAPPROVED } from '../../domain/schedules/index.js';
import { oneOf, queryObject, requiredText } from '../query.js';

const text = (example: string, max = 200) =>
  requiredText(example).refine((t) => t.length <= max, { error: `must be at most ${max} characters` });

export const ScheduleBodySchema = z
  .strictObject(
    {
      name: text('Cabinet quarterly pack'),
      level: text('cabinet', 40),
      format: text('pdf', 10),
      period: text('last-complete-quarter', 40).describe(
        'last-complete-month, last-complete-quarter, last-complete-year, or one period such as 2017/18-Q2',
      ),
      orgUnitId: z
        .string()
        .max(100)
        .nullable()
        .optional()
        .describe('The directorate, service or team a management report is about'),
      personId: z.string().max(100).nullable().optional().describe('The employee an employee report is for'),
      cron: text('0 8 1 1,4,7,10 *', 100).describe(
        'Minute hour day month weekday, in the time zone; e.g. "0 8 1 1,4,7,10 *" is 8am on the first day of each quarter',
      ),
      timeZone: z.string().max(60).optional().describe('IANA time zone; Europe/London when left out'),
      recipients: z
        .array(z.string().max(254), { error: 'must be a list of email addresses' })
        .max(200, { error: 'must list at most 200 addresses' }),
      whenUnapproved: oneOf(WHEN_UNAPPROVED)
        .optional()
        .describe(
          'wait (the default): hold the report until its figures are approved; provisional: send it marked so',
        ),
      active: z.boolean({ error: 'must be true or false' }).optional(),
    },
    {
      error: (issue) =>
        issue.code === 'unrecognized_keys'
          ? 'is not a setting; expected name, level, format, period, orgUnitId, personId, cron, timeZone, recipients, whenUnapproved, active'
          : undefined,
    },
  )
  .meta({ id: 'ScheduleChange' });

export const ScheduleSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    level: z.string(),
    format: z.string(),
    period: z.string(),
    orgUnitId: z.string().nullable(),
    personId: z.string().nullable(),
    cron: z.string(),
    timeZone: z.string(),
    recipients: z.array(z.string()),
    whenUnapproved: z.enum(WHEN_UNAPPROVED),
    active: z.boolean(),
    nextRunAt: z.string().nullable().describe('When it next runs; null when paused'),
    createdBy: z.string(),
    createdAt: z.string(),
    changedBy: z.string(),
    changedAt: z.string(),
  })
  .meta({ id: 'Schedule' });

export const ScheduleListSchema = z.object({ schedules: z.array(ScheduleSchema) });

export const DeliverySchema = z
  .object({
    id: z.number(),
    kind: z.enum(DELIVERY_KINDS),
    scheduleId: z.string().nullable(),
    title: z.string(),
    period: z.string().nullable(),
    recipients: z.array(z.string()),
    status: z.enum(DELIVERY_STATUSES),
    statusWords: z.string().describe('The status in words'),
    attempts: z.number(),
    nextAttemptAt: z.string().nullable(),
    lastError: z.string().nullable().describe('Why the last attempt failed, or why it waits'),
    provisional: z.boolean(),
    fileName: z.string().nullable().describe('The kept report, once produced'),
    mediaType: z.string().nullable(),
    size: z.number().nullable(),
    scheduledFor: z.string(),
    requestedBy: z.string().nullable(),
    createdAt: z.string(),
    sentAt: z.string().nullable(),
  })
  .meta({ id: 'Delivery' });

export const DeliveryListSchema = z.object({ deliveries: z.array(DeliverySchema) });

export const ScheduleParams = z.object({ id: requiredText('sch-0a1b2c3d4e') });
export const DeliveryParams = z.object({
  id: z.coerce
    .number({ error: 'must be a delivery number, e.g. 12' })
    .int()
    .positive({ error: 'must be a delivery number, e.g. 12' }),
});

export const DeliveryQuery = queryObject({
  schedule: z.string().optional(),
  status: oneOf(DELIVERY_STATUSES).optional(),
  kind: oneOf(DELIVERY_KINDS).optional(),
});
