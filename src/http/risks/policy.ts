/** Who may see and change a risk: held at its unit and its strategy items' units, and by its owner. */
import type { Scope } from '../../domain/access/scope.js';
import { canChangeHeld, canCreateAt, canReadHeld, type Holding } from '../../domain/pdrr/access.js';
import type { StrategyItem } from '../../domain/strategy.js';
import type { RegisterRisk } from '../../store/risk-register.js';

export function riskHolding(risk: RegisterRisk, items: ReadonlyMap<string, StrategyItem>): Holding {
  return {
    orgUnitIds: [risk.orgUnitId, ...risk.strategyItemIds.map((id) => items.get(id)?.orgUnitId ?? null)],
    personIds: [risk.ownerId],
  };
}

export const riskPolicy = {
  read: (scope: Scope, held: Holding) => canReadHeld(scope, held),
  change: (scope: Scope, held: Holding) => canChangeHeld(scope, held),
  create: (scope: Scope, orgUnitId: string | null) => canCreateAt(scope, orgUnitId),
};
