/**
 * The public site: its pages, assets and open-data downloads under the council's base path, and
 * the public API under /api/public/v1. Downloads and the API are rate-limited per address; pages
 * are answered from the cache. Every answer is made from published, approved, suppressed figures.
 */
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance } from 'fastify';
import { UserError } from '../../domain/errors.js';
import type { AuthSettings } from '../auth/settings.js';
import type { ResourceRoutes } from '../resource.js';
import { publicAssets } from './assets.js';
import { createPublicCache, sendKept } from './cache.js';
import { publicContext, type PublicContext } from './context.js';
import { dataRoutes } from './data-routes.js';
import { PUBLIC_API_PREFIX } from './api-schema.js';
import { publicApiRoutes } from './api-routes.js';
import { DEFAULT_PUBLIC_OPTIONS, type PublicSiteOptions } from './options.js';
import { notFoundAnswer, pageRoutes } from './page-routes.js';

async function limited(app: FastifyInstance, perMinute: number): Promise<void> {
  await app.register(rateLimit, {
    max: perMinute,
    timeWindow: '1 minute',
    errorResponseBuilder: (_request, context) =>
      new UserError(
        'throttled',
        `Too many requests from this address: at most ${context.max} a minute; try again in ${context.after}`,
      ),
  });
}

function assetRoutes(app: FastifyInstance, ctx: PublicContext): void {
  app.get(
    `${ctx.options.basePath}/assets/public/:name`,
    { schema: { hide: true }, config: { access: 'public' } },
    async (request, reply) => {
      const asset = publicAssets().get((request.params as { name: string }).name);
      if (!asset) return sendKept(request, reply, { ...(await notFoundAnswer(ctx)), etag: '"none"' });
      return sendKept(request, reply, { status: 200, type: asset.type, body: asset.body, etag: asset.etag });
    },
  );
}

/** Unknown addresses under the public site get the HTML "Page not found"; the API keeps its JSON 404. */
function notFoundRoute(app: FastifyInstance, ctx: PublicContext): void {
  app.get(
    `${ctx.options.basePath}/*`,
    { schema: { hide: true }, config: { access: 'public' } },
    async (request, reply) => {
      if (/^\/(api|app)(\/|$)/.test(request.url)) return reply.callNotFound();
      const answer = await notFoundAnswer(ctx);
      return reply.status(404).type(answer.type).send(answer.body);
    },
  );
}

export const publicRoutes = (
  settings: AuthSettings,
  options: PublicSiteOptions = DEFAULT_PUBLIC_OPTIONS,
): ResourceRoutes =>
  async function publicSiteRoutes(app, { store }) {
    const today = () => settings.clock().toISOString().slice(0, 10);
    const ctx = publicContext(store, createPublicCache(store, today), options, today);
    pageRoutes(app, ctx);
    assetRoutes(app, ctx);
    notFoundRoute(app, ctx);
    await app.register(async (open) => {
      await limited(open, options.rateLimitPerMinute);
      dataRoutes(open, ctx);
      await open.register(publicApiRoutes(ctx), { prefix: PUBLIC_API_PREFIX });
    });
  };
