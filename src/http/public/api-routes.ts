/**
 * The public API, read-only and anonymous: the same published, approved and suppressed figures
 * as the pages and downloads, as JSON, with ETags and caching headers, rate-limited per address.
 */
import type { FastifyInstance } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { tableToJson } from '../../app/public/csv.js';
import { measureView } from '../../app/public/measure-view.js';
import { planView } from '../../app/public/plan-view.js';
import { publishedMeasure } from '../../app/public/published.js';
import { openDataTable } from '../../app/public/tables.js';
import { described, errorBody, errorResponses } from '../error-body.js';
import type { Answer } from './cache.js';
import { JSON_TYPE, type PublicContext } from './context.js';
import {
  CodeParams,
  PublicMeasureSchema,
  PublicPlanSchema,
  PublicTableSchema,
  PublicWardsSchema,
  WardParams,
} from './api-schema.js';

const ok = (value: unknown): Answer => ({ status: 200, type: JSON_TYPE, body: JSON.stringify(value) });
const missing = (message: string): Answer => ({
  status: 404,
  type: JSON_TYPE,
  body: JSON.stringify(errorBody('not-found', message)),
});
const CONFIG = { access: 'public' as const };
const HEADERS = 'Cached answers carry an ETag (send it as If-None-Match for 304) and Cache-Control';

export const publicApiRoutes =
  (ctx: PublicContext): FastifyPluginAsyncZod =>
  async (app: FastifyInstance) => {
    const zapp = app.withTypeProvider<import('fastify-type-provider-zod').ZodTypeProvider>();
    const table = (id: string, notFound: string) => async (): Promise<Answer> => {
      const found = await openDataTable(ctx.store, await ctx.site(), id, await ctx.judging());
      return found ? ok(tableToJson(found)) : missing(notFound);
    };

    zapp.get(
      '/measures',
      {
        config: CONFIG,
        schema: {
          tags: ['public'],
          summary: 'Every published measure with its methodology',
          description: HEADERS,
          response: { 200: described('The published measures', PublicTableSchema), ...errorResponses(429) },
        },
      },
      (request, reply) => ctx.cache.answer(request, reply, table('measures', '')),
    );

    zapp.get(
      '/measures/:code',
      {
        config: CONFIG,
        schema: {
          tags: ['public'],
          summary:
            'A published measure: status, trend with target and England, benchmarks, similar councils, wards',
          description: HEADERS,
          params: CodeParams,
          response: { 200: described('The measure', PublicMeasureSchema), ...errorResponses(400, 404, 429) },
        },
      },
      (request, reply) =>
        ctx.cache.answer(request, reply, async () => {
          const { code } = request.params;
          const measure = await publishedMeasure(ctx.store, code);
          const site = await ctx.site();
          if (!measure || !site.authority)
            return missing(`There is no published measure with code "${code}"`);
          return ok(await measureView(ctx.store, site, measure, await ctx.judging()));
        }),
    );

    zapp.get(
      '/measures/:code/figures',
      {
        config: CONFIG,
        schema: {
          tags: ['public'],
          summary: 'Every approved figure of a published measure, by period and area',
          description: HEADERS,
          params: CodeParams,
          response: { 200: described('The figures', PublicTableSchema), ...errorResponses(400, 404, 429) },
        },
      },
      (request, reply) =>
        ctx.cache.answer(
          request,
          reply,
          table(
            `measures/${request.params.code}`,
            `There is no published measure with code "${request.params.code}"`,
          ),
        ),
    );

    zapp.get(
      '/wards',
      {
        config: CONFIG,
        schema: {
          tags: ['public'],
          summary: 'The council’s wards',
          description: HEADERS,
          response: { 200: described('The wards', PublicWardsSchema), ...errorResponses(429) },
        },
      },
      (request, reply) =>
        ctx.cache.answer(request, reply, async () => {
          const site = await ctx.site();
          return ok({
            authority: site.authority ? { code: site.authority.code, name: site.authority.name } : null,
            wards: site.wards.map((w) => ({ code: w.code, name: w.name })),
          });
        }),
    );

    zapp.get(
      '/wards/:code',
      {
        config: CONFIG,
        schema: {
          tags: ['public'],
          summary: 'A ward profile: every published ward-level figure beside the authority and England',
          description: HEADERS,
          params: WardParams,
          response: {
            200: described('The ward profile', PublicTableSchema),
            ...errorResponses(400, 404, 429),
          },
        },
      },
      (request, reply) =>
        ctx.cache.answer(
          request,
          reply,
          table(`wards/${request.params.code}`, `There is no ward with code "${request.params.code}"`),
        ),
    );

    zapp.get(
      '/plan',
      {
        config: CONFIG,
        schema: {
          tags: ['public'],
          summary: 'The Corporate Plan and how it is doing: statuses and measures counted by status',
          description: HEADERS,
          response: { 200: described('The plan', PublicPlanSchema), ...errorResponses(429) },
        },
      },
      (request, reply) =>
        ctx.cache.answer(request, reply, async () => ok(await planView(ctx.store, await ctx.judging()))),
    );

    zapp.get(
      '/comparisons',
      {
        config: CONFIG,
        schema: {
          tags: ['public'],
          summary: 'Rank and quartile among similar councils for each published measure',
          description: HEADERS,
          response: { 200: described('The comparisons', PublicTableSchema), ...errorResponses(429) },
        },
      },
      (request, reply) => ctx.cache.answer(request, reply, table('comparisons', '')),
    );
  };
