/**
 * Writes the demo council's Plan–Do–Review–Revise records after its figures are loaded and signed
 * off: the recovery plans and their escalations (worked out by the escalation rule on the dates the
 * checks ran), the Cabinet's quarter-two review with its frozen pack, the complaints log and the
 * demo employee's objectives.
 */
import type { CouncilBundle } from '../../domain/council.js';
import { buildDemoPdrr } from '../../demo/pdrr/index.js';
import { saveComplaint } from '../../store/complaints.js';
import type { Store } from '../../store/connect.js';
import { insertKeyAction, recordActionProgress, setActionUnits } from '../../store/key-actions.js';
import { insertObjective, recordObjectiveProgress, saveAppraisalRecord } from '../../store/objectives.js';
import { saveRecoveryPlan } from '../../store/recovery-plans.js';
import { setRiskUnits } from '../../store/risk-register.js';
import { escalateDuePlans } from './recovery-plan-changes.js';
import { recordAttendance, recordDecision, setUpReviewMeeting } from './review-meetings.js';

const BY = 'golden-thread demo';

export async function loadDemoPdrr(store: Store, bundle: CouncilBundle): Promise<void> {
  const demo = buildDemoPdrr(bundle);
  await store.db.transaction().execute(async (trx) => {
    await setActionUnits(trx, demo.actionUnits);
    await setRiskUnits(trx, demo.riskUnits);
    for (const a of demo.actions) await insertKeyAction(trx, a);
    for (const u of demo.updates) await recordActionProgress(trx, u);
    for (const p of demo.plans)
      await saveRecoveryPlan(trx, p, { by: BY, at: `${p.openedOn}T09:00:00.000Z` }, true);
    for (const c of demo.complaints)
      await saveComplaint(trx, c, { by: BY, at: `${c.respondedOn ?? c.receivedOn}T12:00:00.000Z` }, true);
    for (const item of bundle.strategyItems.filter((i) => i.kind === 'individual-objective'))
      await saveAppraisalRecord(trx, {
        objectiveId: item.id,
        appraisalDate: '2017-05-15',
        successMeasure: null,
      });
    for (const o of demo.objectives) {
      await insertObjective(trx, o.item, {
        appraisalDate: o.appraisalDate,
        successMeasure: o.successMeasure,
      });
      for (const p of o.progress) await recordObjectiveProgress(trx, p);
    }
  });
  for (const run of demo.escalationRuns) await escalateDuePlans(store, run.on, BY, { asAt: run.asAt });
  const change = { by: BY, at: `${demo.meeting.meetingDate}T18:00:00.000Z` };
  const meeting = await setUpReviewMeeting(store, demo.meeting, change);
  for (const d of demo.decisions)
    await recordDecision(
      store,
      meeting.id,
      { text: d.text, measureId: d.measureId, actionArising: d.actionArising },
      change,
    );
  await recordAttendance(store, meeting.id, demo.attendance);
}
