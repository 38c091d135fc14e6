/** Who may see an organisation unit and the people in it, checked on the (action, unit) pair. */
import { canSeeOrgUnit, type Scope } from '../../domain/access/scope.js';
import type { OrgUnit } from '../../domain/organisation.js';

export const orgUnitPolicy = {
  read: (scope: Scope, unit: OrgUnit) => canSeeOrgUnit(scope, unit),
};
