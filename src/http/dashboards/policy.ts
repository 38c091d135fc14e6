/**
 * Who may see and change a dashboard, checked on the (action, dashboard) pair. A dashboard about a
 * strategy item is seen by those who see the item; one about a unit by those who see the unit's
 * plans. It is changed by the performance function and by the managers of its unit (and above).
 */
import type { Account } from '../../domain/access/roles.js';
import type { Scope } from '../../domain/access/scope.js';
import type { Dashboard } from '../../domain/dashboards/card.js';

export const dashboardPolicy = {
  read: (scope: Scope, visibleItemIds: ReadonlySet<string>, d: Dashboard) =>
    d.scope.kind === 'strategy-item'
      ? visibleItemIds.has(d.scope.id)
      : scope.signedIn && (scope.everything || scope.planUnits.has(d.scope.id)),
  edit: (scope: Scope, account: Account, d: Dashboard) =>
    account.isAdmin ||
    account.grants.some((g) => g.role === 'performance-officer') ||
    (d.ownerOrgUnitId !== null && scope.units.has(d.ownerOrgUnitId)),
};
