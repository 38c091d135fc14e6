/**
 * Who may see and change a recovery plan: it is held at its measure's unit and by its owner and the
 * measure's owner. Councillors read plans (of measures they may see) but change none.
 */
import { canSeeMeasure, type Scope } from '../../domain/access/scope.js';
import type { Measure } from '../../domain/measure.js';
import { canChangeHeld, canReadHeld, pdrrReaderOf, type Holding } from '../../domain/pdrr/access.js';
import type { RecoveryPlan } from '../../domain/pdrr/recovery-plan.js';

export function planHolding(plan: Pick<RecoveryPlan, 'ownerId'>, measure: Measure): Holding {
  return { orgUnitIds: [measure.orgUnitId], personIds: [plan.ownerId, measure.ownerId] };
}

export const recoveryPlanPolicy = {
  read: (scope: Scope, plan: Pick<RecoveryPlan, 'ownerId'>, measure: Measure) =>
    canSeeMeasure(scope, measure) && canReadHeld(scope, planHolding(plan, measure)),
  change: (scope: Scope, plan: Pick<RecoveryPlan, 'ownerId'>, measure: Measure) =>
    canSeeMeasure(scope, measure) && canChangeHeld(scope, planHolding(plan, measure)),
  /** Running the escalation check for every plan is the performance function's. */
  escalate: (scope: Scope) => pdrrReaderOf(scope) === 'officer' && scope.everything,
};
