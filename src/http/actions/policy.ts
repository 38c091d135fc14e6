/** Who may see and change a key action: by the units it is held at and the person responsible. */
import type { Scope } from '../../domain/access/scope.js';
import type { Measure } from '../../domain/measure.js';
import { canChangeHeld, canCreateAt, canReadHeld, type Holding } from '../../domain/pdrr/access.js';
import type { KeyAction } from '../../domain/pdrr/action-progress.js';
import type { StrategyItem } from '../../domain/strategy.js';

/** The unit that owns the action, and the units of the plans and measures it serves. */
export function actionHolding(
  action: KeyAction,
  items: ReadonlyMap<string, StrategyItem>,
  measures: ReadonlyMap<string, Measure>,
): Holding {
  return {
    orgUnitIds: [
      action.orgUnitId,
      ...action.strategyItemIds.map((id) => items.get(id)?.orgUnitId ?? null),
      ...action.measureIds.map((id) => measures.get(id)?.orgUnitId ?? null),
    ],
    personIds: [action.responsiblePersonId],
  };
}

export const actionPolicy = {
  read: (scope: Scope, held: Holding) => canReadHeld(scope, held),
  change: (scope: Scope, held: Holding) => canChangeHeld(scope, held),
  create: (scope: Scope, orgUnitId: string | null) => canCreateAt(scope, orgUnitId),
};
