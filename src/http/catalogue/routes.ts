/**
 * Administering the catalogue: measures (create, change, retire), their targets (set, withdraw,
 * history) and the strategy tree (add, change, move, retire). For the performance function —
 * performance officers and administrators — in a signed-in browser; every change is audited.
 */
import type { FastifyRequest } from 'fastify';
import { createMeasure, editMeasure, type CatalogueChange } from '../../app/catalogue/measures.js';
import { createStrategyItem, editStrategyItem, retireItem } from '../../app/catalogue/strategy.js';
import { measureTargets, setMeasureTarget, withdrawMeasureTarget } from '../../app/catalogue/targets.js';
import { UserError } from '../../domain/errors.js';
import type { Store } from '../../store/connect.js';
import { accountOf } from '../../store/users.js';
import type { AuthSettings } from '../auth/settings.js';
import { signedIn } from '../auth/viewer.js';
import { described, errorResponses } from '../error-body.js';
import { MeasureSchema } from '../measures/schema.js';
import type { ResourceRoutes } from '../resource.js';
import { StrategyItemSchema } from '../strategy/schema.js';
import { itemEditOf, measureEditOf, newItemOf, newMeasureOf } from './bodies.js';
import { cataloguePolicy } from './policy.js';
import {
  CodeParams,
  IdParams,
  MeasureEditSchema,
  MeasureTargetsSchema,
  NewMeasureSchema,
  NewStrategyItemSchema,
  RetirementBodySchema,
  RetirementSchema,
  StrategyEditSchema,
  TargetBodySchema,
  TargetWithdrawalSchema,
} from './schema.js';

async function requirePerformanceFunction(store: Store, request: FastifyRequest): Promise<void> {
  const account = await accountOf(store.db, signedIn(request).user);
  if (!cataloguePolicy.manage(account)) {
    throw new UserError(
      'forbidden',
      'Only performance officers and administrators may change measures, targets and the strategy tree',
    );
  }
}

const access = { access: 'user' as const };

