/**
 * Accounts: who they are, how they sign in (a password hash, or a single sign-on identity, never
 * both), the roles they hold and the measures named to them.
 */
import type { Kysely } from 'kysely';
import type { AccessRole, Account, Grant } from '../domain/access/roles.js';
import { UserError } from '../domain/errors.js';
import type { Database } from './database.js';
import { flag, toFlag } from './dialect.js';

export interface User {
  id: string;
  email: string;
  displayName: string;
  personId: string | null;
  isAdmin: boolean;
  disabled: boolean;
  createdAt: string;
}

export interface NewUser {
  id: string;
  email: string;
  displayName: string;
  personId?: string | null;
  isAdmin?: boolean;
}

/** Emails are compared without regard to case: "A.Smith@…" and "a.smith@…" are one person. */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

type UserRow = Database['app_user'];

function rowToUser(r: UserRow): User {
  return {
    id: r.id,
    email: r.email,
    displayName: r.display_name,
    personId: r.person_id,
    isAdmin: flag(r.is_admin),
    disabled: flag(r.disabled),
    createdAt: r.created_at,
  };
}

export async function insertUser(db: Kysely<Database>, user: NewUser, at: string): Promise<User> {
  const email = normaliseEmail(user.email);
  if (await findUserByEmail(db, email)) {
    throw new UserError('conflict', `There is already an account for ${email}`);
  }
  const row: UserRow = {
    id: user.id,
    email,
    display_name: user.displayName,
    person_id: user.personId ?? null,
    is_admin: toFlag(user.isAdmin ?? false),
    disabled: toFlag(false),
    created_at: at,
  };
  await db.insertInto('app_user').values(row).execute();
  return rowToUser(row);
}

export async function findUserByEmail(db: Kysely<Database>, email: string): Promise<User | null> {
  const row = await db
    .selectFrom('app_user')
    .selectAll()
    .where('email', '=', normaliseEmail(email))
    .executeTakeFirst();
  return row ? rowToUser(row) : null;
}

export async function findUserById(db: Kysely<Database>, id: string): Promise<User | null> {
  const row = await db.selectFrom('app_user').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? rowToUser(row) : null;
}

export async function listUsers(db: Kysely<Database>): Promise<User[]> {
  const rows = await db.selectFrom('app_user').selectAll().orderBy('email').execute();
  return rows.map(rowToUser);
}

export async function countUsers(db: Kysely<Database>): Promise<number> {
  const row = await db
    .selectFrom('app_user')
    .select((eb) => eb.fn.countAll().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function setUserDisabled(db: Kysely<Database>, id: string, disabled: boolean): Promise<void> {
  await db
    .updateTable('app_user')
    .set({ disabled: toFlag(disabled) })
    .where('id', '=', id)
    .execute();
}

export async function setUserAdmin(db: Kysely<Database>, id: string, isAdmin: boolean): Promise<void> {
  await db
    .updateTable('app_user')
    .set({ is_admin: toFlag(isAdmin) })
    .where('id', '=', id)
    .execute();
}

export async function passwordHashOf(db: Kysely<Database>, userId: string): Promise<string | null> {
  const row = await db
    .selectFrom('user_password')
    .select('hash')
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return row?.hash ?? null;
}

export async function setPasswordHash(
  db: Kysely<Database>,
  userId: string,
  hash: string,
  at: string,
): Promise<void> {
  await db
    .insertInto('user_password')
    .values({ user_id: userId, hash, changed_at: at })
    .onConflict((oc) => oc.column('user_id').doUpdateSet({ hash, changed_at: at }))
    .execute();
}

export interface SsoIdentity {
  issuer: string;
  subject: string;
}

export async function ssoIdentityOf(db: Kysely<Database>, userId: string): Promise<SsoIdentity | null> {
  const row = await db
    .selectFrom('user_sso_identity')
    .select(['issuer', 'subject'])
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return row ?? null;
}

/** Links an account to its identity at an OpenID provider; its local password, if any, is removed. */
export async function linkSsoIdentity(
  db: Kysely<Database>,
  userId: string,
  identity: SsoIdentity,
): Promise<void> {
  await db.deleteFrom('user_password').where('user_id', '=', userId).execute();
  await db.deleteFrom('user_sso_identity').where('user_id', '=', userId).execute();
  await db
    .insertInto('user_sso_identity')
    .values({ user_id: userId, issuer: identity.issuer, subject: identity.subject })
    .execute();
}

/** The account whose identity at `issuer` is `subject`: matched on both, exactly. */
export async function findUserBySso(db: Kysely<Database>, identity: SsoIdentity): Promise<User | null> {
  const row = await db
    .selectFrom('user_sso_identity as s')
    .innerJoin('app_user as u', 'u.id', 's.user_id')
    .selectAll('u')
    .where('s.issuer', '=', identity.issuer)
    .where('s.subject', '=', identity.subject)
    .executeTakeFirst();
  return row ? rowToUser(row) : null;
}

export async function grantsOf(db: Kysely<Database>, userId: string): Promise<Grant[]> {
  const rows = await db
    .selectFrom('user_grant')
    .select(['role', 'org_unit_id'])
    .where('user_id', '=', userId)
    .orderBy('id')
    .execute();
  return rows.map((r) => ({ role: r.role as AccessRole, orgUnitId: r.org_unit_id }));
}

export async function addGrant(db: Kysely<Database>, userId: string, grant: Grant): Promise<void> {
  await db
    .insertInto('user_grant')
    .values({ user_id: userId, role: grant.role, org_unit_id: grant.orgUnitId })
    .execute();
}

export async function removeGrants(db: Kysely<Database>, userId: string): Promise<void> {
  await db.deleteFrom('user_grant').where('user_id', '=', userId).execute();
}

export async function namedMeasuresOf(db: Kysely<Database>, userId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('user_measure')
    .select('measure_id')
    .where('user_id', '=', userId)
    .orderBy('measure_id')
    .execute();
  return rows.map((r) => r.measure_id);
}

export async function nameMeasure(db: Kysely<Database>, userId: string, measureId: string): Promise<void> {
  await db
    .insertInto('user_measure')
    .values({ user_id: userId, measure_id: measureId })
    .onConflict((oc) => oc.columns(['user_id', 'measure_id']).doNothing())
    .execute();
}

/** Everything access control needs to know about an account. */
export async function accountOf(db: Kysely<Database>, user: User): Promise<Account> {
  const [grants, namedMeasureIds] = await Promise.all([grantsOf(db, user.id), namedMeasuresOf(db, user.id)]);
  return { userId: user.id, personId: user.personId, isAdmin: user.isAdmin, grants, namedMeasureIds };
}
