/**
 * Who may see and change an individual objective: the person it belongs to, managers over their
 * unit, and the performance function. Appraisal objectives are personal, so colleagues and
 * councillors do not see them.
 */
import type { Scope } from '../../domain/access/scope.js';
import { pdrrReaderOf } from '../../domain/pdrr/access.js';
import type { StrategyItem } from '../../domain/strategy.js';

type Objective = Pick<StrategyItem, 'ownerId' | 'orgUnitId'>;
const officer = (scope: Scope) => pdrrReaderOf(scope) === 'officer';
const manages = (scope: Scope, unit: string | null) =>
  scope.everything || (unit !== null && scope.units.has(unit));

export const objectivePolicy = {
  read: (scope: Scope, o: Objective) =>
    officer(scope) &&
    ((scope.personId !== null && o.ownerId === scope.personId) || manages(scope, o.orgUnitId)),
  /** Setting objectives is the appraiser's: managers over the unit, or the performance function. */
  set: (scope: Scope, unit: string | null) => officer(scope) && manages(scope, unit),
  recordProgress: (scope: Scope, o: Objective) =>
    officer(scope) &&
    ((scope.personId !== null && o.ownerId === scope.personId) || manages(scope, o.orgUnitId)),
};
