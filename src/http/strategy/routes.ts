/** The golden thread: every item from the Corporate Plan to individual objectives, linked upward. */
import { UserError } from '../../domain/errors.js';
import { listMeasures } from '../../store/measures.js';
import { listStrategyItems } from '../../store/strategy.js';
import { described, errorResponses } from '../error-body.js';
import { summaryOf } from '../measures/summary.js';
import { visibleStrategyItems } from '../../domain/access/scope.js';
import { scopeFor } from '../auth/viewer.js';
import { measurePolicy } from '../measures/policy.js';
import type { ResourceRoutes } from '../resource.js';
import { strategyPolicy } from './policy.js';
import { ancestorsOf, childrenOf, parentsFirst } from '../tree.js';
import {
  StrategyItemDetailSchema,
  StrategyItemParams,
  StrategyListQuery,
  StrategyListSchema,
} from './schema.js';

export const strategyRoutes: ResourceRoutes = async (app, { store }) => {
  app.get(
    '/strategy',
    {
      config: { access: 'public', tokenScope: 'strategy' },
      schema: {
        tags: ['strategy'],
        summary: 'List the strategy tree as a flat list, every item after its parent',
        querystring: StrategyListQuery,
        response: {
          200: described('Every item after its parent', StrategyListSchema),
          ...errorResponses(400),
        },
      },
    },
    async (request) => {
      // The store keeps siblings in their set order; parentsFirst keeps that order within each level.
      const all = await listStrategyItems(store.db);
      const visible = visibleStrategyItems(await scopeFor(request, store), all);
      const items = parentsFirst(all.filter((i) => strategyPolicy.read(visible, i)));
      const { kind } = request.query;
      return { strategyItems: kind ? items.filter((i) => i.kind === kind) : items };
    },
  );

  app.get(
    '/strategy/:id',
    {
      config: { access: 'public', tokenScope: 'strategy' },
      schema: {
        tags: ['strategy'],
        summary: 'One strategy item with the thread above it, the items below it and its measures',
        params: StrategyItemParams,
        response: {
          200: described('The item and its place in the thread', StrategyItemDetailSchema),
          ...errorResponses(400, 404),
        },
      },
    },
    async (request) => {
      const { id } = request.params;
      const scope = await scopeFor(request, store);
      const all = await listStrategyItems(store.db);
      const visible = visibleStrategyItems(scope, all);
      const items = all.filter((i) => strategyPolicy.read(visible, i));
      const item = items.find((i) => i.id === id);
      if (!item) throw new UserError('not-found', `There is no strategy item with id "${id}"`);
      const measures = await listMeasures(store.db, { strategyItemId: id });
      return {
        ...item,
        ancestors: ancestorsOf(items, id),
        children: childrenOf(items, id),
        measures: measures.filter((m) => measurePolicy.read(scope, m)).map(summaryOf),
      };
    },
  );
};
