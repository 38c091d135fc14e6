/**
 * What a dashboard is about, worked out from the thread: for a strategy item, the item and every
 * item below it; for an organisation unit, the unit and every unit below it. Measures, actions and
 * risks belong to a scope when they evidence one of its items or are owned within its units.
 */
import type { Action } from '../action.js';
import type { Measure } from '../measure.js';
import type { OrgUnit } from '../organisation.js';
import type { Risk } from '../risk.js';
import type { StrategyItem } from '../strategy.js';
import type { DashboardScope } from './card.js';
import { subtreeIds } from '../tree.js';

export interface Thread {
  items: readonly StrategyItem[];
  units: readonly OrgUnit[];
  measures: readonly Measure[];
}

export interface ScopeMembers {
  itemIds: Set<string>;
  unitIds: Set<string>;
}

/** The items and units a scope covers. */
export function scopeMembers(scope: DashboardScope, thread: Pick<Thread, 'items' | 'units'>): ScopeMembers {
  if (scope.kind === 'strategy-item')
    return { itemIds: subtreeIds(thread.items, scope.id), unitIds: new Set() };
  const unitIds = subtreeIds(thread.units, scope.id);
  const itemIds = new Set(
    thread.items.filter((i) => i.orgUnitId !== null && unitIds.has(i.orgUnitId)).map((i) => i.id),
  );
  return { itemIds, unitIds };
}

export function measuresInScope(members: ScopeMembers, measures: readonly Measure[]): Measure[] {
  return measures.filter(
    (m) =>
      m.state === 'active' &&
      ((m.orgUnitId !== null && members.unitIds.has(m.orgUnitId)) ||
        m.strategyItemIds.some((id) => members.itemIds.has(id))),
  );
}

export function actionsInScope(
  members: ScopeMembers,
  actions: readonly Action[],
  measureIds: ReadonlySet<string>,
): Action[] {
  return actions.filter(
    (a) =>
      a.strategyItemIds.some((id) => members.itemIds.has(id)) ||
      a.measureIds.some((id) => measureIds.has(id)),
  );
}

export function risksInScope(members: ScopeMembers, risks: readonly Risk[]): Risk[] {
  return risks.filter((r) => r.strategyItemIds.some((id) => members.itemIds.has(id)));
}
