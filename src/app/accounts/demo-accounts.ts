/**
 * The demo council's accounts: one per role, so that each reporting level can be tried. Their
 * passwords are generated when the demo is loaded and returned once, for printing; only their
 * hashes are kept. A real council's deployment has no accounts until an administrator adds one.
 */
import type { AccessRole, Grant } from '../../domain/access/roles.js';
import { DEMO_EMAIL_DOMAIN } from '../../demo/index.js';
import type { Store } from '../../store/connect.js';
import { listMeasures } from '../../store/measures.js';
import { listRoleAssignments } from '../../store/organisation.js';
import { countUsers } from '../../store/users.js';
import { DEFAULT_COST, type ScryptCost } from './passwords.js';
import { randomSecret } from './secrets.js';
import { addAccount } from './users.js';

export interface DemoAccount {
  email: string;
  role: string;
  /** Shown once, when the demo is loaded. */
  password: string;
}

interface DemoRole {
  /** The part of the email before @, and the role as README names it. */
  name: string;
  role: AccessRole | 'administrator';
  /** Which of the demo's people it is: the nth holder of the role (0 = first)… */
  holder?: number;
  /** …at this unit, so that the managers' accounts form one chain down the organisation. */
  unit?: string;
}

export const DEMO_ROLES: readonly DemoRole[] = [
  { name: 'administrator', role: 'administrator' },
  { name: 'performance-officer', role: 'performance-officer' },
  { name: 'cabinet-member', role: 'cabinet-member' },
  { name: 'scrutiny-member', role: 'scrutiny-member' },
  { name: 'director', role: 'director', unit: 'DIR-PEOPLE' },
  { name: 'service-director', role: 'service-director' },
  { name: 'head-of-service', role: 'head-of-service' },
  { name: 'team-manager', role: 'team-manager' },
  // The first employee of a team is also its data owner; the demo's employee is a colleague.
  { name: 'employee', role: 'employee', holder: 1 },
  { name: 'data-owner', role: 'data-owner' },
  { name: 'partner', role: 'partner' },
];

/** The units whose measures the demo's partner (a health partner) is named on. */
const PARTNER_UNITS = new Set(['SVC-PH', 'TEAM-HEALTH']);

export function demoEmail(name: string): string {
  return `demo.${name}@${DEMO_EMAIL_DOMAIN}`;
}

/** Creates the demo's accounts if the database has none; returns them with their passwords, or []. */
export async function createDemoAccounts(
  store: Store,
  now: Date,
  cost: ScryptCost = DEFAULT_COST,
): Promise<DemoAccount[]> {
  if ((await countUsers(store.db)) > 0) return [];
  const [assignments, measures] = await Promise.all([listRoleAssignments(store.db), listMeasures(store.db)]);
  const created: DemoAccount[] = [];
  for (const demo of DEMO_ROLES) {
    const holders = assignments.filter(
      (a) => a.role === demo.role && (demo.unit === undefined || a.orgUnitId === demo.unit),
    );
    const post = holders[demo.holder ?? 0] ?? null;
    const grants: Grant[] =
      demo.role === 'administrator' ? [] : [{ role: demo.role, orgUnitId: post?.orgUnitId ?? null }];
    const named =
      demo.role === 'partner'
        ? measures.filter((m) => m.orgUnitId !== null && PARTNER_UNITS.has(m.orgUnitId) && !m.isPublic)
        : demo.role === 'data-owner'
          ? measures.filter((m) => m.orgUnitId === post?.orgUnitId)
          : [];
    const password = randomSecret(12);
    const user = await addAccount(
      store,
      {
        email: demoEmail(demo.name),
        name: `Demo ${demo.name.replaceAll('-', ' ')}`,
        isAdmin: demo.role === 'administrator',
        grants,
        personId: post?.personId ?? null,
        measureIds: named.map((m) => m.id),
        password,
      },
      { actor: 'golden-thread demo', at: now },
      cost,
    );
    created.push({ email: user.email, role: demo.name, password });
  }
  return created;
}
