/**
 * What an administrator does to accounts from the staff app and the API: add one with a one-time
 * password (or linked to single sign-on), change its name, email or whether it is disabled,
 * replace its roles and named measures, and reset its password. Each change is one transaction
 * with its audit event, and no change may leave the council without an administrator.
 */
import { isAccessRole, needsUnit, ACCESS_ROLES, type Grant } from '../../domain/access/roles.js';
import { UserError } from '../../domain/errors.js';
import { recordAuditEvent } from '../../store/audit.js';
import type { Store } from '../../store/connect.js';
import type { Database } from '../../store/database.js';
import { listOrgUnits } from '../../store/organisation.js';
import { deleteSessionsOf } from '../../store/sessions.js';
import {
  countOtherActiveAdmins,
  lockAdministrators,
  replaceNamedMeasures,
  revokeTokensOf,
  setUserDetails,
} from '../../store/user-admin.js';
import {
  addGrant,
  findUserById,
  grantsOf,
  namedMeasuresOf,
  removeGrants,
  setPasswordHash,
  setUserAdmin,
  setUserDisabled,
  ssoIdentityOf,
  type User,
} from '../../store/users.js';
import type { Kysely } from 'kysely';
import { accountView, type AccountView } from './account-views.js';
import { oneTimePassword } from './one-time-password.js';
import { DEFAULT_COST, hashPassword, type ScryptCost } from './passwords.js';
import { addAccount, type Change } from './users.js';

export interface GrantRequest {
  role: string;
  orgUnitId?: string | null | undefined;
}

export interface AccountAccess {
  isAdmin: boolean;
  grants: readonly GrantRequest[];
  measures: readonly string[];
}

export interface NewAccountRequest extends AccountAccess {
  email: string;
  name: string;
  /** The person's subject at the council's identity provider: they sign in by single sign-on. */
  ssoSubject?: string | undefined;
}

export interface AccountChanges {
  name?: string | undefined;
  email?: string | undefined;
  disabled?: boolean | undefined;
}

