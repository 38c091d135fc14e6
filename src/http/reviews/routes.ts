/**
 * Review meetings: the list, one meeting with its frozen pack, agenda, decisions and attendance;
 * setting one up (which takes the pack and builds the agenda), recording decisions and actions
 * arising, attendance and the report file; and what was decided about a measure.
 */
import type { FastifyRequest } from 'fastify';
import {
  attachReportFile,
  decisionsAbout,
  listReviewMeetings,
  recordAttendance,
  recordDecision,
  reviewMeeting,
  setUpReviewMeeting,
} from '../../app/pdrr/index.js';
import { canSeeMeasure } from '../../domain/access/scope.js';
import { UserError } from '../../domain/errors.js';
import { getMeasure } from '../../store/measures.js';
import { getReviewMeeting } from '../../store/reviews.js';
import { actionPolicy } from '../actions/policy.js';
import { pdrrScope } from '../actions/routes.js';
import type { AuthSettings } from '../auth/settings.js';
import { actorOf } from '../auth/viewer.js';
import { described, errorResponses } from '../error-body.js';
import type { ResourceRoutes } from '../resource.js';
import { reviewPolicy } from './policy.js';
import {
  AttendanceBodySchema,
  DecisionSchema,
  MeasureDecisionsSchema,
  MeasureParams,
  MeetingListSchema,
  MeetingParams,
  MeetingRecordSchema,
  NewDecisionSchema,
  NewMeetingSchema,
  ReportFileSchema,
} from './schema.js';

export const reviewRoutes = (settings: AuthSettings): ResourceRoutes =>
  async function reviewRoutes(app, { store }) {
    const change = (request: FastifyRequest) => ({
      by: actorOf(request),
      at: settings.clock().toISOString(),
    });
    const tags = ['plan-do-review-revise'];

    async function meeting(request: FastifyRequest, id: string, mustChange: boolean) {
      const scope = await pdrrScope(request, store);
      const found = await getReviewMeeting(store.db, id);
      if (!found || !reviewPolicy.read(scope, found))
        throw new UserError('not-found', `There is no review meeting with id "${id}"`);
      if (mustChange && !reviewPolicy.change(scope, found))
        throw new UserError('forbidden', `You may read ${id} but not minute it`);
      return { scope, meeting: found };
    }

    async function record(id: string) {
      const r = (await reviewMeeting(store, id))!;
      return {
        ...r,
        pack: r.pack ? { ...r.pack, content: r.pack.content as Record<string, unknown> } : null,
      };
    }

    app.get(
      '/reviews',
      {
        config: { access: 'user', tokenScope: 'plans' },
        schema: {
          tags,
          summary: 'Review meetings the reader may see, latest first',
          response: { 200: described('The meetings', MeetingListSchema), ...errorResponses(401, 403) },
        },
      },
      async (request) => {
        const scope = await pdrrScope(request, store);
        return { meetings: (await listReviewMeetings(store.db)).filter((m) => reviewPolicy.read(scope, m)) };
      },
    );

    app.get(
      '/reviews/:id',
      {
        config: { access: 'user', tokenScope: 'plans' },
        schema: {
          tags,
          summary: 'One review meeting: its frozen pack, agenda, decisions and attendance',
          params: MeetingParams,
          response: {
            200: described('The meeting', MeetingRecordSchema),
            ...errorResponses(400, 401, 403, 404),
          },
        },
      },
      async (request) => {
        await meeting(request, request.params.id, false);
        return record(request.params.id);
      },
    );

    app.post(
      '/reviews',
      {
        bodyLimit: 16 * 1024,
        config: { access: 'user' },
        schema: {
          tags,
          summary:
            'Set up a review meeting: takes the pack as it stands and builds the agenda from its exceptions',
          body: NewMeetingSchema,
          response: {
            201: described('The meeting', MeetingRecordSchema),
            ...errorResponses(400, 401, 403, 409),
          },
        },
      },
      async (request, reply) => {
        const scope = await pdrrScope(request, store);
        if (!reviewPolicy.create(scope, request.body))
          throw new UserError(
            'forbidden',
            'You may set up meetings only for units you manage; Cabinet and Scrutiny Board meetings are the performance function’s',
          );
        const created = await setUpReviewMeeting(store, request.body, change(request));
        return reply.status(201).send(await record(created.id));
      },
    );

    app.post(
      '/reviews/:id/decisions',
      {
        bodyLimit: 64 * 1024,
        config: { access: 'user' },
        schema: {
          tags,
          summary: 'Record a decision, optionally about a measure, optionally with a key action arising',
          params: MeetingParams,
          body: NewDecisionSchema,
          response: {
            201: described('The decision', DecisionSchema),
            ...errorResponses(400, 401, 403, 404, 409),
          },
        },
      },
      async (request, reply) => {
        const { scope } = await meeting(request, request.params.id, true);
        const body = request.body;
        if (body.measureId !== null) {
          const measure = await getMeasure(store.db, body.measureId);
          if (!measure || !canSeeMeasure(scope, measure))
            throw new UserError(
              'invalid-input',
              `measureId: there is no measure with code "${body.measureId}"`,
            );
        }
        if (body.actionArising && !actionPolicy.create(scope, body.actionArising.orgUnitId))
          throw new UserError(
            'forbidden',
            'actionArising.orgUnitId: you may add actions only to units you manage',
          );
        return reply.status(201).send(await recordDecision(store, request.params.id, body, change(request)));
      },
    );

    app.put(
      '/reviews/:id/attendance',
      {
        bodyLimit: 64 * 1024,
        config: { access: 'user' },
        schema: {
          tags,
          summary: 'Record who attended, sent apologies or was absent (replaces the list)',
          params: MeetingParams,
          body: AttendanceBodySchema,
          response: {
            200: described('The meeting', MeetingRecordSchema),
            ...errorResponses(400, 401, 403, 404),
          },
        },
      },
      async (request) => {
        await meeting(request, request.params.id, true);
        await recordAttendance(store, request.params.id, request.body.attendance);
        return record(request.params.id);
      },
    );

    app.post(
      '/reviews/:id/report-file',
      {
        bodyLimit: 4 * 1024,
        config: { access: 'user' },
        schema: {
          tags,
          summary: 'Attach the generated report file to the pack (a new pack row; packs never change)',
          params: MeetingParams,
          body: ReportFileSchema,
          response: {
            200: described('The meeting', MeetingRecordSchema),
            ...errorResponses(400, 401, 403, 404, 409),
          },
        },
      },
      async (request) => {
        await meeting(request, request.params.id, true);
        await attachReportFile(store, request.params.id, request.body.fileName, change(request));
        return record(request.params.id);
      },
    );

    app.get(
      '/measures/:code/decisions',
      {
        config: { access: 'user', tokenScope: 'plans' },
        schema: {
          tags,
          summary: 'What review meetings decided about a measure, newest meeting first',
          params: MeasureParams,
          response: {
            200: described('The decisions', MeasureDecisionsSchema),
            ...errorResponses(400, 401, 403, 404),
          },
        },
      },
      async (request) => {
        const scope = await pdrrScope(request, store);
        const { code } = request.params;
        const measure = await getMeasure(store.db, code);
        if (!measure || !canSeeMeasure(scope, measure))
          throw new UserError('not-found', `There is no measure with code "${code}"`);
        const decisions = (await decisionsAbout(store, code)).filter((d) =>
          reviewPolicy.read(scope, d.meeting),
        );
        return { measureId: code, decisions };
      },
    );
  };
