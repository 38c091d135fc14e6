/**
 * Corrections that arrive by import unlock the approved figures they replace, as a correction by
 * hand does: the unlocking is recorded, with the import's reason, in the sign-off events and the
 * audit trail, so nobody can change an approved figure without it showing.
 */
import type { Kysely } from 'kysely';
import type { ValueVersion } from '../../domain/figures.js';
import { recordAuditEvent } from '../../store/audit.js';
import type { Database } from '../../store/database.js';
import { recordSignoff, signoffStates } from '../../store/signoff.js';
import { valueKey } from '../../store/values.js';
import { figureId } from './sign-off.js';

/** Records the unlocking of each replaced version that was approved; returns how many were. */
export async function unlockCorrected(
  db: Kysely<Database>,
  replaced: readonly ValueVersion[],
  change: { by: string; at: string; reason: string },
): Promise<number> {
  if (replaced.length === 0) return 0;
  const states = await signoffStates(db, replaced);
  let unlocked = 0;
  for (const figure of replaced) {
    if (states.get(valueKey(figure)) !== 'approved') continue;
    const key = { measureId: figure.measureId, period: figure.period, areaCode: figure.areaCode };
    await recordSignoff(db, { ...key, version: figure.version, state: 'unlocked', ...change });
    await recordAuditEvent(db, {
      at: change.at,
      actor: change.by,
      action: 'figure-unlocked',
      objectType: 'figure',
      objectId: figureId(key),
      before: { state: 'approved', version: figure.version },
      after: { state: 'entered', version: figure.version + 1, reason: change.reason },
    });
    unlocked += 1;
  }
  return unlocked;
}
