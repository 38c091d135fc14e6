/**
 * Managing accounts: adding one, setting its password, linking it to single sign-on, disabling it,
 * and its roles. Each change is audited, and anything that should end sessions ends them, in the
 * same transaction.
 */
import {
  isAccessRole,
  needsUnit,
  ROLE_REACH,
  type AccessRole,
  type Grant,
} from '../../domain/access/roles.js';
import { UserError } from '../../domain/errors.js';
import { recordAuditEvent } from '../../store/audit.js';
import type { Store } from '../../store/connect.js';
import { listOrgUnits } from '../../store/organisation.js';
import { deleteSessionsOf } from '../../store/sessions.js';
import {
  addGrant,
  findUserByEmail,
  grantsOf,
  insertUser,
  linkSsoIdentity,
  listUsers,
  nameMeasure,
  removeGrants,
  setPasswordHash,
  setUserDisabled,
  ssoIdentityOf,
  type User,
} from '../../store/users.js';
import { DEFAULT_COST, hashPassword, passwordProblem, type ScryptCost } from './passwords.js';
import { randomSecret } from './secrets.js';

/** Who made a change, as the audit trail records it: an account's email, or `cli:<os user>`. */
export interface Change {
  actor: string;
  at: Date;
  ip?: string | null;
}

export interface NewAccount {
  email: string;
  name?: string | undefined;
  isAdmin?: boolean;
  grants?: readonly Grant[];
  personId?: string | null;
  /** Measures named to the account: a partner's, or a data owner's beyond those they own. */
  measureIds?: readonly string[];
  /** A local password; leave out for an account that signs in by single sign-on. */
  password?: string;
  sso?: { issuer: string; subject: string };
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export async function requireUser(store: Store, email: string): Promise<User> {
  const user = await findUserByEmail(store.db, email);
  if (!user) throw new UserError('not-found', `There is no account for ${email}`);
  return user;
}

/** Checks a grant names a known role and, where the role needs one, an existing unit. */
export async function checkGrant(store: Store, role: string, unit: string | undefined): Promise<Grant> {
  if (!isAccessRole(role)) {
    throw new UserError(
      'invalid-input',
      `"${role}" is not a role: expected one of ${Object.keys(ROLE_REACH).join(', ')}`,
    );
  }
  if (needsUnit(role) && unit === undefined) {
    throw new UserError(
      'invalid-input',
      `The role ${role} is held at a unit: name it with --unit, e.g. --unit DIR-PLACE`,
    );
  }
  if (unit !== undefined) {
    const units = await listOrgUnits(store.db);
    if (!units.some((u) => u.id === unit)) {
      throw new UserError('not-found', `There is no organisation unit with id "${unit}"`);
    }
  }
  return { role: role as AccessRole, orgUnitId: unit ?? null };
}

export async function addAccount(
  store: Store,
  account: NewAccount,
  change: Change,
  cost: ScryptCost = DEFAULT_COST,
): Promise<User> {
  const email = account.email.trim();
  if (!EMAIL.test(email)) throw new UserError('invalid-input', `"${email}" is not an email address`);
  if (account.password !== undefined && account.sso) {
    throw new UserError('invalid-input', 'An account signs in by password or by single sign-on, not both');
  }
  if (account.password !== undefined) {
    const problem = passwordProblem(account.password);
    if (problem) throw new UserError('invalid-input', problem);
  }
  await checkReferences(store, account);
  // Hashing is slow on purpose, so it happens before the transaction opens.
  const hash = account.password === undefined ? null : await hashPassword(account.password, cost);
  const at = change.at.toISOString();
  return store.db.transaction().execute(async (trx) => {
    const user = await insertUser(
      trx,
      {
        id: `U-${randomSecret(9)}`,
        email,
        displayName: account.name?.trim() || email,
        personId: account.personId ?? null,
        isAdmin: account.isAdmin ?? false,
      },
      at,
    );
    if (hash) await setPasswordHash(trx, user.id, hash, at);
    if (account.sso) await linkSsoIdentity(trx, user.id, account.sso);
    for (const grant of account.grants ?? []) await addGrant(trx, user.id, grant);
    for (const measureId of account.measureIds ?? []) await nameMeasure(trx, user.id, measureId);
    const audit = {
      at,
      actor: change.actor,
      objectType: 'user',
      objectId: user.email,
      ip: change.ip ?? null,
    };
    await recordAuditEvent(trx, {
      ...audit,
      action: 'user-added',
      after: { email: user.email, name: user.displayName, signIn: account.sso ? 'sso' : 'password' },
    });
    await recordAuditEvent(trx, {
      ...audit,
      action: 'role-changed',
      before: { isAdmin: false, grants: [] },
      after: { isAdmin: user.isAdmin, grants: account.grants ?? [], measures: account.measureIds ?? [] },
    });
    return user;
  });
}

/** Refuses a person or a measure that does not exist, naming it. */
async function checkReferences(store: Store, account: NewAccount): Promise<void> {
  if (account.personId) {
    const person = await store.db
      .selectFrom('person')
      .select('id')
      .where('id', '=', account.personId)
      .executeTakeFirst();
    if (!person) throw new UserError('not-found', `There is no person with id "${account.personId}"`);
  }
  for (const measureId of account.measureIds ?? []) {
    const measure = await store.db
      .selectFrom('measure')
      .select('id')
      .where('id', '=', measureId)
      .executeTakeFirst();
    if (!measure) throw new UserError('not-found', `There is no measure with code "${measureId}"`);
  }
}

/** Sets a local password and ends every session the account had. Refused for single sign-on accounts. */
export async function setAccountPassword(
  store: Store,
  email: string,
  password: string,
  change: Change,
  cost: ScryptCost = DEFAULT_COST,
): Promise<User> {
  const user = await requireUser(store, email);
  if (await ssoIdentityOf(store.db, user.id)) {
    throw new UserError(
      'refused',
      `${user.email} signs in by single sign-on, so it has no password here: change it with the identity provider`,
    );
  }
  const problem = passwordProblem(password);
  if (problem) throw new UserError('invalid-input', problem);
  const hash = await hashPassword(password, cost);
  const at = change.at.toISOString();
  await store.db.transaction().execute(async (trx) => {
    await setPasswordHash(trx, user.id, hash, at);
    const ended = await deleteSessionsOf(trx, user.id);
    await recordAuditEvent(trx, {
      at,
      actor: change.actor,
      action: 'password-changed',
      objectType: 'user',
      objectId: user.email,
      after: { sessionsEnded: ended },
      ip: change.ip ?? null,
    });
  });
  return user;
}

export async function linkAccountToSso(
  store: Store,
  email: string,
  identity: { issuer: string; subject: string },
  change: Change,
): Promise<void> {
  const user = await requireUser(store, email);
  const at = change.at.toISOString();
  await store.db.transaction().execute(async (trx) => {
    await linkSsoIdentity(trx, user.id, identity);
    await deleteSessionsOf(trx, user.id);
    await recordAuditEvent(trx, {
      at,
      actor: change.actor,
      action: 'sso-linked',
      objectType: 'user',
      objectId: user.email,
      after: identity,
    });
  });
}

/** Disables an account and ends its sessions; its tokens stop working too (they act as the account). */
export async function disableAccount(store: Store, email: string, change: Change): Promise<User> {
  const user = await requireUser(store, email);
  const at = change.at.toISOString();
  await store.db.transaction().execute(async (trx) => {
    await setUserDisabled(trx, user.id, true);
    const ended = await deleteSessionsOf(trx, user.id);
    await recordAuditEvent(trx, {
      at,
      actor: change.actor,
      action: 'user-disabled',
      objectType: 'user',
      objectId: user.email,
      before: { disabled: user.disabled },
      after: { disabled: true, sessionsEnded: ended },
      ip: change.ip ?? null,
    });
  });
  return user;
}

/** Replaces an account's roles, recording them before and after. */
export async function setAccountRoles(
  store: Store,
  email: string,
  grants: readonly Grant[],
  change: Change,
): Promise<void> {
  const user = await requireUser(store, email);
  const at = change.at.toISOString();
  await store.db.transaction().execute(async (trx) => {
    const before = await grantsOf(trx, user.id);
    await removeGrants(trx, user.id);
    for (const grant of grants) await addGrant(trx, user.id, grant);
    await recordAuditEvent(trx, {
      at,
      actor: change.actor,
      action: 'role-changed',
      objectType: 'user',
      objectId: user.email,
      before: { grants: before },
      after: { grants },
      ip: change.ip ?? null,
    });
  });
}

export interface AccountListing extends User {
  grants: Grant[];
  signIn: 'password' | 'sso' | 'none';
}

export async function listAccounts(store: Store): Promise<AccountListing[]> {
  const users = await listUsers(store.db);
  const [passwords, identities] = await Promise.all([
    store.db.selectFrom('user_password').select('user_id').execute(),
    store.db.selectFrom('user_sso_identity').select('user_id').execute(),
  ]);
  const withPassword = new Set(passwords.map((p) => p.user_id));
  const withSso = new Set(identities.map((i) => i.user_id));
  return Promise.all(
    users.map(async (u) => ({
      ...u,
      grants: await grantsOf(store.db, u.id),
      signIn: withSso.has(u.id) ? 'sso' : withPassword.has(u.id) ? 'password' : 'none',
    })),
  );
}
