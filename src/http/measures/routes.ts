/** The catalogue of measures, and one measure with its methodology, targets and latest commentary. */
import type { Commentary } from '../../domain/figures.js';
import { UserError } from '../../domain/errors.js';
import { comparePeriods, period } from '../../domain/period.js';
import { currentCommentary } from '../../store/commentary.js';
import { getMeasure, listMeasures } from '../../store/measures.js';
import { listStrategyItems } from '../../store/strategy.js';
import { currentTargets } from '../../store/targets.js';
import { described, errorResponses } from '../error-body.js';
import { scopeFor } from '../auth/viewer.js';
import type { ResourceRoutes } from '../resource.js';
import { measurePolicy } from './policy.js';
import { strategyPolicy } from '../strategy/policy.js';
import { visibleStrategyItems } from '../../domain/access/scope.js';
import { MeasureDetailSchema, MeasureListQuery, MeasureListSchema, MeasureParams } from './schema.js';
import { summaryOf } from './summary.js';

export const measureRoutes: ResourceRoutes = async (app, { store }) => {
  app.get(
    '/measures',
    {
      config: { access: 'public', tokenScope: 'measures' },
      schema: {
        tags: ['measures'],
        summary: 'List measures, optionally by category or by the strategy item they evidence',
        querystring: MeasureListQuery,
        response: { 200: described('The measures, by code', MeasureListSchema), ...errorResponses(400, 404) },
      },
    },
    async (request) => {
      const { category, strategyItem, includeRetired } = request.query;
      const scope = await scopeFor(request, store);
      if (strategyItem !== undefined) {
        const items = await listStrategyItems(store.db);
        const visible = visibleStrategyItems(scope, items);
        const item = items.find((i) => i.id === strategyItem);
        if (!item || !strategyPolicy.read(visible, item)) {
          throw new UserError(
            'not-found',
            `strategyItem: there is no strategy item with id "${strategyItem}"`,
          );
        }
      }
      const measures = await listMeasures(store.db, {
        category,
        strategyItemId: strategyItem,
        includeRetired,
      });
      return { measures: measures.filter((m) => measurePolicy.read(scope, m)).map(summaryOf) };
    },
  );

  app.get(
    '/measures/:code',
    {
      config: { access: 'public', tokenScope: 'measures' },
      schema: {
        tags: ['measures'],
        summary: 'One measure with its methodology, current targets and latest commentary',
        params: MeasureParams,
        response: { 200: described('The measure', MeasureDetailSchema), ...errorResponses(400, 404) },
      },
    },
    async (request) => {
      const { code } = request.params;
      const measure = await getMeasure(store.db, code);
      // Out of scope reads as absent: a 403 would confirm the measure exists.
      if (!measure || !measurePolicy.read(await scopeFor(request, store), measure))
        throw new UserError('not-found', `There is no measure with code "${code}"`);
      const [targets, commentary] = await Promise.all([
        currentTargets(store.db, [code]),
        currentCommentary(store.db, code),
      ]);
      return { ...measure, targets: inTimeOrder(targets), latestCommentary: latest(commentary) };
    },
  );
};

/** Period texts of different kinds do not sort as text, so the domain orders them. */
function inTimeOrder<T extends { period: string }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => comparePeriods(period(a.period), period(b.period)));
}

function latest(commentary: readonly Commentary[]): Commentary | null {
  let best: Commentary | null = null;
  for (const c of commentary) {
    if (best === null || comparePeriods(period(c.period), period(best.period)) > 0) best = c;
  }
  return best;
}
