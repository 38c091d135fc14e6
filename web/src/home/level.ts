/**
 * Which of the framework's reporting levels a person works at, from the roles they hold: it
 * chooses their home page. Someone with several roles gets the widest view among them.
 */
import type { AccessRole } from '@domain/access/roles.js';
import type { Account } from '../api/types.js';

export type Level = 'corporate' | 'directorate' | 'team' | 'employee' | 'partner';

export interface PersonLevel {
  level: Level;
  /** The unit their view is of: a directorate, a service or a team; null for the whole council. */
  orgUnitId: string | null;
  entersFigures: boolean;
  approvesFigures: boolean;
  seesQuality: boolean;
}

const LEVEL_OF_ROLE: Record<AccessRole, Level> = {
  'cabinet-member': 'corporate',
  'scrutiny-member': 'corporate',
  'chief-executive': 'corporate',
  'performance-officer': 'corporate',
  director: 'directorate',
  'service-director': 'directorate',
  'head-of-service': 'team',
  'team-manager': 'team',
  employee: 'employee',
  'data-owner': 'employee',
  partner: 'partner',
};

const ORDER: readonly Level[] = ['corporate', 'directorate', 'team', 'employee', 'partner'];

/** Roles whose holders enter or check figures: owners, data owners, managers and the performance team. */
const ENTERING_ROLES: ReadonlySet<AccessRole> = new Set([
  'performance-officer',
  'director',
  'service-director',
  'head-of-service',
  'team-manager',
  'data-owner',
]);

export function levelOf(account: Pick<Account, 'roles' | 'isAdmin'>): PersonLevel {
  const roles = account.roles;
  const has = (role: AccessRole) => roles.some((r) => r.role === role);
  let best: { level: Level; orgUnitId: string | null } = {
    level: account.isAdmin ? 'corporate' : 'partner',
    orgUnitId: null,
  };
  for (const grant of roles) {
    const level = LEVEL_OF_ROLE[grant.role];
    if (ORDER.indexOf(level) < ORDER.indexOf(best.level)) {
      best = { level, orgUnitId: level === 'corporate' ? null : grant.orgUnitId };
    }
  }
  return {
    ...best,
    entersFigures: account.isAdmin || roles.some((r) => ENTERING_ROLES.has(r.role)),
    approvesFigures: account.isAdmin || has('performance-officer'),
    seesQuality:
      account.isAdmin || has('performance-officer') || roles.some((r) => ENTERING_ROLES.has(r.role)),
  };
}
