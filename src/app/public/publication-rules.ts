/** Setting a measure's small-number rule for the public site, with the change in the audit trail. */
import { UserError } from '../../domain/errors.js';
import { recordAuditEvent } from '../../store/audit.js';
import type { Store } from '../../store/connect.js';
import { getMeasure } from '../../store/measures.js';
import { setSuppressionRule, suppressionRules } from '../../store/publication.js';

export interface PublicationRuleChange {
  measureId: string;
  /** Figures (and counts behind them) below this are withheld; null lifts the rule. */
  suppressBelow: number | null;
  by: string;
  at: string;
}

export async function setPublicationRule(store: Store, change: PublicationRuleChange): Promise<void> {
  if (!(await getMeasure(store.db, change.measureId)))
    throw new UserError('not-found', `There is no measure with code "${change.measureId}"`);
  const before = (await suppressionRules(store.db)).get(change.measureId) ?? null;
  await store.db.transaction().execute(async (trx) => {
    await setSuppressionRule(trx, change);
    await recordAuditEvent(trx, {
      at: change.at,
      actor: change.by,
      action: 'publication-rule-changed',
      objectType: 'measure',
      objectId: change.measureId,
      before: { suppressBelow: before },
      after: { suppressBelow: change.suppressBelow },
    });
  });
}
