/**
 * Who may see and change Plan–Do–Review–Revise records: officers by their reach (a unit and below
 * for managers, their own team for employees, everything for the performance function);
 * councillors read them all, changing nothing, as members holding officers to account; partners
 * and the public see none of them.
 */
import type { Scope } from '../access/scope.js';

export type PdrrReader = 'officer' | 'councillor' | 'none';

export function pdrrReaderOf(scope: Scope): PdrrReader {
  if (!scope.signedIn) return 'none';
  if (!scope.approvedOnly) return 'officer';
  // Those judged on approved figures are councillors (who reach everything) and partners (who do not).
  return scope.everything ? 'councillor' : 'none';
}

/** A record held at some units, or about some people: may this reader see it? */
export interface Holding {
  orgUnitIds: readonly (string | null)[];
  personIds: readonly (string | null)[];
}

export function canReadHeld(scope: Scope, held: Holding): boolean {
  const reader = pdrrReaderOf(scope);
  if (reader === 'none') return false;
  if (reader === 'councillor' || scope.everything) return true;
  if (held.orgUnitIds.some((u) => u !== null && scope.planUnits.has(u))) return true;
  return scope.personId !== null && held.personIds.includes(scope.personId);
}

/**
 * May this reader change it: officers who manage one of its units (their unit and below), the
 * performance function, or the person responsible for it (an action's officer updates progress).
 */
export function canChangeHeld(scope: Scope, held: Holding): boolean {
  if (pdrrReaderOf(scope) !== 'officer') return false;
  if (scope.everything) return true;
  if (held.orgUnitIds.some((u) => u !== null && scope.units.has(u))) return true;
  return scope.personId !== null && held.personIds.includes(scope.personId);
}

/** Creating a record at a unit: managers over the unit and the performance function. */
export function canCreateAt(scope: Scope, orgUnitId: string | null): boolean {
  if (pdrrReaderOf(scope) !== 'officer') return false;
  if (scope.everything) return true;
  return orgUnitId !== null && scope.units.has(orgUnitId);
}