/** How the server authenticates, as far as adding accounts needs to know. */
export interface AccountSettings {
  cost?: ScryptCost;
  /** The single sign-on issuer when single sign-on is set up, else null. */
  ssoIssuer: string | null;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function checkEmail(email: string): string {
  const trimmed = email.trim();
  if (!EMAIL.test(trimmed)) {
    throw new UserError(
      'invalid-input',
      `"${trimmed}" is not an email address: expected e.g. jo.bloggs@council.gov.uk`,
    );
  }
  return trimmed;
}

/** Checks every grant names a role and, where the role is held at a unit, an existing unit. */
export async function checkAccess(store: Store, access: AccountAccess): Promise<Grant[]> {
  const units = new Set((await listOrgUnits(store.db)).map((u) => u.id));
  const grants = access.grants.map(({ role, orgUnitId }, i): Grant => {
    const which = `Role ${i + 1}`;
    if (!isAccessRole(role)) {
      throw new UserError(
        'invalid-input',
        `${which}: "${role}" is not a role; expected one of ${ACCESS_ROLES.join(', ')}`,
      );
    }
    const unit = orgUnitId ?? null;
    if (needsUnit(role) && unit === null) {
      throw new UserError(
        'invalid-input',
        `${which}: a ${role} is held at an organisation unit: choose the unit`,
      );
    }
    if (unit !== null && !units.has(unit)) {
      throw new UserError('invalid-input', `${which}: there is no organisation unit with id "${unit}"`);
    }
    return { role, orgUnitId: unit };
  });
  const seen = new Set<string>();
  for (const g of grants) {
    const key = `${g.role}@${g.orgUnitId ?? ''}`;
    if (seen.has(key))
      throw new UserError('invalid-input', `The role ${key.replace(/@$/, '')} is listed twice`);
    seen.add(key);
  }
  if (access.measures.length > 0) {
    const known = await store.db
      .selectFrom('measure')
      .select('id')
      .where('id', 'in', [...access.measures])
      .execute();
    const missing = access.measures.filter((m) => !known.some((k) => k.id === m));
    if (missing.length > 0) {
      throw new UserError(
        'invalid-input',
        `There is no measure with code ${missing.map((m) => `"${m}"`).join(', ')}`,
      );
    }
  }
  return grants;
}

async function requireAccount(store: Store, id: string): Promise<User> {
  const user = await findUserById(store.db, id);
  if (!user) throw new UserError('not-found', `There is no account with id "${id}"`);
  return user;
}

/** Refuses a change that would leave no administrator who can still sign in. */
async function keepAnAdministrator(trx: Kysely<Database>, user: User, what: string): Promise<void> {
  if (!user.isAdmin || user.disabled) return;
  await lockAdministrators(trx);
  if ((await countOtherActiveAdmins(trx, user.id)) === 0) {
    throw new UserError(
      'refused',
      `${user.email} is the only administrator left, so ${what} would leave nobody able to manage accounts: make someone else an administrator first`,
    );
  }
}

async function viewOf(store: Store, id: string): Promise<AccountView> {
  const view = await accountView(store, id);
  if (!view) throw new UserError('not-found', `There is no account with id "${id}"`);
  return view;
}

export async function createAccount(
  store: Store,
  request: NewAccountRequest,
  change: Change,
  settings: AccountSettings,
): Promise<{ account: AccountView; oneTimePassword: string | null }> {
  const email = checkEmail(request.email);
  const grants = await checkAccess(store, request);
  let sso: { issuer: string; subject: string } | undefined;
  if (request.ssoSubject !== undefined) {
    if (settings.ssoIssuer === null) {
      throw new UserError(
        'invalid-input',
        'Single sign-on is not set up on this server: leave out ssoSubject, and the account gets a one-time password',
      );
    }
    sso = { issuer: settings.ssoIssuer, subject: request.ssoSubject };
  }
  const password = sso ? null : oneTimePassword();
  const user = await addAccount(
    store,
    {
      email,
      name: request.name,
      isAdmin: request.isAdmin,
      grants,
      measureIds: request.measures,
      ...(password === null ? {} : { password }),
      ...(sso ? { sso } : {}),
    },
    change,
    settings.cost ?? DEFAULT_COST,
  );
  return { account: await viewOf(store, user.id), oneTimePassword: password };
}

export async function changeAccount(
  store: Store,
  id: string,
  changes: AccountChanges,
  change: Change,
): Promise<AccountView> {
  const user = await requireAccount(store, id);
  const at = change.at.toISOString();
  const audit = { at, actor: change.actor, objectType: 'user', ip: change.ip ?? null };
  const details = {
    email: changes.email === undefined ? user.email : checkEmail(changes.email).toLowerCase(),
    displayName: changes.name === undefined ? user.displayName : changes.name.trim(),
  };
  if (details.displayName === '')
    throw new UserError('invalid-input', 'name: must not be empty, e.g. Jo Bloggs');
  await store.db.transaction().execute(async (trx) => {
    if (details.email !== user.email || details.displayName !== user.displayName) {
      await setUserDetails(trx, id, details);
      await recordAuditEvent(trx, {
        ...audit,
        action: 'user-changed',
        objectId: details.email,
        before: { email: user.email, name: user.displayName },
        after: { email: details.email, name: details.displayName },
      });
    }
    if (changes.disabled === true && !user.disabled) {
      await keepAnAdministrator(trx, user, 'disabling this account');
      await setUserDisabled(trx, id, true);
      const sessionsEnded = await deleteSessionsOf(trx, id);
      const tokensRevoked = await revokeTokensOf(trx, id, at);
      await recordAuditEvent(trx, {
        ...audit,
        action: 'user-disabled',
        objectId: details.email,
        before: { disabled: false },
        after: { disabled: true, sessionsEnded, tokensRevoked },
      });
    } else if (changes.disabled === false && user.disabled) {
      await setUserDisabled(trx, id, false);
      await recordAuditEvent(trx, {
        ...audit,
        action: 'user-enabled',
        objectId: details.email,
        before: { disabled: true },
        after: { disabled: false },
      });
    }
  });
  return viewOf(store, id);
}

/** Replaces an account's administrator flag, roles at units and named measures, all at once. */
export async function replaceAccountAccess(
  store: Store,
  id: string,
  access: AccountAccess,
  change: Change,
): Promise<AccountView> {
  const user = await requireAccount(store, id);
  const grants = await checkAccess(store, access);
  await store.db.transaction().execute(async (trx) => {
    if (!access.isAdmin) await keepAnAdministrator(trx, user, 'taking away administration');
    const before = {
      isAdmin: user.isAdmin,
      grants: await grantsOf(trx, id),
      measures: await namedMeasuresOf(trx, id),
    };
    await setUserAdmin(trx, id, access.isAdmin);
    await removeGrants(trx, id);
    for (const grant of grants) await addGrant(trx, id, grant);
    await replaceNamedMeasures(trx, id, access.measures);
    await recordAuditEvent(trx, {
      at: change.at.toISOString(),
      actor: change.actor,
      action: 'role-changed',
      objectType: 'user',
      objectId: user.email,
      before,
      after: { isAdmin: access.isAdmin, grants, measures: [...new Set(access.measures)].sort() },
      ip: change.ip ?? null,
    });
  });
  return viewOf(store, id);
}

/** Gives the account a new one-time password and ends its sessions; single sign-on accounts have none. */
export async function resetAccountPassword(
  store: Store,
  id: string,
  change: Change,
  cost: ScryptCost = DEFAULT_COST,
): Promise<{ account: AccountView; oneTimePassword: string }> {
  const user = await requireAccount(store, id);
  if (await ssoIdentityOf(store.db, id)) {
    throw new UserError(
      'refused',
      `${user.email} signs in by single sign-on, so it has no password here: it is reset with the identity provider`,
    );
  }
  const password = oneTimePassword();
  const hash = await hashPassword(password, cost);
  const at = change.at.toISOString();
  await store.db.transaction().execute(async (trx) => {
    await setPasswordHash(trx, id, hash, at);
    const sessionsEnded = await deleteSessionsOf(trx, id);
    await recordAuditEvent(trx, {
      at,
      actor: change.actor,
      action: 'password-reset',
      objectType: 'user',
      objectId: user.email,
      after: { sessionsEnded },
      ip: change.ip ?? null,
    });
  });
  return { account: await viewOf(store, id), oneTimePassword: password };
}
