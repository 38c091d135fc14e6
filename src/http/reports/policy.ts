/**
 * Who may have which report: a report holds only what its reader may see (measures and plans are
 * filtered by the reader's scope), about a unit they may see, or about themselves. Councillors,
 * partners and the public get approved figures only, whatever they ask.
 */
import { canSeeOrgUnit, type Scope } from '../../domain/access/scope.js';
import type { OrgUnit } from '../../domain/organisation.js';

export const reportPolicy = {
  aboutUnit: (scope: Scope, unit: OrgUnit) => canSeeOrgUnit(scope, unit),
  aboutPerson: (scope: Scope, personId: string) => scope.everything || scope.personId === personId,
  approvedOnly: (scope: Scope, councilWide: boolean, provisionalAsked: boolean) =>
    scope.approvedOnly || (councilWide && !provisionalAsked),
};
