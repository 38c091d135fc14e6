/**
 * Signing in and out with a password, and "who am I". A new session id is made at every sign-in
 * (an id planted before sign-in is worth nothing after it), and signing out deletes the session, so
 * a copied cookie is refused afterwards.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { endSession, startSession, sweepSessions } from '../../app/accounts/sessions.js';
import { randomSecret } from '../../app/accounts/secrets.js';
import { passwordProblem } from '../../app/accounts/passwords.js';
import { signInWithPassword } from '../../app/accounts/sign-in.js';
import { setAccountPassword } from '../../app/accounts/users.js';
import { UserError } from '../../domain/errors.js';
import { recordAuditEvent } from '../../store/audit.js';
import type { Store } from '../../store/connect.js';
import type { SignInMethod } from '../../store/sessions.js';
import { grantsOf, type User } from '../../store/users.js';
import {
  clearSessionCookie,
  deviceOf,
  setDeviceCookie,
  setSessionCookie,
  SESSION_COOKIE,
  signedCookie,
} from '../auth/cookies.js';
import { csrfTokenFor } from '../auth/csrf.js';
import type { AuthSettings } from '../auth/settings.js';
import { signedIn } from '../auth/viewer.js';
import { described, errorResponses } from '../error-body.js';
import type { ResourceRoutes } from '../resource.js';
import { PasswordChangeSchema, SessionSchema, SignInSchema, type SessionBody } from './schema.js';

/** A sign-in is two short strings; anything bigger is not one. */
const SIGN_IN_BODY_LIMIT = 4 * 1024;

export async function sessionBody(store: Store, user: User, csrfToken: string): Promise<SessionBody> {
  return {
    account: {
      id: user.id,
      email: user.email,
      name: user.displayName,
      isAdmin: user.isAdmin,
      personId: user.personId,
      roles: await grantsOf(store.db, user.id),
    },
    csrfToken,
  };
}

/** Starts a session for an account that has just proved who it is, replacing any session the browser had. */
export async function beginSession(
  store: Store,
  settings: AuthSettings,
  request: FastifyRequest,
  reply: FastifyReply,
  user: User,
  method: SignInMethod,
): Promise<string> {
  const previous = signedCookie(request, SESSION_COOKIE);
  if (previous) await endSession(store, previous);
  const client = { ip: request.ip, userAgent: request.headers['user-agent'] ?? null };
  const now = settings.clock();
  // Dead sessions are refused when used; sweeping them at sign-in keeps the table small.
  await sweepSessions(store, now, settings.session);
  const started = await startSession(store, user, method, client, now, settings.session);
  setSessionCookie(reply, request, started.token, started.expiresAt);
  if (deviceOf(request)?.userId !== user.id) setDeviceCookie(reply, request, user.id, randomSecret(16));
  return started.token;
}

export const sessionRoutes = (settings: AuthSettings): ResourceRoutes =>
  async function sessionRoutes(app, { store }) {
    app.post(
      '/session',
      {
        bodyLimit: SIGN_IN_BODY_LIMIT,
        config: { access: 'sign-in' },
        schema: {
          tags: ['session'],
          summary: 'Sign in with email and password; sets the session cookie',
          body: SignInSchema,
          response: {
            200: described('Signed in', SessionSchema),
            ...errorResponses(400, 401, 403, 429),
          },
        },
      },
      async (request, reply) => {
        const { email, password } = request.body;
        const outcome = await signInWithPassword(
          store,
          { email, password, ip: request.ip, device: deviceOf(request) },
          settings.clock(),
          settings.passwordCost,
        );
        if (!outcome.ok && outcome.reason === 'throttled') {
          reply.header('retry-after', String(outcome.retryAfterSeconds));
          throw new UserError(
            'throttled',
            `Too many failed sign-ins: try again in ${outcome.retryAfterSeconds} seconds`,
          );
        }
        if (!outcome.ok) throw new UserError('unauthenticated', 'The email address or password is not right');
        const token = await beginSession(store, settings, request, reply, outcome.user, 'password');
        return sessionBody(store, outcome.user, csrfTokenFor(settings.secret, token));
      },
    );

    app.get(
      '/session',
      {
        config: { access: 'session' },
        schema: {
          tags: ['session'],
          summary: 'Who is signed in, with the CSRF token to send on changes',
          response: { 200: described('The signed-in account', SessionSchema), ...errorResponses(401, 403) },
        },
      },
      async (request) => {
        const viewer = signedIn(request);
        if (viewer.via !== 'session')
          throw new UserError('forbidden', 'Only a signed-in browser has a session');
        return sessionBody(store, viewer.user, csrfTokenFor(settings.secret, viewer.sessionToken));
      },
    );

    app.delete(
      '/session',
      {
        config: { access: 'session' },
        schema: {
          tags: ['session'],
          summary: 'Sign out: ends the session, so its cookie is refused from now on',
          response: { 204: z.null().describe('Signed out'), ...errorResponses(401, 403) },
        },
      },
      async (request, reply) => {
        const viewer = signedIn(request);
        if (viewer.via !== 'session')
          throw new UserError('forbidden', 'Only a signed-in browser has a session');
        await endSession(store, viewer.sessionToken);
        await recordAuditEvent(store.db, {
          at: settings.clock().toISOString(),
          actor: viewer.user.email,
          action: 'sign-out',
          objectType: 'user',
          objectId: viewer.user.email,
          ip: request.ip,
        });
        clearSessionCookie(reply, request);
        return reply.status(204).send(null);
      },
    );

    app.put(
      '/session/password',
      {
        bodyLimit: SIGN_IN_BODY_LIMIT,
        config: { access: 'session' },
        schema: {
          tags: ['session'],
          summary: 'Change your own password; every other session of yours ends',
          description:
            'The current password is checked as a sign-in is (throttled and recorded). The new one must be ' +
            'at least 12 characters. Accounts that sign in by single sign-on have no password here.',
          body: PasswordChangeSchema,
          response: {
            200: described('Changed: this browser stays signed in with a new session', SessionSchema),
            ...errorResponses(400, 401, 403, 409, 429),
          },
        },
      },
      async (request, reply) => {
        const viewer = signedIn(request);
        if (viewer.via !== 'session')
          throw new UserError('forbidden', 'Only a signed-in browser can change its password');
        const { currentPassword, newPassword } = request.body;
        const checked = await signInWithPassword(
          store,
          { email: viewer.user.email, password: currentPassword, ip: request.ip, device: deviceOf(request) },
          settings.clock(),
          settings.passwordCost,
        );
        if (!checked.ok && checked.reason === 'throttled') {
          reply.header('retry-after', String(checked.retryAfterSeconds));
          throw new UserError(
            'throttled',
            `Too many wrong passwords: try again in ${checked.retryAfterSeconds} seconds`,
          );
        }
        if (!checked.ok)
          throw new UserError('invalid-input', 'currentPassword: is not your current password');
        if (newPassword === currentPassword)
          throw new UserError('invalid-input', 'newPassword: must differ from your current password');
        const problem = passwordProblem(newPassword);
        if (problem) throw new UserError('invalid-input', `newPassword: ${problem}`);
        await setAccountPassword(
          store,
          viewer.user.email,
          newPassword,
          { actor: viewer.user.email, at: settings.clock(), ip: request.ip },
          settings.passwordCost,
        );
        // Every session ended with the change, this one too: the browser that changed it starts afresh.
        const token = await beginSession(store, settings, request, reply, checked.user, 'password');
        return sessionBody(store, checked.user, csrfTokenFor(settings.secret, token));
      },
    );
  };