export const catalogueRoutes = (settings: AuthSettings): ResourceRoutes =>
  async function catalogueRoutes(app, { store }) {
    /** Checks who asks, then says who changes what and when. */
    const changeBy = async (request: FastifyRequest): Promise<CatalogueChange> => {
      await requirePerformanceFunction(store, request);
      return { by: signedIn(request).user.email, at: settings.clock().toISOString(), ip: request.ip };
    };

    app.post(
      '/measures',
      {
        bodyLimit: 64 * 1024,
        config: access,
        schema: {
          tags: ['measures'],
          summary: 'Define a new measure',
          description:
            'Left-out fields take defaults: financial years, aggregation by unit (counts summed, others averaged), ' +
            'no decimals, figures due 30 days after each period, not published, no strategy links.',
          body: NewMeasureSchema,
          response: {
            201: described('The measure as defined', MeasureSchema),
            ...errorResponses(400, 401, 403, 409),
          },
        },
      },
      async (request, reply) => {
        const change = await changeBy(request);
        const measure = await createMeasure(store, newMeasureOf(request.body), change);
        return reply.status(201).send(measure);
      },
    );

    app.patch(
      '/measures/:code',
      {
        bodyLimit: 64 * 1024,
        config: access,
        schema: {
          tags: ['measures'],
          summary: 'Change a measure’s definition, links or state',
          description:
            'Fields left out keep their value. Once a measure has figures its frequency, kind of year, unit and ' +
            '"per" stay fixed (409, saying why). Retiring (`state: retired`, with a `reason`) keeps every figure.',
          params: CodeParams,
          body: MeasureEditSchema,
          response: {
            200: described('The measure as changed', MeasureSchema),
            ...errorResponses(400, 401, 403, 404, 409),
          },
        },
      },
      async (request) => {
        const change = await changeBy(request);
        return editMeasure(store, request.params.code, measureEditOf(request.body), change);
      },
    );

    app.get(
      '/measures/:code/targets',
      {
        config: access,
        schema: {
          tags: ['measures'],
          summary: 'A measure’s targets by period, each with every version: who set it, when and why',
          params: CodeParams,
          response: {
            200: described('Targets in time order', MeasureTargetsSchema),
            ...errorResponses(400, 401, 403, 404),
          },
        },
      },
      async (request) => {
        await requirePerformanceFunction(store, request);
        return measureTargets(store, request.params.code);
      },
    );

    app.put(
      '/measures/:code/targets',
      {
        bodyLimit: 8 * 1024,
        config: access,
        schema: {
          tags: ['measures'],
          summary: 'Set (or replace) the target for one period, as a new version',
          description:
            'The period must be of the kind the measure reports. A measure judged within a band needs `lower` and ' +
            '`upper`; others a `value`. The earlier target is kept in the history.',
          params: CodeParams,
          body: TargetBodySchema,
          response: {
            200: described('The measure’s targets now', MeasureTargetsSchema),
            ...errorResponses(400, 401, 403, 404, 409),
          },
        },
      },
      async (request) => {
        const change = await changeBy(request);
        const b = request.body;
        return setMeasureTarget(
          store,
          request.params.code,
          {
            period: b.period,
            value: b.value ?? null,
            lower: b.lower ?? null,
            upper: b.upper ?? null,
            tolerance: b.tolerance ?? null,
            reason: b.reason,
          },
          change,
        );
      },
    );

    app.post(
      '/measures/:code/targets/withdraw',
      {
        bodyLimit: 4 * 1024,
        config: access,
        schema: {
          tags: ['measures'],
          summary: 'Withdraw the target for one period: the measure has none then, and the history keeps it',
          params: CodeParams,
          body: TargetWithdrawalSchema,
          response: {
            200: described('The measure’s targets now', MeasureTargetsSchema),
            ...errorResponses(400, 401, 403, 404),
          },
        },
      },
      async (request) => {
        const change = await changeBy(request);
        return withdrawMeasureTarget(store, request.params.code, request.body, change);
      },
    );

    app.post(
      '/strategy',
      {
        bodyLimit: 16 * 1024,
        config: access,
        schema: {
          tags: ['strategy'],
          summary: 'Add an item to the golden thread, under a parent its kind may hang from',
          body: NewStrategyItemSchema,
          response: {
            201: described('The item as added', StrategyItemSchema),
            ...errorResponses(400, 401, 403, 409),
          },
        },
      },
      async (request, reply) => {
        const change = await changeBy(request);
        return reply.status(201).send(await createStrategyItem(store, newItemOf(request.body), change));
      },
    );

    app.patch(
      '/strategy/:id',
      {
        bodyLimit: 16 * 1024,
        config: access,
        schema: {
          tags: ['strategy'],
          summary: 'Change a strategy item, or move it to another parent (never below itself)',
          params: IdParams,
          body: StrategyEditSchema,
          response: {
            200: described('The item as changed', StrategyItemSchema),
            ...errorResponses(400, 401, 403, 404, 409),
          },
        },
      },
      async (request) => {
        const change = await changeBy(request);
        return editStrategyItem(store, request.params.id, itemEditOf(request.body), change);
      },
    );

    app.post(
      '/strategy/:id/retire',
      {
        bodyLimit: 4 * 1024,
        config: access,
        schema: {
          tags: ['strategy'],
          summary: 'Retire a strategy item: it leaves the thread, and its links and history stay',
          description: 'Refused (409) while items in use hang below it: retire or move them first.',
          params: IdParams,
          body: RetirementBodySchema,
          response: {
            200: described('The retired item and the measures still linked to it', RetirementSchema),
            ...errorResponses(400, 401, 403, 404, 409),
          },
        },
      },
      async (request) => {
        const change = await changeBy(request);
        return retireItem(store, request.params.id, request.body.reason, change);
      },
    );
  };
