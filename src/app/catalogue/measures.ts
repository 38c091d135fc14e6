/**
 * Administering the measure catalogue: defining a measure and changing its definition, links and
 * state. A change that would alter what recorded figures mean is refused with the reason; retiring
 * keeps every figure, target and comment. Every change goes in the audit trail with before and after.
 */
import { measureChangeProblems, measureDefinitionProblems } from '../../domain/catalogue/measure-rules.js';
import { UserError } from '../../domain/errors.js';
import type { Measure, MeasureState, Methodology } from '../../domain/measure.js';
import { recordAuditEvent, type AuditAction } from '../../store/audit.js';
import type { Store } from '../../store/connect.js';
import { getMeasure } from '../../store/measures.js';
import { insertMeasure, measureHasFigures, retirementOf, updateMeasure } from '../../store/measures-admin.js';
import { measureReferenceProblems } from './references.js';
import { refusingRaces } from './same-moment.js';

/** Who changes the catalogue and when; `ip` is kept in the audit trail. */
export interface CatalogueChange {
  by: string;
  at: string;
  ip?: string | null;
}

export type NewMeasure = Omit<Measure, 'state'>;

/** What an edit may change: any part of the definition but the code, and the state. */
export type MeasureEdit = Partial<Omit<Measure, 'id' | 'methodology' | 'state'>> & {
  methodology?: Partial<Methodology>;
  state?: MeasureState;
  /** Why: required to retire a measure, recorded in the audit trail otherwise. */
  reason?: string | null;
};

function refuseIfAny(problems: string[], code: 'invalid-input' | 'refused' = 'invalid-input'): void {
  if (problems.length > 0) throw new UserError(code, problems.join('; '));
}

export async function createMeasure(
  store: Store,
  input: NewMeasure,
  change: CatalogueChange,
): Promise<Measure> {
  const measure: Measure = { ...input, state: 'active' };
  refuseIfAny(measureDefinitionProblems(measure));
  return refusingRaces(`Measure ${measure.id}`, () =>
    store.db.transaction().execute(async (trx) => {
      if (await getMeasure(trx, measure.id)) {
        throw new UserError(
          'conflict',
          `id: there is already a measure with code "${measure.id}"; choose another code`,
        );
      }
      refuseIfAny(await measureReferenceProblems(trx, measure));
      await insertMeasure(trx, measure, change.at);
      await audit(trx, 'measure-created', change, measure.id, null, measure);
      return measure;
    }),
  );
}

export async function editMeasure(
  store: Store,
  code: string,
  edit: MeasureEdit,
  change: CatalogueChange,
): Promise<Measure> {
  const { methodology, reason, ...fields } = edit;
  return store.db.transaction().execute(async (trx) => {
    const before = await getMeasure(trx, code);
    if (!before) throw new UserError('not-found', `There is no measure with code "${code}"`);
    const after: Measure = { ...before, ...fields, methodology: { ...before.methodology, ...methodology } };
    refuseIfAny(measureDefinitionProblems(after));
    refuseIfAny(measureChangeProblems(before, after, await measureHasFigures(trx, code)), 'refused');
    refuseIfAny(await measureReferenceProblems(trx, after, before.strategyItemIds));
    const retiring = before.state === 'active' && after.state === 'retired';
    if (retiring && !reason?.trim()) {
      throw new UserError(
        'invalid-input',
        'reason: say why the measure is retired, e.g. replaced by CP-ECO-02',
      );
    }
    const retired = retiring
      ? { at: change.at, reason: reason!.trim() }
      : after.state === 'retired'
        ? await retirementOf(trx, code)
        : null;
    await updateMeasure(trx, after, retired);
    const action: AuditAction = retiring
      ? 'measure-retired'
      : before.state === 'retired' && after.state === 'active'
        ? 'measure-reinstated'
        : 'measure-changed';
    await audit(trx, action, change, code, changedFields(before, after), {
      ...changedFields(after, before),
      ...(reason?.trim() ? { reason: reason.trim() } : {}),
    });
    return after;
  });
}

/** The fields of `a` that differ from `b`: the audit trail shows what changed, not the whole measure. */
function changedFields(a: Measure, b: Measure): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(a) as (keyof Measure)[]) {
    if (JSON.stringify(a[key]) !== JSON.stringify(b[key])) out[key] = a[key];
  }
  return out;
}

async function audit(
  db: Parameters<typeof recordAuditEvent>[0],
  action: Exclude<AuditAction, 'figure-changed'>,
  change: CatalogueChange,
  objectId: string,
  before: unknown,
  after: unknown,
): Promise<void> {
  await recordAuditEvent(db, {
    at: change.at,
    actor: change.by,
    action,
    objectType: 'measure',
    objectId,
    before,
    after,
    ip: change.ip ?? null,
  });
}
