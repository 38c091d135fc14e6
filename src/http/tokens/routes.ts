/**
 * API tokens, managed from a signed-in browser (never by another token): create one (its secret is
 * shown once), list them, revoke one. A token reads what its account may read, within its scopes.
 */
import { z } from 'zod';
import { createApiToken, revokeToken, type TokenScope } from '../../app/accounts/api-tokens.js';
import { UserError } from '../../domain/errors.js';
import { findApiToken, listApiTokens, type ApiToken } from '../../store/api-tokens.js';
import type { AuthSettings } from '../auth/settings.js';
import { signedIn } from '../auth/viewer.js';
import { described, errorResponses } from '../error-body.js';
import type { ResourceRoutes } from '../resource.js';
import { tokenPolicy } from './policy.js';
import { CreatedTokenSchema, NewTokenSchema, TokenListSchema, TokenParams } from './schema.js';

const body = (t: ApiToken) => ({
  id: t.id,
  name: t.name,
  scopes: t.scopes as TokenScope[],
  createdAt: t.createdAt,
  lastUsedAt: t.lastUsedAt,
  revokedAt: t.revokedAt,
});

export const tokenRoutes = (settings: AuthSettings): ResourceRoutes =>
  async function tokenRoutes(app, { store }) {
    app.get(
      '/tokens',
      {
        config: { access: 'session' },
        schema: {
          tags: ['session'],
          summary: "Your API tokens (an administrator's list holds everyone's)",
          response: {
            200: described('The tokens, oldest first', TokenListSchema),
            ...errorResponses(401, 403),
          },
        },
      },
      async (request) => {
        const { user } = signedIn(request);
        const tokens = await listApiTokens(store.db, user.isAdmin ? undefined : user.id);
        return { tokens: tokens.filter((t) => tokenPolicy.read(user, t)).map(body) };
      },
    );

    app.post(
      '/tokens',
      {
        bodyLimit: 4 * 1024,
        config: { access: 'session' },
        schema: {
          tags: ['session'],
          summary: 'Create an API token acting as you, limited to the scopes named',
          body: NewTokenSchema,
          response: {
            201: described('The token, with its secret shown this once', CreatedTokenSchema),
            ...errorResponses(400, 401, 403),
          },
        },
      },
      async (request, reply) => {
        const { user } = signedIn(request);
        const created = await createApiToken(store, user, request.body, {
          actor: user.email,
          at: settings.clock(),
          ip: request.ip,
        });
        return reply.status(201).send({ ...body(created.token), secret: created.secret });
      },
    );

    app.delete(
      '/tokens/:id',
      {
        config: { access: 'session' },
        schema: {
          tags: ['session'],
          summary: 'Revoke an API token: it is refused from now on',
          params: TokenParams,
          response: { 204: z.null().describe('Revoked'), ...errorResponses(400, 401, 403, 404) },
        },
      },
      async (request, reply) => {
        const { user } = signedIn(request);
        const token = await findApiToken(store.db, request.params.id);
        if (!token || !tokenPolicy.revoke(user, token)) {
          throw new UserError('not-found', `There is no API token with id "${request.params.id}"`);
        }
        await revokeToken(store, token, { actor: user.email, at: settings.clock(), ip: request.ip });
        return reply.status(204).send(null);
      },
    );
  };
