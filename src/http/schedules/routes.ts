/**
 * Report schedules (what report, to whom, when) and their deliveries (sent, waiting, failed and
 * why), for the performance function in a signed-in browser. "Send now" asks for a run at once;
 * the scheduler sends it on its next round, so the request never waits on a mail server.
 */
import type { FastifyRequest } from 'fastify';
import {
  changeSchedule,
  createSchedule,
  deleteSchedule,
  scheduleNamed,
  sendScheduleNow,
} from '../../app/schedules/index.js';
import { UserError } from '../../domain/errors.js';
import { DELIVERY_STATUS_WORDS, type Delivery } from '../../domain/schedules/index.js';
import type { Store } from '../../store/connect.js';
import { getDelivery, listDeliveries } from '../../store/deliveries.js';
import { listSchedules } from '../../store/schedules.js';
import { accountOf } from '../../store/users.js';
import type { AuthSettings } from '../auth/settings.js';
import { signedIn } from '../auth/viewer.js';
import { described, errorResponses } from '../error-body.js';
import type { ResourceRoutes } from '../resource.js';
import { schedulePolicy } from './policy.js';
import {
  DeliveryListSchema,
  DeliveryParams,
  DeliveryQuery,
  DeliverySchema,
  ScheduleBodySchema,
  ScheduleListSchema,
  ScheduleParams,
  ScheduleSchema,
} from './schema.js';
import { z } from 'zod';

async function requirePerformanceFunction(store: Store, request: FastifyRequest): Promise<void> {
  const account = await accountOf(store.db, signedIn(request).user);
  if (!schedulePolicy.manage(account)) {
    throw new UserError(
      'forbidden',
      'Only performance officers and administrators may see or set report schedules',
    );
  }
}

const withWords = (d: Delivery) => ({ ...d, statusWords: DELIVERY_STATUS_WORDS[d.status] });
const TAGS = ['schedules'];

export const scheduleRoutes = (settings: AuthSettings): ResourceRoutes =>
  async function scheduleRoutes(app, { store }) {
    const change = (request: FastifyRequest) => ({ by: signedIn(request).user.email, at: settings.clock() });

    app.get(
      '/schedules',
      {
        config: { access: 'user' },
        schema: {
          tags: TAGS,
          summary: 'Report schedules',
          response: {
            200: described('Every schedule, by name', ScheduleListSchema),
            ...errorResponses(401, 403),
          },
        },
      },
      async (request) => {
        await requirePerformanceFunction(store, request);
        return { schedules: await listSchedules(store.db) };
      },
    );

    app.post(
      '/schedules',
      {
        bodyLimit: 32 * 1024,
        config: { access: 'user' },
        schema: {
          tags: TAGS,
          summary: 'Set up a report schedule',
          description:
            'A schedule with an invalid cron expression, email address, level, format or period is refused ' +
            'with every reason. See docs/schedules.md.',
          body: ScheduleBodySchema,
          response: {
            201: described('The schedule as saved, with its next run', ScheduleSchema),
            ...errorResponses(400, 401, 403),
          },
        },
      },
      async (request, reply) => {
        await requirePerformanceFunction(store, request);
        return reply.status(201).send(await createSchedule(store, request.body, change(request)));
      },
    );

    app.get(
      '/schedules/:id',
      {
        config: { access: 'user' },
        schema: {
          tags: TAGS,
          summary: 'One report schedule',
          params: ScheduleParams,
          response: { 200: described('The schedule', ScheduleSchema), ...errorResponses(401, 403, 404) },
        },
      },
      async (request) => {
        await requirePerformanceFunction(store, request);
        return scheduleNamed(store, request.params.id);
      },
    );

    app.put(
      '/schedules/:id',
      {
        bodyLimit: 32 * 1024,
        config: { access: 'user' },
        schema: {
          tags: TAGS,
          summary: 'Change a report schedule',
          params: ScheduleParams,
          body: ScheduleBodySchema,
          response: {
            200: described('The schedule as saved', ScheduleSchema),
            ...errorResponses(400, 401, 403, 404),
          },
        },
      },
      async (request) => {
        await requirePerformanceFunction(store, request);
        return changeSchedule(store, request.params.id, request.body, change(request));
      },
    );

    app.delete(
      '/schedules/:id',
      {
        config: { access: 'user' },
        schema: {
          tags: TAGS,
          summary: 'Stop a report schedule for good (its deliveries stay on record)',
          params: ScheduleParams,
          response: { 204: z.null().describe('Stopped'), ...errorResponses(401, 403, 404) },
        },
      },
      async (request, reply) => {
        await requirePerformanceFunction(store, request);
        await deleteSchedule(store, request.params.id, change(request));
        return reply.status(204).send(null);
      },
    );

    app.post(
      '/schedules/:id/send-now',
      {
        config: { access: 'user' },
        schema: {
          tags: TAGS,
          summary: 'Send a schedule’s report now, outside its timetable',
          description:
            'The delivery is recorded at once and sent by the scheduler on its next round (within a minute).',
          params: ScheduleParams,
          response: {
            202: described('The delivery, due now', DeliverySchema),
            ...errorResponses(401, 403, 404, 409),
          },
        },
      },
      async (request, reply) => {
        await requirePerformanceFunction(store, request);
        return reply
          .status(202)
          .send(withWords(await sendScheduleNow(store, request.params.id, change(request))));
      },
    );

    app.get(
      '/deliveries',
      {
        config: { access: 'user' },
        schema: {
          tags: TAGS,
          summary: 'Reports and reminders sent or to be sent, newest first, with their status and last error',
          querystring: DeliveryQuery,
          response: {
            200: described('The latest 100 deliveries', DeliveryListSchema),
            ...errorResponses(400, 401, 403),
          },
        },
      },
      async (request) => {
        await requirePerformanceFunction(store, request);
        const { schedule, status, kind } = request.query;
        const deliveries = await listDeliveries(store.db, { scheduleId: schedule, status, kind });
        return { deliveries: deliveries.map(withWords) };
      },
    );

    app.get(
      '/deliveries/:id/file',
      {
        config: { access: 'user' },
        schema: {
          tags: TAGS,
          summary: 'The report a delivery kept (and sent, or will send)',
          params: DeliveryParams,
          response: {
            200: {
              description: 'The report file',
              content: { 'application/octet-stream': { schema: z.any() } },
            },
            ...errorResponses(400, 401, 403, 404),
          },
        },
      },
      async (request, reply) => {
        await requirePerformanceFunction(store, request);
        const delivery = await getDelivery(store.db, request.params.id);
        if (!delivery)
          throw new UserError('not-found', `delivery: there is no delivery ${request.params.id}`);
        if (delivery.content === null || delivery.fileName === null) {
          throw new UserError(
            'not-found',
            `delivery: delivery ${delivery.id} has no report kept yet (${DELIVERY_STATUS_WORDS[delivery.status].toLowerCase()})`,
          );
        }
        return reply
          .type(delivery.mediaType ?? 'application/octet-stream')
          .header('content-disposition', `attachment; filename="${delivery.fileName}"`)
          .send(delivery.content);
      },
    );
  };
