/**
 * Live updates for open pages: `GET /events` is a stream of server-sent events that says
 * `figures-changed` (with the new fingerprint) whenever a figure, sign-off, target or commentary
 * is recorded, by any server on the same database. The first event says where things stand, so a
 * browser that reconnects after missing a change still hears of it. `?once=true` answers that
 * first event and closes, for clients behind proxies that hold streams back.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { errorResponses } from '../error-body.js';
import { queryObject } from '../query.js';
import type { ResourceRoutes } from '../resource.js';
import { FiguresWatcher } from './watcher.js';

export const FIGURES_CHANGED = 'figures-changed';

/** A comment line now and then keeps proxies from closing a quiet stream. */
const KEEP_ALIVE_MS = 20_000;
/** Streams end after this long; the browser reconnects, and its session is checked again. */
const STREAM_LIFETIME_MS = 15 * 60_000;

const EventsQuery = queryObject({
  once: z.enum(['true', 'false']).optional().describe('Send where things stand and close (default false)'),
});

function event(version: string): string {
  return `event: ${FIGURES_CHANGED}\ndata: ${version}\n\n`;
}

export const eventRoutes: ResourceRoutes = async function eventRoutes(app, { store }) {
  const watcher = new FiguresWatcher(store, app.log);
  const open = new Set<() => void>();
  // Streams never end by themselves: end them so the server can close.
  app.addHook('preClose', async () => {
    for (const close of [...open]) close();
    watcher.stop();
  });

  app.get(
    '/events',
    {
      config: { access: 'session' },
      schema: {
        tags: ['events'],
        summary:
          'Server-sent events: figures-changed whenever figures, sign-offs, targets or commentary change',
        querystring: EventsQuery,
        response: {
          200: z.string().describe('text/event-stream: `event: figures-changed`, `data: <fingerprint>`'),
          ...errorResponses(400, 401, 403),
        },
      },
    },
    async (request: FastifyRequest<{ Querystring: z.infer<typeof EventsQuery> }>, reply: FastifyReply) => {
      const version = await watcher.current();
      const headers = {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-store',
        'x-accel-buffering': 'no',
      };
      if (request.query.once === 'true') return reply.headers(headers).send(event(version));
      reply.hijack();
      const raw = reply.raw;
      // The security headers set so far (CSP and the rest) go out with the stream too.
      const set = Object.entries(reply.getHeaders()).filter(
        (entry): entry is [string, string | number | string[]] => entry[1] !== undefined,
      );
      raw.writeHead(200, { ...Object.fromEntries(set), ...headers, connection: 'keep-alive' });
      raw.write('retry: 3000\n\n');
      raw.write(event(version));
      const keepAlive = setInterval(() => raw.write(': still here\n\n'), KEEP_ALIVE_MS);
      keepAlive.unref();
      const stopListening = watcher.listen((v) => raw.write(event(v)), version);
      const close = () => {
        clearInterval(keepAlive);
        clearTimeout(lifetime);
        stopListening();
        open.delete(close);
        if (!raw.writableEnded) raw.end();
      };
      const lifetime = setTimeout(close, STREAM_LIFETIME_MS);
      lifetime.unref();
      open.add(close);
      request.raw.on('close', close);
    },
  );
};
