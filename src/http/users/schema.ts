/** Accounts and roles as the administration API takes and gives them. */
import { z } from 'zod';
import { ACCESS_ROLES } from '../../domain/access/roles.js';
import { oneOf, queryObject, requiredText } from '../query.js';

const limited = (example: string, max: number) =>
  requiredText(example)
    .trim()
    .min(1, { error: `must not be blank, e.g. ${example}` })
    .max(max, { error: `must be at most ${max} characters` });

const strict = <Shape extends z.ZodRawShape>(what: string, shape: Shape) =>
  z.strictObject(shape, {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `is not part of ${what}; expected ${Object.keys(shape).join(', ')}`
        : undefined,
  });

const bool = (what: string) => z.boolean({ error: `must be true or false (${what})` });

export const GrantSchema = strict('a role', {
  role: oneOf(ACCESS_ROLES),
  orgUnitId: requiredText('DIR-PLACE')
    .nullable()
    .optional()
    .describe('The unit the role is held at; needed for roles held at a unit, null for council-wide roles'),
}).meta({ id: 'RoleGrant' });

const grants = z
  .array(GrantSchema, {
    error: 'must be a list of roles, e.g. [{"role":"director","orgUnitId":"DIR-PLACE"}]',
  })
  .max(50, { error: 'must hold at most 50 roles' });

const measures = z
  .array(requiredText('CP-ECO-01'), { error: 'must be a list of measure codes, e.g. ["CP-ECO-01"]' })
  .max(500, { error: 'must name at most 500 measures' })
  .describe('Measures named to the account: a partner’s, or a data owner’s beyond those they own');

export const UsersQuery = queryObject({
  search: z
    .string({ error: 'must be given once, e.g. director' })
    .max(200, { error: 'must be at most 200 characters' })
    .optional()
    .describe('Words that must all appear in the email, name, roles or named measures'),
});

export const UserParams = z.object({ id: requiredText('U-abc123') });

export const NewUserSchema = strict('a new account', {
  email: limited('jo.bloggs@council.gov.uk', 254),
  name: limited('Jo Bloggs', 200),
  isAdmin: bool('isAdmin').optional(),
  grants: grants.optional(),
  measures: measures.optional(),
  ssoSubject: limited('00000000-0000-0000-0000-000000000000', 255)
    .optional()
    .describe('Signs in by single sign-on as this subject, with no password here'),
}).meta({ id: 'NewUser' });

export const UserChangesSchema = strict('an account change', {
  name: limited('Jo Bloggs', 200).optional(),
  email: limited('jo.bloggs@council.gov.uk', 254).optional(),
  disabled: bool('disabled')
    .optional()
    .describe('Disabling ends the account’s sessions and revokes its API tokens'),
})
  .refine((c) => c.name !== undefined || c.email !== undefined || c.disabled !== undefined, {
    error: 'must change at least one of name, email, disabled',
  })
  .meta({ id: 'UserChanges' });

export const UserAccessSchema = strict('an account’s roles', {
  isAdmin: bool('isAdmin'),
  grants,
  measures: measures.optional(),
}).meta({ id: 'UserAccess' });

export const AccountSchema = z
  .object({
    id: z.string(),
    email: z.string(),
    name: z.string(),
    isAdmin: z.boolean(),
    disabled: z.boolean(),
    signIn: z.enum(['password', 'sso', 'none']),
    createdAt: z.string(),
    lastSignInAt: z.string().nullable().describe('Null when the account has never signed in'),
    grants: z.array(
      z.object({
        role: z.enum(ACCESS_ROLES),
        orgUnitId: z.string().nullable(),
        orgUnitName: z.string().nullable(),
        words: z.string(),
      }),
    ),
    measures: z.array(z.string()),
    roles: z.array(z.string()).describe('Every role in words, e.g. "Director at Place"'),
  })
  .meta({ id: 'UserAccount' });

export const AccountListSchema = z.object({ users: z.array(AccountSchema) }).meta({ id: 'UserAccountList' });

export const WithPasswordSchema = z
  .object({
    user: AccountSchema,
    oneTimePassword: z
      .string()
      .nullable()
      .describe(
        'Shown this once, to hand to the person; null for an account that signs in by single sign-on',
      ),
  })
  .meta({ id: 'UserWithOneTimePassword' });

export const RolesSchema = z
  .object({
    roles: z.array(
      z.object({
        role: z.string(),
        name: z.string(),
        heldAtUnit: z.boolean(),
        reach: z.enum(['all', 'subtree', 'unit', 'named']),
        sees: z.array(z.string()),
        may: z.array(z.string()),
      }),
    ),
  })
  .meta({ id: 'RoleList' });
