/**
 * CSRF protection. A signed-in browser must send `X-CSRF-Token` on every request that changes
 * something: the token is an HMAC of the session id under the server's secret, so it needs no
 * storage, differs per session, and a page on another site can neither read nor forge it. Requests
 * made without a session (signing in) must come from this site: Sec-Fetch-Site and Origin say so.
 */
import type { FastifyRequest } from 'fastify';
import { hmac, sameText } from '../../app/accounts/secrets.js';

export const CSRF_HEADER = 'x-csrf-token';

export function csrfTokenFor(secret: string, sessionToken: string): string {
  return hmac(secret, `csrf:${sessionToken}`);
}

export function csrfTokenHolds(request: FastifyRequest, secret: string, sessionToken: string): boolean {
  const sent = request.headers[CSRF_HEADER];
  return typeof sent === 'string' && sameText(sent, csrfTokenFor(secret, sessionToken));
}

/** False when the browser says the request comes from another site. */
export function fromThisSite(request: FastifyRequest): boolean {
  const site = request.headers['sec-fetch-site'];
  if (site === 'cross-site' || site === 'same-site') return false;
  const origin = request.headers.origin;
  if (origin === undefined) return true;
  try {
    return new URL(origin).host === request.host;
  } catch {
    return false;
  }
}

export function isSafeMethod(method: string): boolean {
  return method === 'GET' || method === 'HEAD' || method === 'OPTIONS';
}
