/**
 * A sign-off step on the current version of a figure: check, approve or unlock. The rules are the
 * domain's (domain/signoff); this records the event and the audit entry in one transaction, so a
 * figure is never approved without the trail saying who approved it.
 */
import { UserError } from '../../domain/errors.js';
import {
  decideSignoff,
  signoffStateOf,
  type SignoffRights,
  type SignoffState,
  type SignoffStep,
} from '../../domain/signoff/index.js';
import { recordAuditEvent } from '../../store/audit.js';
import type { Store } from '../../store/connect.js';
import { recordSignoff, signoffHistory } from '../../store/signoff.js';
import { valueHistory } from '../../store/values.js';

export interface FigureKey {
  measureId: string;
  period: string;
  areaCode: string;
}

export interface SignoffRequest extends FigureKey {
  step: SignoffStep;
  reason: string | null;
}

export interface SignedOff extends FigureKey {
  version: number;
  state: SignoffState;
}

/** How the audit trail names a figure, as it names figure changes. */
export const figureId = (key: FigureKey) => `${key.measureId} ${key.period} ${key.areaCode}`;

const AUDIT_ACTION = {
  check: 'figure-checked',
  approve: 'figure-approved',
  unlock: 'figure-unlocked',
} as const;

export async function signOffFigure(
  store: Store,
  request: SignoffRequest,
  rights: SignoffRights,
  change: { by: string; at: string },
): Promise<SignedOff> {
  const key = { measureId: request.measureId, period: request.period, areaCode: request.areaCode };
  return store.db.transaction().execute(async (trx) => {
    const latest = (await valueHistory(trx, key)).at(-1);
    if (!latest || latest.withdrawn) {
      throw new UserError(
        'not-found',
        `There is no figure for measure "${key.measureId}", period "${key.period}" and area "${key.areaCode}"`,
      );
    }
    const current = signoffStateOf(await signoffHistory(trx, key), latest.version);
    const reason = request.reason?.trim() ? request.reason.trim() : null;
    const decision = decideSignoff(current, request.step, rights, reason);
    if (!decision.ok) throw new UserError(decision.problem, decision.message);
    await recordSignoff(trx, { ...key, version: latest.version, state: decision.state, ...change, reason });
    const state: SignoffState = decision.state === 'unlocked' ? 'entered' : decision.state;
    await recordAuditEvent(trx, {
      at: change.at,
      actor: change.by,
      action: AUDIT_ACTION[request.step],
      objectType: 'figure',
      objectId: figureId(key),
      before: { state: current, version: latest.version },
      after: { state, version: latest.version, reason },
    });
    return { ...key, version: latest.version, state };
  });
}
