/**
 * Dashboards: the list a reader may see, one dashboard's cards, every card's data in one answer
 * (so a dashboard of twenty cards is one request), saving an edit as a new version, and the
 * versions kept.
 */
import type { FastifyRequest } from 'fastify';
import { canSeeMeasure, visibleStrategyItems } from '../../domain/access/scope.js';
import type { DashboardVersion } from '../../domain/dashboards/card.js';
import { UserError } from '../../domain/errors.js';
import { allDashboards, saveDashboard } from '../../app/dashboards/dashboards.js';
import { createDashboard } from '../../app/dashboards/create.js';
import { historyOf } from '../../app/dashboards/history.js';
import { cachedDashboardData } from '../../app/dashboards/data-cache.js';
import { loadThread } from '../../app/dashboards/thread.js';
import { readAsAt } from '../../app/status/index.js';
import type { Store } from '../../store/connect.js';
import { accountOf } from '../../store/users.js';
import type { AuthSettings } from '../auth/settings.js';
import { scopeFor, signedIn } from '../auth/viewer.js';
import { described, errorResponses } from '../error-body.js';
import type { ResourceRoutes } from '../resource.js';
import { dashboardPolicy } from './policy.js';
import {
  DashboardAnswerSchema,
  DashboardCreateSchema,
  DashboardDataQuery,
  DashboardDataSchema,
  DashboardEditSchema,
  DashboardHistorySchema,
  DashboardListSchema,
  DashboardParams,
} from './schema.js';

const kindOf = (d: DashboardVersion): 'objective' | 'directorate' | 'service' | 'custom' => {
  const prefix = d.id.split('-')[0];
  return prefix === 'objective' || prefix === 'directorate' || prefix === 'service' ? prefix : 'custom';
};

/** What the reader may see, worked out once per request. */
async function readerOf(store: Store, request: FastifyRequest) {
  const [scope, account, thread] = await Promise.all([
    scopeFor(request, store),
    accountOf(store.db, signedIn(request).user),
    loadThread(store),
  ]);
  const visibleItemIds = visibleStrategyItems(scope, thread.items);
  return {
    scope,
    thread,
    account,
    visibleItemIds,
    canRead: (d: DashboardVersion) => dashboardPolicy.read(scope, visibleItemIds, d),
    canEdit: (d: DashboardVersion) => dashboardPolicy.edit(scope, account, d),
  };
}

type Reader = Awaited<ReturnType<typeof readerOf>>;

/** A blank dashboard's owner by default: the first unit the reader manages, else the council itself. */
function defaultOwner(reader: Reader): string | null {
  const managed = reader.account.grants.find(
    (g) => g.orgUnitId !== null && reader.scope.units.has(g.orgUnitId),
  );
  return managed?.orgUnitId ?? reader.thread.units.find((u) => u.parentId === null)?.id ?? null;
}

/** The dashboard, or 404 for one that does not exist or that the reader may not see. */
async function dashboardFor(store: Store, reader: Reader, id: string): Promise<DashboardVersion> {
  const found = (await allDashboards(store, reader.thread, id)).find((d) => d.id === id);
  if (!found || !reader.canRead(found))
    throw new UserError('not-found', `There is no dashboard with id "${id}"`);
  return found;
}

