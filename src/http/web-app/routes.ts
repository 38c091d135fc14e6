/**
 * Serves the staff application built into web/dist: its hashed assets under /app/assets/ (cached
 * for a year, as their names change with their content), and index.html for every other address
 * under /app/, so that a bookmarked page of the single-page app opens. The page has no inline
 * script or style, so the server's Content-Security-Policy applies unchanged.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { Store } from '../../store/connect.js';
import { defaultPeriodOf } from './default-period.js';
import { WEB_DIST } from './paths.js';

export const APP_PREFIX = '/app';

export interface WebAppOptions {
  /** The built app; web/dist by default (tests may point elsewhere). */
  distDir?: string;
  /** Whether single sign-on is configured, so the sign-in page offers it. */
  sso: boolean;
  store: Store;
}

const NOT_BUILT = `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Not built yet – Golden Thread</title></head>
<body><main><h1>The staff application has not been built yet</h1>
<p>Run <code>npm run build:web</code> (or <code>npm start</code>, which builds it when needed), then reload this page.</p></main></body></html>`;

export async function webAppRoutes(app: FastifyInstance, options: WebAppOptions): Promise<void> {
  const dist = options.distDir ?? WEB_DIST;
  await app.register(fastifyStatic, {
    root: join(dist, 'assets'),
    prefix: `${APP_PREFIX}/assets/`,
    decorateReply: false,
    immutable: true,
    maxAge: '365d',
    // A missing asset is a 404, not the app's page: a stale index.html must not load HTML as script.
    wildcard: true,
  });

  const sendIndex = async (reply: FastifyReply) => {
    let page: string;
    try {
      page = await readFile(join(dist, 'index.html'), 'utf8');
    } catch {
      return reply
        .status(503)
        .type('text/html; charset=utf-8')
        .header('cache-control', 'no-store')
        .send(NOT_BUILT);
    }
    // Always asked for again, so a new build is picked up at once.
    return reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').send(page);
  };

  const page = { schema: { hide: true }, config: { access: 'public' as const } };
  const defaultPeriod = defaultPeriodOf(options.store);
  app.get(`${APP_PREFIX}/config.json`, page, async (_request, reply) =>
    reply
      .header('cache-control', 'no-cache')
      .send({ sso: options.sso, defaultPeriod: await defaultPeriod() }),
  );
  app.get(APP_PREFIX, page, async (_request, reply) => reply.redirect(`${APP_PREFIX}/`, 301));
  app.get(`${APP_PREFIX}/`, page, async (_request, reply) => sendIndex(reply));
  app.get(`${APP_PREFIX}/*`, page, async (_request, reply) => sendIndex(reply));
}
