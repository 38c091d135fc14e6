/**
 * Administering accounts: list and read them, add one (with a one-time password shown once, or
 * linked to single sign-on), change its name, email or whether it is disabled, replace its roles,
 * reset its password; and every role in words. Administrators only, from a signed-in browser:
 * API tokens may not manage accounts.
 */
import type { FastifyRequest } from 'fastify';
import {
  changeAccount,
  createAccount,
  replaceAccountAccess,
  resetAccountPassword,
} from '../../app/accounts/account-admin.js';
import { accountView, listAccountViews } from '../../app/accounts/account-views.js';
import type { Change } from '../../app/accounts/users.js';
import { describeRoles } from '../../domain/access/role-words.js';
import { UserError } from '../../domain/errors.js';
import type { AuthSettings } from '../auth/settings.js';
import { actorOf, signedIn } from '../auth/viewer.js';
import { described, errorResponses } from '../error-body.js';
import type { ResourceRoutes } from '../resource.js';
import { userPolicy } from './policy.js';
import {
  AccountListSchema,
  AccountSchema,
  NewUserSchema,
  RolesSchema,
  UserAccessSchema,
  UserChangesSchema,
  UserParams,
  UsersQuery,
  WithPasswordSchema,
} from './schema.js';

const TAGS = ['users'];

export const userRoutes = (settings: AuthSettings): ResourceRoutes =>
  async function userRoutes(app, { store }) {
    const change = (request: FastifyRequest): Change => ({
      actor: actorOf(request),
      at: settings.clock(),
      ip: request.ip,
    });
    const found = async (request: FastifyRequest, id: string) => {
      const account = await accountView(store, id);
      if (!account || !userPolicy.manage(signedIn(request).user))
        throw new UserError('not-found', `There is no account with id "${id}"`);
      return account;
    };

    app.get(
      '/users',
      {
        config: { access: 'admin' },
        schema: {
          tags: TAGS,
          summary: 'Every account, with its roles in words and when it last signed in',
          querystring: UsersQuery,
          response: {
            200: described('The accounts, by email', AccountListSchema),
            ...errorResponses(400, 401, 403),
          },
        },
      },
      async (request) => ({ users: await listAccountViews(store, request.query.search) }),
    );

    app.get(
      '/users/:id',
      {
        config: { access: 'admin' },
        schema: {
          tags: TAGS,
          summary: 'One account',
          params: UserParams,
          response: { 200: described('The account', AccountSchema), ...errorResponses(400, 401, 403, 404) },
        },
      },
      async (request) => found(request, request.params.id),
    );

    app.post(
      '/users',
      {
        bodyLimit: 64 * 1024,
        config: { access: 'admin' },
        schema: {
          tags: TAGS,
          summary: 'Add an account: it gets a one-time password, or signs in by single sign-on',
          body: NewUserSchema,
          response: {
            201: described('The account, with its one-time password shown this once', WithPasswordSchema),
            ...errorResponses(400, 401, 403, 409),
          },
        },
      },
      async (request, reply) => {
        const { account, oneTimePassword } = await createAccount(
          store,
          {
            email: request.body.email,
            name: request.body.name,
            isAdmin: request.body.isAdmin ?? false,
            grants: request.body.grants ?? [],
            measures: request.body.measures ?? [],
            ssoSubject: request.body.ssoSubject,
          },
          change(request),
          { cost: settings.passwordCost, ssoIssuer: settings.oidc?.issuer ?? null },
        );
        return reply.status(201).send({ user: account, oneTimePassword });
      },
    );

    app.patch(
      '/users/:id',
      {
        bodyLimit: 4 * 1024,
        config: { access: 'admin' },
        schema: {
          tags: TAGS,
          summary: 'Change an account’s name or email, or disable it (ending its sessions and API tokens)',
          params: UserParams,
          body: UserChangesSchema,
          response: {
            200: described('The account as changed', AccountSchema),
            ...errorResponses(400, 401, 403, 404, 409),
          },
        },
      },
      async (request) => {
        await found(request, request.params.id);
        return changeAccount(store, request.params.id, request.body, change(request));
      },
    );

    app.put(
      '/users/:id/grants',
      {
        bodyLimit: 64 * 1024,
        config: { access: 'admin' },
        schema: {
          tags: TAGS,
          summary: 'Replace an account’s roles at units, administrator flag and named measures, all at once',
          params: UserParams,
          body: UserAccessSchema,
          response: {
            200: described('The account as changed', AccountSchema),
            ...errorResponses(400, 401, 403, 404, 409),
          },
        },
      },
      async (request) => {
        await found(request, request.params.id);
        const { isAdmin, grants, measures = [] } = request.body;
        return replaceAccountAccess(store, request.params.id, { isAdmin, grants, measures }, change(request));
      },
    );

    app.post(
      '/users/:id/password-reset',
      {
        config: { access: 'admin' },
        schema: {
          tags: TAGS,
          summary: 'Give an account a new one-time password, ending its sessions',
          params: UserParams,
          response: {
            200: described('The new one-time password, shown this once', WithPasswordSchema),
            ...errorResponses(400, 401, 403, 404, 409),
          },
        },
      },
      async (request) => {
        await found(request, request.params.id);
        const reset = await resetAccountPassword(
          store,
          request.params.id,
          change(request),
          settings.passwordCost,
        );
        return { user: reset.account, oneTimePassword: reset.oneTimePassword };
      },
    );

    app.get(
      '/roles',
      {
        config: { access: 'admin' },
        schema: {
          tags: TAGS,
          summary: 'Every role, with what its holder sees and may do, in words',
          response: {
            200: described('The administrator, then each role', RolesSchema),
            ...errorResponses(401, 403),
          },
        },
      },
      async () => ({ roles: describeRoles() }),
    );
  };