export const dashboardRoutes = (settings: AuthSettings): ResourceRoutes =>
  async function dashboardRoutes(app, { store }) {
    const today = () => settings.clock().toISOString().slice(0, 10);

    app.get(
      '/dashboards',
      {
        config: { access: 'user', tokenScope: 'measures' },
        schema: {
          tags: ['dashboards'],
          summary: 'The dashboards you may see: one per Corporate Plan objective, directorate and service',
          response: { 200: described('The dashboards', DashboardListSchema), ...errorResponses(401) },
        },
      },
      async (request) => {
        const reader = await readerOf(store, request);
        const dashboards = (await allDashboards(store, reader.thread)).filter(reader.canRead);
        return {
          dashboards: dashboards.map((d) => ({
            id: d.id,
            title: d.title,
            kind: kindOf(d),
            scope: d.scope,
            ownerOrgUnitId: d.ownerOrgUnitId,
            cardCount: d.cards.length,
            version: d.version,
            changedBy: d.changedBy,
            changedAt: d.changedAt,
            canEdit: reader.canEdit(d),
          })),
        };
      },
    );

    app.post(
      '/dashboards',
      {
        bodyLimit: 16 * 1024,
        config: { access: 'user' },
        schema: {
          tags: ['dashboards'],
          summary: 'Make a new dashboard, blank or a copy of one you may see, saved as its version 1',
          description:
            'A blank dashboard is about its owning unit (yours by default). A copy keeps the cards, subject ' +
            'and owner of the one copied. Those who may change the result may make it: the managers of its ' +
            'unit, performance officers and administrators.',
          body: DashboardCreateSchema,
          response: {
            201: described('The new dashboard', DashboardAnswerSchema),
            ...errorResponses(400, 401, 403, 404, 409),
          },
        },
      },
      async (request, reply) => {
        const reader = await readerOf(store, request);
        const { title, copyFrom, ownerOrgUnitId } = request.body;
        const copyOf = copyFrom === undefined ? null : await dashboardFor(store, reader, copyFrom);
        const owner = copyOf?.ownerOrgUnitId ?? ownerOrgUnitId ?? defaultOwner(reader);
        const would = {
          id: 'new',
          title,
          ownerOrgUnitId: owner,
          scope: copyOf?.scope ?? { kind: 'org-unit' as const, id: owner ?? '' },
          cards: [],
        };
        if (owner === null || !reader.canEdit({ ...would, version: 0, changedBy: null, changedAt: null }))
          throw new UserError(
            'forbidden',
            copyOf
              ? `You may read dashboard "${copyOf.title}" but not make dashboards for its unit: ask its managers or a performance officer`
              : 'Only the managers of a unit, performance officers and administrators may make a dashboard for it',
          );
        const created = await createDashboard(
          store,
          { title, copyOf, ownerOrgUnitId: owner },
          reader.thread,
          { by: signedIn(request).user.email, at: settings.clock().toISOString() },
        );
        return reply.status(201).send({ dashboard: created, canEdit: true });
      },
    );

    app.get(
      '/dashboards/:id',
      {
        config: { access: 'user', tokenScope: 'measures' },
        schema: {
          tags: ['dashboards'],
          summary: "A dashboard's cards and their places on the grid",
          params: DashboardParams,
          response: {
            200: described('The dashboard', DashboardAnswerSchema),
            ...errorResponses(400, 401, 404),
          },
        },
      },
      async (request) => {
        const reader = await readerOf(store, request);
        const dashboard = await dashboardFor(store, reader, request.params.id);
        return { dashboard, canEdit: reader.canEdit(dashboard) };
      },
    );

    app.get(
      '/dashboards/:id/data',
      {
        config: { access: 'user', tokenScope: 'measures' },
        schema: {
          tags: ['dashboards'],
          summary: 'The dashboard with every card’s figures, words and chart, in one answer',
          description:
            'Cards whose measure the reader may not see say so and show nothing. Councillors and partners ' +
            'see approved figures only. `area` judges headline, trend and SPC cards for one ward.',
          params: DashboardParams,
          querystring: DashboardDataQuery,
          response: {
            200: described('The cards’ data', DashboardDataSchema),
            ...errorResponses(400, 401, 404),
          },
        },
      },
      async (request) => {
        const reader = await readerOf(store, request);
        const dashboard = await dashboardFor(store, reader, request.params.id);
        const data = await cachedDashboardData(
          store,
          dashboard,
          {
            canSeeMeasure: (m) => canSeeMeasure(reader.scope, m),
            visibleItemIds: reader.visibleItemIds,
            approvedOnly: reader.scope.approvedOnly,
          },
          { asAt: readAsAt(request.query.period), today: today(), areaCode: request.query.area },
          reader.thread,
        );
        // Plain objects for the response schema, which takes cards of many shapes.
        return {
          ...data,
          cards: data.cards.map((card) => ({ ...card })),
          dashboard,
          canEdit: reader.canEdit(dashboard),
        };
      },
    );

    app.put(
      '/dashboards/:id',
      {
        bodyLimit: 64 * 1024,
        config: { access: 'user' },
        schema: {
          tags: ['dashboards'],
          summary: 'Save a changed dashboard for the organisation, as a new version',
          description:
            'Send the version you started from: if someone saved since, the answer is 409 and nothing is ' +
            'overwritten. Every card is checked; the problems are named together.',
          params: DashboardParams,
          body: DashboardEditSchema,
          response: {
            200: described('The dashboard as saved', DashboardAnswerSchema),
            ...errorResponses(400, 401, 403, 404, 409),
          },
        },
      },
      async (request) => {
        const reader = await readerOf(store, request);
        const existing = await dashboardFor(store, reader, request.params.id);
        if (!reader.canEdit(existing))
          throw new UserError(
            'forbidden',
            `Only the managers of its unit, performance officers and administrators may change dashboard "${existing.title}"`,
          );
        const saved = await saveDashboard(
          store,
          existing,
          { id: existing.id, ...request.body },
          (m) => canSeeMeasure(reader.scope, m),
          { by: signedIn(request).user.email, at: settings.clock().toISOString() },
          reader.thread,
        );
        return { dashboard: saved, canEdit: true };
      },
    );

    app.get(
      '/dashboards/:id/history',
      {
        config: { access: 'user', tokenScope: 'measures' },
        schema: {
          tags: ['dashboards'],
          summary: 'Every saved version of a dashboard: who saved it and when',
          params: DashboardParams,
          response: {
            200: described('The versions, oldest first', DashboardHistorySchema),
            ...errorResponses(400, 401, 404),
          },
        },
      },
      async (request) => {
        const reader = await readerOf(store, request);
        const dashboard = await dashboardFor(store, reader, request.params.id);
        return { versions: await historyOf(store, dashboard, reader.thread) };
      },
    );
  };
