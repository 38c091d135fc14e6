/**
 * Key actions and milestones: the list with RAG and overdue flags, one action with its progress
 * history, adding and revising an action, and recording progress. Officers see the actions held at
 * their units (or for which they are responsible); councillors read all; partners and the public
 * none. Out of reach reads as absent (404).
 */
import type { FastifyRequest } from 'fastify';
import {
  actionsProgress,
  createKeyAction,
  keyAction,
  recordProgress,
  reviseKeyAction,
} from '../../app/pdrr/index.js';
import { UserError } from '../../domain/errors.js';
import { pdrrReaderOf } from '../../domain/pdrr/access.js';
import { summariseActions } from '../../domain/pdrr/action-progress.js';
import type { Store } from '../../store/connect.js';
import { getKeyAction } from '../../store/key-actions.js';
import { listMeasures } from '../../store/measures.js';
import { listStrategyItems } from '../../store/strategy.js';
import type { AuthSettings } from '../auth/settings.js';
import { actorOf, scopeFor } from '../auth/viewer.js';
import { described, errorResponses } from '../error-body.js';
import type { ResourceRoutes } from '../resource.js';
import { actionHolding, actionPolicy } from './policy.js';
import {
  ActionListQuery,
  ActionListSchema,
  ActionParams,
  ActionPatchSchema,
  ActionSchema,
  ActionViewSchema,
  NewActionSchema,
  ProgressBodySchema,
} from './schema.js';

/** The plans and measures actions link to, to work out which units hold each action. */
export async function holdingContext(store: Store) {
  const [items, measures] = await Promise.all([
    listStrategyItems(store.db),
    listMeasures(store.db, { includeRetired: true }),
  ]);
  return { items: new Map(items.map((i) => [i.id, i])), measures: new Map(measures.map((m) => [m.id, m])) };
}

/** Refuses partners and the public before anything is read: none of this is theirs to see. */
export async function pdrrScope(request: FastifyRequest, store: Store) {
  const scope = await scopeFor(request, store);
  if (pdrrReaderOf(scope) === 'none')
    throw new UserError('forbidden', 'Plans, reviews and risks are for council officers and councillors');
  return scope;
}

export const actionRoutes = (settings: AuthSettings): ResourceRoutes =>
  async function actionRoutes(app, { store }) {
    const today = () => settings.clock().toISOString().slice(0, 10);
    const change = (request: FastifyRequest) => ({
      by: actorOf(request),
      at: settings.clock().toISOString(),
    });

    async function readable(request: FastifyRequest, id: string) {
      const scope = await pdrrScope(request, store);
      const action = await getKeyAction(store.db, id);
      const context = await holdingContext(store);
      if (!action || !actionPolicy.read(scope, actionHolding(action, context.items, context.measures)))
        throw new UserError('not-found', `There is no key action with id "${id}"`);
      return { scope, action, held: actionHolding(action, context.items, context.measures) };
    }

    app.get(
      '/actions',
      {
        config: { access: 'user', tokenScope: 'plans' },
        schema: {
          tags: ['plan-do-review-revise'],
          summary: 'Key actions and milestones with their RAG, % complete and overdue flag',
          querystring: ActionListQuery,
          response: {
            200: described('The actions the reader may see', ActionListSchema),
            ...errorResponses(400, 401, 403),
          },
        },
      },
      async (request) => {
        const scope = await pdrrScope(request, store);
        const { strategyItem, measure, orgUnit, overdue } = request.query;
        const [{ actions }, context] = await Promise.all([
          actionsProgress(store, today()),
          holdingContext(store),
        ]);
        const shown = actions.filter(
          (v) =>
            actionPolicy.read(scope, actionHolding(v.action, context.items, context.measures)) &&
            (strategyItem === undefined || v.action.strategyItemIds.includes(strategyItem)) &&
            (measure === undefined || v.action.measureIds.includes(measure)) &&
            (orgUnit === undefined || v.action.orgUnitId === orgUnit) &&
            (!overdue || v.overdue),
        );
        return { today: today(), summary: summariseActions(shown), actions: shown };
      },
    );

    app.get(
      '/actions/:id',
      {
        config: { access: 'user', tokenScope: 'plans' },
        schema: {
          tags: ['plan-do-review-revise'],
          summary: 'One key action with its RAG and dated progress updates',
          params: ActionParams,
          response: { 200: described('The action', ActionViewSchema), ...errorResponses(400, 401, 403, 404) },
        },
      },
      async (request) => {
        await readable(request, request.params.id);
        return (await keyAction(store, request.params.id, today()))!;
      },
    );

    app.post(
      '/actions',
      {
        bodyLimit: 64 * 1024,
        config: { access: 'user' },
        schema: {
          tags: ['plan-do-review-revise'],
          summary: 'Add a key action, with the appendix’s columns, milestones and links',
          body: NewActionSchema,
          response: {
            201: described('The action as recorded', ActionSchema),
            ...errorResponses(400, 401, 403, 409),
          },
        },
      },
      async (request, reply) => {
        const scope = await pdrrScope(request, store);
        const body = request.body;
        if (!actionPolicy.create(scope, body.orgUnitId))
          throw new UserError(
            'forbidden',
            'orgUnitId: you may add actions only to units you manage; performance officers may add them anywhere',
          );
        const created = await createKeyAction(store, body, change(request));
        return reply.status(201).send(created);
      },
    );

    app.patch(
      '/actions/:id',
      {
        bodyLimit: 64 * 1024,
        config: { access: 'user' },
        schema: {
          tags: ['plan-do-review-revise'],
          summary: 'Revise a key action’s plan: title, officer, dates, milestones, links',
          params: ActionParams,
          body: ActionPatchSchema,
          response: {
            200: described('The action as revised', ActionSchema),
            ...errorResponses(400, 401, 403, 404),
          },
        },
      },
      async (request) => {
        const { scope, held } = await readable(request, request.params.id);
        if (!actionPolicy.change(scope, held))
          throw new UserError('forbidden', `You may read ${request.params.id} but not change it`);
        if (request.body.orgUnitId !== undefined && !actionPolicy.create(scope, request.body.orgUnitId))
          throw new UserError('forbidden', 'orgUnitId: you may move actions only to units you manage');
        return reviseKeyAction(store, request.params.id, request.body);
      },
    );

    app.post(
      '/actions/:id/progress',
      {
        bodyLimit: 16 * 1024,
        config: { access: 'user' },
        schema: {
          tags: ['plan-do-review-revise'],
          summary: 'Record dated progress on a key action (kept as history)',
          params: ActionParams,
          body: ProgressBodySchema,
          response: {
            201: described('The action with its updates', ActionViewSchema),
            ...errorResponses(400, 401, 403, 404),
          },
        },
      },
      async (request, reply) => {
        const { scope, held } = await readable(request, request.params.id);
        if (!actionPolicy.change(scope, held))
          throw new UserError(
            'forbidden',
            `You may read ${request.params.id} but not record its progress: its responsible officer and managers over its unit may`,
          );
        return reply
          .status(201)
          .send(await recordProgress(store, request.params.id, request.body, change(request)));
      },
    );
  };
