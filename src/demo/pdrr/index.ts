/**
 * The demo council's Plan–Do–Review–Revise records, as plain data built from the council bundle:
 * who owns each action and risk, the recovery plans and their actions, the Cabinet review, the
 * complaints log and the demo employee's objectives.
 */
import type { CouncilBundle } from '../../domain/council.js';
import type { ActionProgressUpdate, KeyAction } from '../../domain/pdrr/action-progress.js';
import type { Complaint } from '../../domain/pdrr/complaints.js';
import type { RecoveryPlan } from '../../domain/pdrr/recovery-plan.js';
import { ACTION_UPDATES, RECOVERY_ACTIONS } from './actions.js';
import { buildComplaints } from './complaints.js';
import { buildObjectives, type DemoObjective } from './objectives.js';
import { ESCALATION_RUNS, RECOVERY_PLANS } from './recovery-plans.js';
import { CABINET_Q2, CABINET_Q2_DECISIONS, cabinetAttendance, type DemoDecision } from './reviews.js';
import type { Attendee } from '../../domain/pdrr/review.js';

export interface DemoPdrr {
  actionUnits: Map<string, string>;
  riskUnits: Map<string, string>;
  actions: readonly KeyAction[];
  updates: readonly ActionProgressUpdate[];
  plans: Omit<RecoveryPlan, 'escalations'>[];
  escalationRuns: readonly { on: string; asAt: string }[];
  meeting: typeof CABINET_Q2;
  decisions: readonly DemoDecision[];
  attendance: Attendee[];
  complaints: Complaint[];
  objectives: DemoObjective[];
}

export function buildDemoPdrr(bundle: CouncilBundle): DemoPdrr {
  const unitOfPerson = new Map<string, string>();
  for (const r of bundle.roles) if (!unitOfPerson.has(r.personId)) unitOfPerson.set(r.personId, r.orgUnitId);
  const unitOfItem = new Map(bundle.strategyItems.map((i) => [i.id, i.orgUnitId]));
  const ownerOfMeasure = new Map(bundle.measures.map((m) => [m.id, m.ownerId]));
  const actionUnits = new Map<string, string>();
  for (const a of bundle.actions) {
    // The responsible person's unit; otherwise the most local plan the action serves.
    const unit =
      (a.responsiblePersonId && unitOfPerson.get(a.responsiblePersonId)) ||
      [...a.strategyItemIds]
        .reverse()
        .map((id) => unitOfItem.get(id))
        .find((u) => u);
    if (unit) actionUnits.set(a.id, unit);
  }
  const riskUnits = new Map<string, string>();
  for (const r of bundle.risks) {
    const unit = r.ownerId ? unitOfPerson.get(r.ownerId) : undefined;
    if (unit) riskUnits.set(r.id, unit);
  }
  return {
    actionUnits,
    riskUnits,
    actions: RECOVERY_ACTIONS,
    updates: ACTION_UPDATES,
    plans: RECOVERY_PLANS.map((p) => ({
      ...p,
      ownerId: p.ownerId ?? ownerOfMeasure.get(p.measureId) ?? null,
    })),
    escalationRuns: ESCALATION_RUNS,
    meeting: CABINET_Q2,
    decisions: CABINET_Q2_DECISIONS,
    attendance: cabinetAttendance(bundle),
    complaints: buildComplaints(),
    objectives: buildObjectives(bundle),
  };
}
