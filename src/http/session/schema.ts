import { z } from 'zod';
import { ACCESS_ROLES } from '../../domain/access/roles.js';

export const SignInSchema = z
  .strictObject({
    email: z.string().min(1, { error: 'is required, e.g. a.person@council.gov.uk' }).max(320),
    password: z.string().min(1, { error: 'is required' }).max(1024),
  })
  .meta({ id: 'SignIn' });

export const AccountSchema = z
  .object({
    id: z.string(),
    email: z.string(),
    name: z.string(),
    isAdmin: z.boolean(),
    personId: z.string().nullable().describe('The person in the organisation this account is, if any'),
    roles: z.array(z.object({ role: z.enum(ACCESS_ROLES), orgUnitId: z.string().nullable() })),
  })
  .meta({ id: 'Account' });

export const SessionSchema = z
  .object({
    account: AccountSchema,
    csrfToken: z.string().describe('Send as the X-CSRF-Token header on every request that changes something'),
  })
  .meta({ id: 'Session' });

export type SessionBody = z.infer<typeof SessionSchema>;

export const PasswordChangeSchema = z
  .strictObject(
    {
      currentPassword: z.string({ error: 'is required: the password you signed in with' }).min(1, {
        error: 'is required: the password you signed in with',
      }),
      newPassword: z.string({ error: 'is required' }).max(1024, { error: 'must be at most 1024 characters' }),
    },
    {
      error: (issue) =>
        issue.code === 'unrecognized_keys'
          ? 'is not a field of a password change; expected currentPassword, newPassword'
          : undefined,
    },
  )
  .meta({ id: 'PasswordChange' });
