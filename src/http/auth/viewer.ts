/**
 * Who is asking: the public (no credentials), or an account signed in by session or by API token.
 * Every request gets one before its route runs (see authenticate.ts).
 */
import type { FastifyRequest } from 'fastify';
import { PUBLIC_SCOPE, scopeOf, type Scope } from '../../domain/access/scope.js';
import type { ApiToken } from '../../store/api-tokens.js';
import type { Store } from '../../store/connect.js';
import { listOrgUnits } from '../../store/organisation.js';
import { accountOf, type User } from '../../store/users.js';

export type Viewer =
  | { kind: 'public' }
  | { kind: 'user'; user: User; via: 'session'; sessionToken: string }
  | { kind: 'user'; user: User; via: 'token'; token: ApiToken };

export type SignedIn = Extract<Viewer, { kind: 'user' }>;

/** What went wrong with credentials that were sent: they are refused, never ignored, where needed. */
export type CredentialProblem = 'session-ended' | 'token-invalid' | null;

declare module 'fastify' {
  interface FastifyRequest {
    viewer: Viewer;
    credentialProblem: CredentialProblem;
  }
}

const scopes = new WeakMap<FastifyRequest, Promise<Scope>>();

/** The viewer's scope, worked out once per request from their roles and the organisation. */
export function scopeFor(request: FastifyRequest, store: Store): Promise<Scope> {
  let scope = scopes.get(request);
  if (!scope) {
    const viewer = request.viewer;
    scope =
      viewer.kind === 'public'
        ? Promise.resolve(PUBLIC_SCOPE)
        : Promise.all([accountOf(store.db, viewer.user), listOrgUnits(store.db)]).then(([account, units]) =>
            scopeOf(account, units),
          );
    scopes.set(request, scope);
  }
  return scope;
}

/** The signed-in viewer; routes that reach here have been checked by access.ts. */
export function signedIn(request: FastifyRequest): SignedIn {
  if (request.viewer.kind !== 'user')
    throw new Error('route declared for signed-in viewers reached without one');
  return request.viewer;
}

/** How the audit trail names whoever is asking. */
export function actorOf(request: FastifyRequest): string {
  return request.viewer.kind === 'user' ? request.viewer.user.email : 'public';
}
