/**
 * Figures for measure × period × area. The list needs a measure (a figure means nothing without its
 * unit and polarity) and comes in pages of at most MAX_PAGE_SIZE, each linking to the next.
 */
import { UserError } from '../../domain/errors.js';
import { period } from '../../domain/period.js';
import { getMeasure } from '../../store/measures.js';
import { signoffStateOf } from '../../domain/signoff/index.js';
import { signoffHistory } from '../../store/signoff.js';
import { currentValues, valueHistory } from '../../store/values.js';
import type { Store } from '../../store/connect.js';
import { described, errorResponses } from '../error-body.js';
import type { FastifyRequest } from 'fastify';
import type { Measure } from '../../domain/measure.js';
import type { Scope } from '../../domain/access/scope.js';
import { scopeFor } from '../auth/viewer.js';
import type { ResourceRoutes } from '../resource.js';
import { valuePolicy } from './policy.js';
import { decodeCursor, encodeCursor, pageOf, type FigureKey } from './page.js';
import {
  MAX_PAGE_SIZE,
  ValueHistoryQuery,
  ValueHistorySchema,
  ValueListQuery,
  ValueListSchema,
} from './schema.js';

export const valueRoutes: ResourceRoutes = async (app, { store }) => {
  app.get(
    '/values',
    {
      config: { access: 'public', tokenScope: 'values' },
      schema: {
        tags: ['values'],
        summary: "A measure's current figures, optionally for one area and a range of periods",
        description:
          `Figures are ordered by area code, then period, in pages of \`limit\` (at most ${MAX_PAGE_SIZE}). ` +
          'When more remain, `next` is the path of the following page. `from` and `to` may be periods of any ' +
          'kind: `from=2016/17&to=2016/17` gives every month, quarter and year inside 2016/17.',
        querystring: ValueListQuery,
        response: { 200: described('One page of figures', ValueListSchema), ...errorResponses(400, 404) },
      },
    },
    async (request) => {
      const query = request.query;
      let after: FigureKey | undefined;
      if (query.after !== undefined) {
        after = decodeCursor(query.after) ?? undefined;
        if (!after) {
          throw new UserError(
            'invalid-input',
            'after: is not a page cursor from this API; follow the `next` link of the previous page as given',
          );
        }
      }
      await requireMeasure(store, request, query.measure, valuePolicy.read);
      // Until the store pages and ranges by period itself, the measure's figures are read whole.
      const figures = await currentValues(store.db, {
        measureIds: [query.measure],
        areaCodes: query.area === undefined ? undefined : [query.area],
      });
      const page = pageOf(figures, {
        from: query.from === undefined ? undefined : period(query.from),
        to: query.to === undefined ? undefined : period(query.to),
        after,
        limit: query.limit,
      });
      return { values: page.items, next: page.next && nextLink(request.url, query, page.next) };
    },
  );

  app.get(
    '/values/history',
    {
      config: { access: 'user', tokenScope: 'values' },
      schema: {
        tags: ['values'],
        summary: 'Every version of one figure, oldest first, with who changed it, when and why',
        querystring: ValueHistoryQuery,
        response: {
          200: described('The versions of the figure', ValueHistorySchema),
          ...errorResponses(400, 404),
        },
      },
    },
    async (request) => {
      const { measure, period: periodText, area } = request.query;
      await requireMeasure(store, request, measure, valuePolicy.readHistory);
      const versions = await valueHistory(store.db, {
        measureId: measure,
        period: periodText,
        areaCode: area,
      });
      if (versions.length === 0) {
        throw new UserError(
          'not-found',
          `There is no figure for measure "${measure}", period "${periodText}" and area "${area}"`,
        );
      }
      const key = { measureId: measure, period: periodText, areaCode: area };
      const events = await signoffHistory(store.db, key);
      const current = versions.at(-1)!;
      const state = current.withdrawn ? 'entered' : signoffStateOf(events, current.version);
      return {
        ...key,
        versions,
        signoff: {
          state,
          events: events.map(({ version, state, by, at, reason }) => ({ version, state, by, at, reason })),
        },
      };
    },
  );
};

async function requireMeasure(
  store: Store,
  request: FastifyRequest,
  code: string,
  allowed: (scope: Scope, measure: Measure) => boolean,
): Promise<void> {
  const measure = await getMeasure(store.db, code);
  if (!measure || !allowed(await scopeFor(request, store), measure)) {
    throw new UserError('not-found', `measure: there is no measure with code "${code}"`);
  }
}

interface ListQuery {
  measure: string;
  area?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  limit: number;
}

function nextLink(url: string, query: ListQuery, last: FigureKey): string {
  const params = new URLSearchParams({ measure: query.measure });
  if (query.area !== undefined) params.set('area', query.area);
  if (query.from !== undefined) params.set('from', query.from);
  if (query.to !== undefined) params.set('to', query.to);
  params.set('limit', String(query.limit));
  params.set('after', encodeCursor(last));
  return `${url.split('?')[0]}?${params.toString()}`;
}
