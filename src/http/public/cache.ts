/**
 * The public site's answers, kept in memory per (address, data version, day). The data version is
 * read from the database (see store/publication.ts), so every app server behind a load balancer
 * sees a new figure or sign-off as soon as it checks, and checks at most every
 * VERSION_CHECK_MS: no server serves an answer more than that out of date. The day is part of the
 * key because what is overdue depends on it. The store is bounded: the oldest answer goes first.
 */
import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Store } from '../../store/connect.js';
import { publicDataVersion } from '../../store/publication.js';

export const VERSION_CHECK_MS = 2000;
/** How long browsers and proxies may reuse an answer before asking again (with its ETag). */
export const BROWSER_MAX_AGE_S = 60;
const MAX_ENTRIES = 2000;

export interface Answer {
  status: number;
  type: string;
  body: string;
  /** Extra headers, e.g. Content-Disposition for a download. */
  headers?: Record<string, string>;
}

interface Kept extends Answer {
  etag: string;
}

export interface PublicCache {
  /** The answer for this request, from memory when the data has not changed since it was made. */
  answer(request: FastifyRequest, reply: FastifyReply, make: () => Promise<Answer>): Promise<void>;
  /** The current data version (checked at most every VERSION_CHECK_MS). */
  version(): Promise<string>;
  readonly size: number;
}

export function etagOf(body: string): string {
  return `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
}

/** Whether an If-None-Match header names this ETag (or is "*"); weak and strong forms alike. */
export function matchesEtag(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  return header.split(',').some((t) => {
    const tag = t.trim().replace(/^W\//, '');
    return tag === '*' || tag === etag;
  });
}

export function sendKept(request: FastifyRequest, reply: FastifyReply, kept: Kept): FastifyReply {
  reply.header('etag', kept.etag).header('cache-control', `public, max-age=${BROWSER_MAX_AGE_S}`);
  reply.header('vary', 'accept-encoding');
  for (const [name, value] of Object.entries(kept.headers ?? {})) reply.header(name, value);
  if (kept.status === 200 && matchesEtag(request.headers['if-none-match'], kept.etag))
    return reply.status(304).send();
  return reply.status(kept.status).type(kept.type).send(kept.body);
}

export function createPublicCache(store: Store, today: () => string): PublicCache {
  const entries = new Map<string, Kept>();
  let known: { version: string; checkedAt: number } | null = null;
  let pending: Promise<string> | null = null;

  async function version(): Promise<string> {
    const now = Date.now();
    if (known && now - known.checkedAt < VERSION_CHECK_MS) return known.version;
    // Many requests at once share one query.
    pending ??= publicDataVersion(store.db)
      .then((v) => {
        if (known?.version !== v) entries.clear();
        known = { version: v, checkedAt: Date.now() };
        return v;
      })
      .finally(() => {
        pending = null;
      });
    return pending;
  }

  return {
    version,
    get size() {
      return entries.size;
    },
    async answer(request, reply, make) {
      const key = `${await version()}\u0000${today()}\u0000${request.url}`;
      let kept = entries.get(key);
      if (!kept) {
        const made = await make();
        kept = { ...made, etag: etagOf(made.body) };
        if (entries.size >= MAX_ENTRIES) entries.delete(entries.keys().next().value!);
        entries.set(key, kept);
      }
      sendKept(request, reply, kept);
    },
  };
}
