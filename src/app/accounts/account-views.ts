/**
 * Accounts as an administrator reads them: who, how they sign in, their roles in words with the
 * units they are held at, the measures named to them, and when they last signed in.
 */
import { grantInWords } from '../../domain/access/role-words.js';
import { isAccessRole, type AccessRole } from '../../domain/access/roles.js';
import type { Store } from '../../store/connect.js';
import { listOrgUnits } from '../../store/organisation.js';
import { allGrants, allNamedMeasures, lastSignIns, signInMethods } from '../../store/user-admin.js';
import { findUserById, listUsers, type User } from '../../store/users.js';

export interface GrantView {
  role: AccessRole;
  orgUnitId: string | null;
  /** The unit's name, or null for a role held council-wide. */
  orgUnitName: string | null;
  words: string;
}

export interface AccountView {
  id: string;
  email: string;
  name: string;
  isAdmin: boolean;
  disabled: boolean;
  signIn: 'password' | 'sso' | 'none';
  createdAt: string;
  /** From the audit trail; null when the account has never signed in. */
  lastSignInAt: string | null;
  grants: GrantView[];
  measures: string[];
  /** Every role in words, the administrator first: "Administrator", "Director at Place". */
  roles: string[];
}

async function viewsOf(store: Store, users: readonly User[]): Promise<AccountView[]> {
  const [units, grants, measures, methods, signIns] = await Promise.all([
    listOrgUnits(store.db),
    allGrants(store.db),
    allNamedMeasures(store.db),
    signInMethods(store.db),
    lastSignIns(
      store.db,
      users.map((u) => u.email),
    ),
  ]);
  const unitName = new Map(units.map((u) => [u.id, u.name]));
  return users.map((u) => {
    const own = grants
      .filter((g) => g.user_id === u.id && isAccessRole(g.role))
      .map((g): GrantView => {
        const role = g.role as AccessRole;
        const orgUnitName = g.org_unit_id === null ? null : (unitName.get(g.org_unit_id) ?? g.org_unit_id);
        return { role, orgUnitId: g.org_unit_id, orgUnitName, words: grantInWords(role, orgUnitName) };
      });
    return {
      id: u.id,
      email: u.email,
      name: u.displayName,
      isAdmin: u.isAdmin,
      disabled: u.disabled,
      signIn: methods.get(u.id) ?? 'none',
      createdAt: u.createdAt,
      lastSignInAt: signIns.get(u.email) ?? null,
      grants: own,
      measures: measures.filter((m) => m.user_id === u.id).map((m) => m.measure_id),
      roles: [...(u.isAdmin ? ['Administrator'] : []), ...own.map((g) => g.words)],
    };
  });
}

const matches = (account: AccountView, words: string[]) => {
  const text = [account.email, account.name, ...account.roles, ...account.measures].join(' ').toLowerCase();
  return words.every((w) => text.includes(w));
};

/** Every account, by email; `search` keeps those whose email, name, roles or measures hold every word. */
export async function listAccountViews(store: Store, search?: string): Promise<AccountView[]> {
  const views = await viewsOf(store, await listUsers(store.db));
  const words = (search ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  return words.length === 0 ? views : views.filter((v) => matches(v, words));
}

export async function accountView(store: Store, id: string): Promise<AccountView | null> {
  const user = await findUserById(store.db, id);
  if (!user) return null;
  return (await viewsOf(store, [user]))[0] ?? null;
}
