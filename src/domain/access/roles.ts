/**
 * Who may see what: the roles an account holds, from the framework's reporting levels (Diagram 5).
 * An administrator is a flag on the account, not a role at a unit.
 */
import type { OrgUnit } from '../organisation.js';
import { subtreeIds } from '../tree.js';

export const ACCESS_ROLES = [
  'performance-officer',
  'cabinet-member',
  'scrutiny-member',
  'chief-executive',
  'director',
  'service-director',
  'head-of-service',
  'team-manager',
  'employee',
  'data-owner',
  'partner',
] as const;
export type AccessRole = (typeof ACCESS_ROLES)[number];

/**
 * How far a role reaches: 'all' sees every unit; 'subtree' its unit and everything below it;
 * 'unit' its own unit (an employee's team, a data owner's team); 'named' only what is named to it.
 */
export type Reach = 'all' | 'subtree' | 'unit' | 'named';

export const ROLE_REACH: Record<AccessRole, Reach> = {
  'performance-officer': 'all',
  'cabinet-member': 'all',
  'scrutiny-member': 'all',
  'chief-executive': 'all',
  director: 'subtree',
  'service-director': 'subtree',
  'head-of-service': 'subtree',
  'team-manager': 'subtree',
  employee: 'unit',
  'data-owner': 'unit',
  partner: 'named',
};

/** Roles that hold their reach at a unit, and so need one. */
export function needsUnit(role: AccessRole): boolean {
  return ROLE_REACH[role] === 'subtree' || ROLE_REACH[role] === 'unit';
}

/**
 * Roles that may see restricted categories (HR figures for small teams): the central performance
 * function and the head of paid service. Everyone else sees them neither listed nor counted.
 */
export const RESTRICTED_READERS: ReadonlySet<AccessRole> = new Set([
  'performance-officer',
  'chief-executive',
]);

/**
 * Roles that read the council's performance as published: members hold officers to account on
 * signed-off figures (framework 7.1), and partners see what is shared with them. An account that
 * also holds an officer's role sees figures as entered.
 */
export const APPROVED_FIGURES_ONLY_ROLES: ReadonlySet<AccessRole> = new Set([
  'cabinet-member',
  'scrutiny-member',
  'partner',
]);

export interface Grant {
  role: AccessRole;
  /** The unit the role is held at; null for roles that reach everything or only named measures. */
  orgUnitId: string | null;
}

/** An account as access control sees it. */
export interface Account {
  userId: string;
  personId: string | null;
  isAdmin: boolean;
  grants: readonly Grant[];
  /** Measures named to this account (a partner's, or a data owner's beyond those they own). */
  namedMeasureIds: readonly string[];
}

export function isAccessRole(text: string): text is AccessRole {
  return (ACCESS_ROLES as readonly string[]).includes(text);
}

/** The unit and every unit below it. */
export function subtreeOf(units: readonly OrgUnit[], rootId: string): Set<string> {
  return subtreeIds(units, rootId);
}
