/**
 * What one viewer may see, worked out once per request from their account and the organisation,
 * and the rules that test one object against it. The public (no account) sees published measures
 * and the Corporate Plan only.
 */
import type { Measure, MeasureCategory } from '../measure.js';
import type { OrgUnit } from '../organisation.js';
import type { StrategyItem, StrategyKind } from '../strategy.js';
import {
  APPROVED_FIGURES_ONLY_ROLES,
  RESTRICTED_READERS,
  ROLE_REACH,
  subtreeOf,
  type Account,
} from './roles.js';

/** Categories hidden from those without the right, in lists and in totals. */
export const RESTRICTED_CATEGORIES: ReadonlySet<MeasureCategory> = new Set(['hr']);

/** The levels of the golden thread the council publishes: its Corporate Plan down to objectives. */
export const PUBLISHED_STRATEGY_KINDS: ReadonlySet<StrategyKind> = new Set([
  'corporate-plan',
  'priority',
  'outcome',
  'objective',
]);

export interface Scope {
  signedIn: boolean;
  isAdmin: boolean;
  /** Sees every unit, measure and item (restricted categories aside). */
  everything: boolean;
  /** May see restricted categories. */
  restricted: boolean;
  /** Units whose measures and plans this viewer sees (their unit and below, for managers). */
  units: ReadonlySet<string>;
  /** Units whose plans (not measures) this viewer sees: an employee's own team. */
  planUnits: ReadonlySet<string>;
  personId: string | null;
  namedMeasureIds: ReadonlySet<string>;
  /**
   * Sees only figures approved for publication: the public, councillors and partners. Officers see
   * figures as they are entered, marked by their sign-off state.
   */
  approvedOnly: boolean;
}

export const PUBLIC_SCOPE: Scope = {
  signedIn: false,
  isAdmin: false,
  everything: false,
  restricted: false,
  units: new Set(),
  planUnits: new Set(),
  personId: null,
  namedMeasureIds: new Set(),
  approvedOnly: true,
};

export function scopeOf(account: Account, orgUnits: readonly OrgUnit[]): Scope {
  const units = new Set<string>();
  const planUnits = new Set<string>();
  let everything = account.isAdmin;
  let restricted = account.isAdmin;
  for (const grant of account.grants) {
    const reach = ROLE_REACH[grant.role];
    if (reach === 'all') everything = true;
    if (RESTRICTED_READERS.has(grant.role)) restricted = true;
    if (grant.orgUnitId === null) continue;
    if (reach === 'subtree') for (const id of subtreeOf(orgUnits, grant.orgUnitId)) units.add(id);
    if (reach === 'unit') planUnits.add(grant.orgUnitId);
  }
  for (const id of units) planUnits.add(id);
  return {
    signedIn: true,
    isAdmin: account.isAdmin,
    everything,
    restricted,
    units,
    planUnits,
    personId: account.personId,
    namedMeasureIds: new Set(account.namedMeasureIds),
    approvedOnly: !account.isAdmin && account.grants.every((g) => APPROVED_FIGURES_ONLY_ROLES.has(g.role)),
  };
}

export function canSeeMeasure(scope: Scope, m: Measure): boolean {
  if (RESTRICTED_CATEGORIES.has(m.category) && !scope.restricted) return false;
  if (scope.everything) return true;
  if (m.isPublic && m.state === 'active') return true;
  if (!scope.signedIn) return false;
  if (m.orgUnitId !== null && scope.units.has(m.orgUnitId)) return true;
  if (scope.personId !== null && m.ownerId === scope.personId) return true;
  return scope.namedMeasureIds.has(m.id);
}

export function canSeeOrgUnit(scope: Scope, unit: OrgUnit): boolean {
  if (!scope.signedIn) return false;
  return scope.everything || scope.planUnits.has(unit.id);
}

/** An item in scope by itself, before the thread above it is added (see visibleStrategyItems). */
function itemInScope(scope: Scope, item: StrategyItem): boolean {
  if (scope.everything || PUBLISHED_STRATEGY_KINDS.has(item.kind)) return true;
  if (!scope.signedIn) return false;
  if (item.orgUnitId !== null && scope.planUnits.has(item.orgUnitId)) return true;
  return scope.personId !== null && item.ownerId === scope.personId;
}

/**
 * The items a viewer sees: those in scope and the thread above each of them, so that an employee
 * sees how their objective leads up to the Corporate Plan.
 */
export function visibleStrategyItems(scope: Scope, items: readonly StrategyItem[]): Set<string> {
  const byId = new Map(items.map((i) => [i.id, i]));
  const visible = new Set<string>();
  for (const item of items) {
    if (!itemInScope(scope, item)) continue;
    let next: StrategyItem | undefined = item;
    while (next && !visible.has(next.id)) {
      visible.add(next.id);
      next = next.parentId === null ? undefined : byId.get(next.parentId);
    }
  }
  return visible;
}
