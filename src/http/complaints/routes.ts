/**
 * Customer insight: the complaints log with counts by cause, so that the review step can analyse
 * the cause of complaints and share the learning. Held at the unit complained about.
 */
import type { FastifyRequest } from 'fastify';
import { complaintsLog, recordComplaint, reviseComplaint } from '../../app/pdrr/index.js';
import { UserError } from '../../domain/errors.js';
import { canChangeHeld, canCreateAt, canReadHeld } from '../../domain/pdrr/access.js';
import type { Complaint } from '../../domain/pdrr/complaints.js';
import type { Scope } from '../../domain/access/scope.js';
import { listComplaints } from '../../store/complaints.js';
import type { AuthSettings } from '../auth/settings.js';
import { actorOf } from '../auth/viewer.js';
import { pdrrScope } from '../actions/routes.js';
import { described, errorResponses } from '../error-body.js';
import type { ResourceRoutes } from '../resource.js';
import {
  ComplaintParams,
  ComplaintPatchSchema,
  ComplaintSchema,
  ComplaintsLogSchema,
  ComplaintsQuery,
  NewComplaintSchema,
} from './schema.js';

const held = (c: Pick<Complaint, 'orgUnitId'>) => ({ orgUnitIds: [c.orgUnitId], personIds: [] });
export const complaintPolicy = {
  read: (scope: Scope, c: Complaint) => canReadHeld(scope, held(c)),
  change: (scope: Scope, c: Complaint) => canChangeHeld(scope, held(c)),
  create: (scope: Scope, orgUnitId: string) => canCreateAt(scope, orgUnitId),
};

export const complaintRoutes = (settings: AuthSettings): ResourceRoutes =>
  async function complaintRoutes(app, { store }) {
    const change = (request: FastifyRequest) => ({
      by: actorOf(request),
      at: settings.clock().toISOString(),
    });
    const tags = ['plan-do-review-revise'];

    app.get(
      '/complaints',
      {
        config: { access: 'user', tokenScope: 'plans' },
        schema: {
          tags,
          summary: 'The complaints log, with counts received and upheld by cause',
          querystring: ComplaintsQuery,
          response: { 200: described('The log', ComplaintsLogSchema), ...errorResponses(400, 401, 403) },
        },
      },
      async (request) => {
        const scope = await pdrrScope(request, store);
        return complaintsLog(store, request.query, (c) => complaintPolicy.read(scope, c));
      },
    );

    app.post(
      '/complaints',
      {
        bodyLimit: 16 * 1024,
        config: { access: 'user' },
        schema: {
          tags,
          summary: 'Log a complaint',
          body: NewComplaintSchema,
          response: {
            201: described('The complaint', ComplaintSchema),
            ...errorResponses(400, 401, 403, 409),
          },
        },
      },
      async (request, reply) => {
        const scope = await pdrrScope(request, store);
        if (!complaintPolicy.create(scope, request.body.orgUnitId))
          throw new UserError('forbidden', 'orgUnitId: you may log complaints only for units you manage');
        return reply.status(201).send(await recordComplaint(store, request.body, change(request)));
      },
    );

    app.patch(
      '/complaints/:id',
      {
        bodyLimit: 16 * 1024,
        config: { access: 'user' },
        schema: {
          tags,
          summary: 'Record a complaint’s outcome, response date and learning',
          params: ComplaintParams,
          body: ComplaintPatchSchema,
          response: {
            200: described('The complaint', ComplaintSchema),
            ...errorResponses(400, 401, 403, 404),
          },
        },
      },
      async (request) => {
        const scope = await pdrrScope(request, store);
        const found = (await listComplaints(store.db)).find((c) => c.id === request.params.id);
        if (!found || !complaintPolicy.read(scope, found))
          throw new UserError('not-found', `There is no complaint with id "${request.params.id}"`);
        if (!complaintPolicy.change(scope, found))
          throw new UserError('forbidden', `You may read ${found.id} but not change it`);
        if (request.body.orgUnitId !== undefined && !complaintPolicy.create(scope, request.body.orgUnitId))
          throw new UserError('forbidden', 'orgUnitId: you may move complaints only to units you manage');
        return reviseComplaint(store, found.id, request.body, change(request));
      },
    );
  };
