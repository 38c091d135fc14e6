/**
 * The queries account administration needs beyond users.ts: changing an account's name and email,
 * its named measures, who is still an administrator, when each account last signed in, and
 * revoking an account's API tokens when it is disabled.
 */
import { PostgresAdapter, type Kysely } from 'kysely';
import { UserError } from '../domain/errors.js';
import type { Database } from './database.js';
import { toFlag } from './dialect.js';
import { findUserByEmail, normaliseEmail } from './users.js';

export async function setUserDetails(
  db: Kysely<Database>,
  id: string,
  details: { email: string; displayName: string },
): Promise<void> {
  const email = normaliseEmail(details.email);
  const holder = await findUserByEmail(db, email);
  if (holder && holder.id !== id) throw new UserError('conflict', `There is already an account for ${email}`);
  await db
    .updateTable('app_user')
    .set({ email, display_name: details.displayName })
    .where('id', '=', id)
    .execute();
}

export async function replaceNamedMeasures(
  db: Kysely<Database>,
  userId: string,
  measureIds: readonly string[],
): Promise<void> {
  await db.deleteFrom('user_measure').where('user_id', '=', userId).execute();
  const unique = [...new Set(measureIds)];
  if (unique.length === 0) return;
  await db
    .insertInto('user_measure')
    .values(unique.map((measure_id) => ({ user_id: userId, measure_id })))
    .execute();
}

/**
 * Holds the administrators' rows until the transaction ends, so that two administrators demoting
 * each other at the same moment cannot both succeed and leave nobody. SQLite writes one
 * transaction at a time already.
 */
export async function lockAdministrators(db: Kysely<Database>): Promise<void> {
  if (!(db.getExecutor().adapter instanceof PostgresAdapter)) return;
  await db.selectFrom('app_user').select('id').where('is_admin', '=', toFlag(true)).forUpdate().execute();
}

/** Administrators whose accounts are not disabled, other than `except`. */
export async function countOtherActiveAdmins(db: Kysely<Database>, except: string): Promise<number> {
  const row = await db
    .selectFrom('app_user')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('is_admin', '=', toFlag(true))
    .where('disabled', '=', toFlag(false))
    .where('id', '!=', except)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/**
 * When each account last signed in, by email, from the audit trail (sessions are deleted when they
 * end, the trail is kept). An account that never signed in is absent.
 */
export async function lastSignIns(
  db: Kysely<Database>,
  emails?: readonly string[],
): Promise<Map<string, string>> {
  if (emails !== undefined && emails.length === 0) return new Map();
  let query = db
    .selectFrom('audit_event')
    .select(['object_id', (eb) => eb.fn.max('at').as('last')])
    .where('action', '=', 'sign-in')
    .where('object_type', '=', 'user')
    .groupBy('object_id');
  if (emails !== undefined) query = query.where('object_id', 'in', emails.map(normaliseEmail));
  const rows = await query.execute();
  const found = new Map<string, string>();
  for (const r of rows) if (r.object_id !== null && r.last !== null) found.set(r.object_id, String(r.last));
  return found;
}

/** Revokes every live API token of an account; answers how many were revoked. */
export async function revokeTokensOf(db: Kysely<Database>, userId: string, at: string): Promise<number> {
  const result = await db
    .updateTable('api_token')
    .set({ revoked_at: at })
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/** How each account signs in: by single sign-on, by a local password, or not at all yet. */
export async function signInMethods(db: Kysely<Database>): Promise<Map<string, 'password' | 'sso'>> {
  const [passwords, identities] = await Promise.all([
    db.selectFrom('user_password').select('user_id').execute(),
    db.selectFrom('user_sso_identity').select('user_id').execute(),
  ]);
  const methods = new Map<string, 'password' | 'sso'>();
  for (const p of passwords) methods.set(p.user_id, 'password');
  for (const i of identities) methods.set(i.user_id, 'sso');
  return methods;
}

export async function allGrants(
  db: Kysely<Database>,
): Promise<{ user_id: string; role: string; org_unit_id: string | null }[]> {
  return db.selectFrom('user_grant').select(['user_id', 'role', 'org_unit_id']).orderBy('id').execute();
}

export async function allNamedMeasures(
  db: Kysely<Database>,
): Promise<{ user_id: string; measure_id: string }[]> {
  return db.selectFrom('user_measure').select(['user_id', 'measure_id']).orderBy('measure_id').execute();
}
