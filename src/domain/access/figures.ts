/**
 * Who may enter and sign off a measure's figures: the measure's owner and its data owners; a
 * manager whose unit, or a unit below it, owns the measure; and the performance function. Only
 * the performance function (performance officers and administrators) approves for publication.
 */
import type { Measure } from '../measure.js';
import type { Account } from './roles.js';
import { canSeeMeasure, type Scope } from './scope.js';

function isPerformanceFunction(account: Account): boolean {
  return account.isAdmin || account.grants.some((g) => g.role === 'performance-officer');
}

/** The measure's owner, or a data owner at its unit or named to it. */
function isDataOwnerOf(account: Account, measure: Measure): boolean {
  if (account.personId !== null && measure.ownerId === account.personId) return true;
  return account.grants.some(
    (g) =>
      g.role === 'data-owner' &&
      ((measure.orgUnitId !== null && g.orgUnitId === measure.orgUnitId) ||
        account.namedMeasureIds.includes(measure.id)),
  );
}

export function canEnterFigures(account: Account, scope: Scope, measure: Measure): boolean {
  if (!canSeeMeasure(scope, measure)) return false;
  if (isPerformanceFunction(account) || isDataOwnerOf(account, measure)) return true;
  // `units` holds only the reach of managers' roles (their unit and below).
  return measure.orgUnitId !== null && scope.units.has(measure.orgUnitId);
}

export function canCheckFigures(account: Account, scope: Scope, measure: Measure): boolean {
  return canSeeMeasure(scope, measure) && (isPerformanceFunction(account) || isDataOwnerOf(account, measure));
}

export function canApproveFigures(account: Account, scope: Scope, measure: Measure): boolean {
  return canSeeMeasure(scope, measure) && isPerformanceFunction(account);
}
