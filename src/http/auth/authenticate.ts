/**
 * Works out who is asking, from an `Authorization: Bearer` API token or the session cookie, and
 * checks the route's access before anything else runs. An invalid token is refused outright; an
 * ended session leaves the viewer public (public routes still answer) and is named in the 401.
 */
import cookie from '@fastify/cookie';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { resolveApiToken } from '../../app/accounts/api-tokens.js';
import { resolveSession } from '../../app/accounts/sessions.js';
import type { Store } from '../../store/connect.js';
import { authorise, requireDeclaredAccess } from './access.js';
import { SESSION_COOKIE, signedCookie } from './cookies.js';
import type { AuthSettings } from './settings.js';
import './viewer.js';

export async function installAuthentication(
  app: FastifyInstance,
  store: Store,
  settings: AuthSettings,
): Promise<void> {
  await app.register(cookie, { secret: settings.secret, hook: 'onRequest' });
  // Decorations must start as null (not an object shared by all requests); identify() sets them.
  app.decorateRequest('viewer', null as never);
  app.decorateRequest('credentialProblem', null as never);
  requireDeclaredAccess(app);
  app.addHook('onRequest', async (request) => {
    await identify(request, store, settings);
    authorise(request, settings.secret);
  });
}

async function identify(request: FastifyRequest, store: Store, settings: AuthSettings): Promise<void> {
  request.viewer = { kind: 'public' };
  request.credentialProblem = null;
  const now = settings.clock();
  const authorization = request.headers.authorization;
  if (authorization !== undefined) {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization);
    const found = match ? await resolveApiToken(store, match[1]!, now) : null;
    if (!found) {
      request.credentialProblem = 'token-invalid';
      return;
    }
    request.viewer = { kind: 'user', user: found.user, via: 'token', token: found.token };
    return;
  }
  if (request.cookies[SESSION_COOKIE] === undefined) return;
  const token = signedCookie(request, SESSION_COOKIE);
  const live = token ? await resolveSession(store, token, now, settings.session) : null;
  if (!live || !token) {
    request.credentialProblem = 'session-ended';
    return;
  }
  request.viewer = { kind: 'user', user: live.user, via: 'session', sessionToken: token };
}
