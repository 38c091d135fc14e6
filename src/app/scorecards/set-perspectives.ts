/**
 * Setting a plan's perspectives: the whole setting replaced at once, checked first (every problem
 * named), saved as a new version with its perspectives and measures in one transaction, and the
 * change written to the audit trail with what it was before.
 */
import { UserError } from '../../domain/errors.js';
import {
  perspectiveProblems,
  planItemIds,
  planMeasures,
  tidyPerspectives,
  type PerspectiveSetting,
} from '../../domain/scorecard/perspectives.js';
import { recordAuditEvent } from '../../store/audit.js';
import { currentScorecardSetting, saveScorecardSetting } from '../../store/balanced-scorecards.js';
import type { Store } from '../../store/connect.js';
import { listMeasures } from '../../store/measures.js';
import { planFor } from './balanced-scorecard.js';

export interface PerspectiveChange {
  by: string;
  at: string;
  ip?: string | null;
}

export async function setPerspectives(
  store: Store,
  planId: string,
  perspectives: readonly PerspectiveSetting[],
  change: PerspectiveChange,
): Promise<number> {
  const { plan, items } = await planFor(store, planId, null);
  const known = await listMeasures(store.db, { includeRetired: true });
  const inPlan = planMeasures(planItemIds(plan.id, items), known);
  const problems = perspectiveProblems(
    perspectives,
    new Set(inPlan.map((m) => m.id)),
    new Set(known.map((m) => m.id)),
  );
  if (problems.length > 0) throw new UserError('invalid-input', problems.join('; '));
  const tidy = tidyPerspectives(perspectives);
  return store.db.transaction().execute(async (trx) => {
    const before = await currentScorecardSetting(trx, plan.id);
    const version = (before?.version ?? 0) + 1;
    await saveScorecardSetting(trx, plan.id, version, tidy, change);
    await recordAuditEvent(trx, {
      at: change.at,
      actor: change.by,
      action: 'scorecard-changed',
      objectType: 'balanced-scorecard',
      objectId: plan.id,
      before: before ? before.perspectives : null,
      after: tidy,
      ip: change.ip ?? null,
    });
    return version;
  });
}
