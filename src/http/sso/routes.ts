/**
 * Single sign-on by OpenID Connect (councils use Microsoft Entra ID and others): the authorization
 * code flow with PKCE, state and nonce. Accounts are matched by the provider's `sub` for this exact
 * issuer, never by email, and must have been linked by an administrator first
 * (`golden-thread user add --sso-subject` or `user link-sso`).
 */
import { z } from 'zod';
import { UserError } from '../../domain/errors.js';
import { recordAuditEvent } from '../../store/audit.js';
import { findUserBySso } from '../../store/users.js';
import { clearSsoCookie, setSsoCookie, signedCookie, SSO_COOKIE } from '../auth/cookies.js';
import type { AuthSettings, OidcSettings } from '../auth/settings.js';
import { errorResponses } from '../error-body.js';
import type { ResourceRoutes } from '../resource.js';
import { beginSession } from '../session/routes.js';
import { oidcClient, type PendingSignIn } from './client.js';

/** What the provider may add to the callback; anything else is ignored rather than refused. */
const CallbackQuery = z.looseObject({
  code: z.string().max(2048).optional(),
  state: z.string().max(512).optional(),
});

function readPending(text: string | null): PendingSignIn | null {
  if (!text) return null;
  try {
    const value: unknown = JSON.parse(text);
    const { state, nonce, verifier } = value as Record<string, unknown>;
    if (typeof state === 'string' && typeof nonce === 'string' && typeof verifier === 'string') {
      return { state, nonce, verifier };
    }
  } catch {
    // A cookie we did not write (its signature held, so this means a format from an older version).
  }
  return null;
}

export const ssoRoutes = (settings: AuthSettings, oidc: OidcSettings): ResourceRoutes =>
  async function ssoRoutes(app, { store }) {
    const client = oidcClient(oidc);

    app.get(
      '/sso/login',
      {
        config: { access: 'public' },
        schema: {
          tags: ['session'],
          summary: 'Sign in by single sign-on: redirects to the identity provider',
          response: { 302: z.null().describe('To the identity provider'), ...errorResponses() },
        },
      },
      async (request, reply) => {
        const { url, pending } = await client.start();
        setSsoCookie(reply, request, JSON.stringify(pending));
        return reply.redirect(url.href, 302);
      },
    );

    app.get(
      '/sso/callback',
      {
        config: { access: 'public' },
        schema: {
          tags: ['session'],
          summary: 'Where the identity provider sends the browser back; starts the session',
          querystring: CallbackQuery,
          response: {
            303: z.null().describe('Signed in: to the staff application'),
            ...errorResponses(400, 401, 403),
          },
        },
      },
      async (request, reply) => {
        const pending = readPending(signedCookie(request, SSO_COOKIE));
        clearSsoCookie(reply, request);
        if (!pending) {
          throw new UserError(
            'invalid-input',
            'This sign-in was not started here, or took longer than 10 minutes: start again at /api/v1/sso/login',
          );
        }
        const callback = new URL(oidc.redirectUri);
        callback.search = new URL(request.url, 'http://callback.invalid').search;
        const now = settings.clock().toISOString();
        const audit = { at: now, objectType: 'user', ip: request.ip };
        let identity: { issuer: string; subject: string; email: string | null };
        try {
          identity = await client.finish(callback, pending);
        } catch (error) {
          request.log.warn({ err: error }, 'single sign-on refused');
          const code = (error as { code?: unknown }).code;
          await recordAuditEvent(store.db, {
            ...audit,
            actor: null,
            action: 'sign-in-failed',
            after: { method: 'sso', reason: typeof code === 'string' ? code : 'invalid response' },
          });
          throw new UserError(
            'unauthenticated',
            'Single sign-on could not be completed: start again at /api/v1/sso/login',
          );
        }
        const user = await findUserBySso(store.db, identity);
        if (!user || user.disabled) {
          await recordAuditEvent(store.db, {
            ...audit,
            actor: identity.email ?? identity.subject,
            action: 'sign-in-failed',
            objectId: identity.subject,
            after: { method: 'sso', reason: user ? 'disabled' : 'no linked account' },
          });
          throw new UserError(
            'forbidden',
            'You signed in with your organisation, but no Golden Thread account is linked to you: ask an administrator',
          );
        }
        await beginSession(store, settings, request, reply, user, 'sso');
        await recordAuditEvent(store.db, {
          ...audit,
          actor: user.email,
          action: 'sign-in',
          objectId: user.email,
          after: { method: 'sso' },
        });
        return reply.redirect('/app/', 303);
      },
    );
  };
