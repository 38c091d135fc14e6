/**
 * Route-level access, declared by every API route in its `config` and checked before the request
 * is parsed, so an unauthenticated request learns nothing, not even which parameters are wrong.
 * Object-level rules (which measure, which unit) live beside each resource in its policy.ts.
 */
import type { FastifyInstance, FastifyRequest, RouteOptions } from 'fastify';
import { UserError } from '../../domain/errors.js';
import type { TokenScope } from '../../app/accounts/api-tokens.js';
import { csrfTokenHolds, fromThisSite, isSafeMethod } from './csrf.js';

/**
 * - public: anyone; without an account they see what the public sees.
 * - user: any signed-in account, by session or by API token.
 * - session: a signed-in browser only (managing tokens, signing out): never an API token.
 * - admin: an administrator.
 * - sign-in: the sign-in routes, for those not yet signed in.
 */
export type Access = 'public' | 'user' | 'session' | 'admin' | 'sign-in';

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access;
    /** The scope an API token needs for this route; a route without one refuses tokens. */
    tokenScope?: TokenScope;
  }
}

/** Routes outside the API (the front page, /healthz, the API's documentation) are public. */
const API_PATH = /^\/api\/v1(\/|$)/;

export function accessOf(route: Pick<RouteOptions, 'url' | 'config'>): Access | null {
  const config = route.config as { access?: Access } | undefined;
  if (config?.access) return config.access;
  return API_PATH.test(route.url) ? null : 'public';
}

export interface DeclaredRoute {
  method: string;
  url: string;
  access: Access;
  tokenScope: TokenScope | null;
}

const declared = new WeakMap<FastifyInstance, DeclaredRoute[]>();

/** Every route the server has, with the access it declared: for the access matrix and for audits. */
export function declaredRoutes(app: FastifyInstance): readonly DeclaredRoute[] {
  return declared.get(app) ?? [];
}

/** Refuses, when the server starts, any API route that does not say who may use it. */
export function requireDeclaredAccess(app: FastifyInstance): void {
  const routes: DeclaredRoute[] = [];
  declared.set(app, routes);
  app.addHook('onRoute', (route) => {
    const access = accessOf(route);
    if (access === null) {
      throw new Error(`${String(route.method)} ${route.url} does not declare its access (config.access)`);
    }
    const tokenScope = (route.config as { tokenScope?: TokenScope } | undefined)?.tokenScope ?? null;
    for (const method of [route.method].flat()) routes.push({ method, url: route.url, access, tokenScope });
  });
}

export function authorise(request: FastifyRequest, secret: string): void {
  const route = request.routeOptions;
  if (route.url === undefined) return; // no such route: the not-found handler answers
  const access = accessOf({ url: route.url, config: route.config });
  const viewer = request.viewer;
  if (request.credentialProblem === 'token-invalid') {
    throw new UserError('unauthenticated', 'The API token is not valid: it is unknown or has been revoked');
  }
  if (viewer.kind === 'user' && viewer.via === 'token') {
    if (!isSafeMethod(request.method)) throw new UserError('forbidden', 'API tokens may only read');
    const needed = route.config.tokenScope;
    if (access === 'session' || needed === undefined) {
      throw new UserError('forbidden', 'This route is for signed-in people, not API tokens');
    }
    if (!viewer.token.scopes.includes(needed)) {
      throw new UserError('forbidden', `This API token lacks the scope "${needed}" that this route needs`);
    }
  }
  if (viewer.kind === 'public' && (access === 'user' || access === 'session' || access === 'admin')) {
    throw new UserError(
      'unauthenticated',
      request.credentialProblem === 'session-ended'
        ? 'Your session has ended: sign in again'
        : 'Sign in first: POST /api/v1/session, or send an API token as Authorization: Bearer',
    );
  }
  if (access === 'admin' && !(viewer.kind === 'user' && viewer.user.isAdmin)) {
    throw new UserError('forbidden', 'Only administrators may do this');
  }
  if (isSafeMethod(request.method)) return;
  // Signing in is guarded by where the request came from, even for a browser already signed in.
  if (access !== 'sign-in' && viewer.kind === 'user' && viewer.via === 'session') {
    if (!csrfTokenHolds(request, secret, viewer.sessionToken)) {
      throw new UserError(
        'forbidden',
        'The X-CSRF-Token header is missing or wrong: send the csrfToken that GET /api/v1/session gives',
      );
    }
  } else if (!fromThisSite(request)) {
    throw new UserError('forbidden', 'This request came from another site and was refused');
  }
}
