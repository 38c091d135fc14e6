/**
 * Entry of a single figure (the form's and the API's use case): checks it against the measure's
 * validation rules, refuses it on an error, flags it on a warning, and records it as a new version.
 * Correcting a figure that exists needs a reason; correcting an approved one also unlocks it, and
 * the unlocking is recorded as a sign-off event with the same reason.
 */
import type { MeasureValue, QualityFlag, ValueStatus } from '../../domain/figures.js';
import { UserError } from '../../domain/errors.js';
import type { Measure } from '../../domain/measure.js';
import { signoffStateOf, type SignoffState } from '../../domain/signoff/index.js';
import { parsePeriod } from '../../domain/period.js';
import {
  periodKindProblem,
  validateFigure,
  type CrossFinding,
  type Finding,
} from '../../domain/validation/index.js';
import { areaExists } from '../../store/areas.js';
import { recordAuditEvent } from '../../store/audit.js';
import { isUniqueViolation } from '../../store/conflicts.js';
import type { Store } from '../../store/connect.js';
import { recordSignoff, signoffHistory } from '../../store/signoff.js';
import { listMeasures } from '../../store/measures.js';
import { recordValueWarnings } from '../../store/validation-rules.js';
import { recordValue, valueHistory, type RecordOutcome } from '../../store/values.js';
import { crossFindings } from './cross-checks.js';
import { figureId } from './sign-off.js';
import { activeCrossRules, measureValidation } from './validation-settings.js';
import { figureSurroundings } from './validation-context.js';

/** The source of a figure typed in rather than imported from a file. */
export const ENTERED_BY_HAND = 'entered by hand';

export interface FigureEntry {
  period: string;
  areaCode: string;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  note: string | null;
  status: ValueStatus;
  qualityFlag: QualityFlag | null;
  /** Why a figure that exists is being corrected; required then, ignored for a first figure. */
  reason: string | null;
}

export interface EnteredFigure {
  outcome: RecordOutcome;
  version: number;
  signoff: SignoffState;
  /** Warnings from the validation rules; the figure is flagged 'suspect' when there are any. */
  warnings: (Finding | CrossFinding)[];
  /** Whether this entry unlocked an approved figure. */
  unlocked: boolean;
}

export async function enterFigure(
  store: Store,
  measure: Measure,
  entry: FigureEntry,
  change: { by: string; at: string },
): Promise<EnteredFigure> {
  if (measure.state === 'retired') {
    throw new UserError('refused', `measure: ${measure.id} is retired and takes no new figures`);
  }
  if (measure.formula !== null) {
    throw new UserError(
      'refused',
      `measure: ${measure.id} is calculated from other measures (${measure.formula}); enter their figures instead`,
    );
  }
  const period = parsePeriod(entry.period);
  if (!period.ok) throw new UserError('invalid-input', `period: ${period.error}`);
  const wrongKind = periodKindProblem(measure, period.period);
  if (wrongKind) throw new UserError('invalid-input', `period: ${wrongKind}`);
  if (!(await areaExists(store.db, entry.areaCode))) {
    throw new UserError('invalid-input', `area: there is no area with code "${entry.areaCode}"`);
  }
  try {
    return await recordEntry(store, measure, entry, change);
  } catch (error) {
    // Two people correcting one figure at the same moment both claim its next version number.
    if (isUniqueViolation(error)) {
      throw new UserError(
        'conflict',
        'The figure was changed by someone else at the same moment: read its history and enter it again',
      );
    }
    throw error;
  }
}

async function recordEntry(
  store: Store,
  measure: Measure,
  entry: FigureEntry,
  change: { by: string; at: string },
): Promise<EnteredFigure> {
  return store.db.transaction().execute(async (trx) => {
    const key = { measureId: measure.id, period: entry.period, areaCode: entry.areaCode };
    const latest = (await valueHistory(trx, key)).at(-1);
    const current = latest && !latest.withdrawn ? latest : null;
    const reason = entry.reason?.trim() ? entry.reason.trim() : null;

    const figure: MeasureValue = {
      ...key,
      value: entry.value,
      numerator: entry.numerator,
      denominator: entry.denominator,
      status: entry.status,
      qualityFlag: entry.qualityFlag,
      note: entry.note,
      source: ENTERED_BY_HAND,
    };
    const today = change.at.slice(0, 10);
    const { context, hasPeriodCommentary } = await figureSurroundings(trx, measure, figure, today);
    const { settings } = await measureValidation(trx, measure);
    const codes = new Set((await listMeasures(trx, { includeRetired: true })).map((m) => m.id));
    const findings: (Finding | CrossFinding)[] = [
      ...validateFigure(
        { ...figure, hasCommentary: hasPeriodCommentary || Boolean(entry.note?.trim()) },
        context,
        settings,
      ),
      ...(await crossFindings(trx, figure, await activeCrossRules(trx, codes))),
    ];
    const errors = findings.filter((f) => f.severity === 'error');
    if (errors.length > 0) {
      throw new UserError(
        'invalid-input',
        errors
          .map((e) => (e.rule === 'cross-measure' ? e.message : `${e.message} (rule ${e.rule})`))
          .join('; '),
      );
    }
    const warnings = findings.filter((f) => f.severity === 'warning');
    if (warnings.length > 0 && figure.qualityFlag === null) figure.qualityFlag = 'suspect';

    const events = latest ? await signoffHistory(trx, key) : [];
    const state = current ? signoffStateOf(events, current.version) : 'entered';
    const outcome = await recordValue(trx, figure, {
      ...change,
      reason: current ? (reason ?? '') : (reason ?? 'entered'),
    });
    if (outcome === 'unchanged') {
      return { outcome, version: current!.version, signoff: state, warnings, unlocked: false };
    }
    if (outcome === 'changed' && reason === null) {
      throw new UserError(
        'invalid-input',
        `reason: is required to correct a figure that exists (version ${current!.version}, value ${String(current!.value)}); the old version is kept`,
      );
    }
    const unlocked = current !== null && state === 'approved';
    if (unlocked) {
      await recordSignoff(trx, {
        ...key,
        version: current.version,
        state: 'unlocked',
        by: change.by,
        at: change.at,
        reason,
      });
      await recordAuditEvent(trx, {
        at: change.at,
        actor: change.by,
        action: 'figure-unlocked',
        objectType: 'figure',
        objectId: figureId(key),
        before: { state, version: current.version },
        after: { state: 'entered', version: current.version + 1, reason },
      });
    }
    const version = (latest?.version ?? 0) + 1;
    await recordValueWarnings(
      trx,
      warnings.map((w) => ({
        ...key,
        version,
        rule: w.rule === 'cross-measure' ? `cross-measure ${w.ruleId}` : w.rule,
        message: w.message,
        at: change.at,
      })),
    );
    return { outcome, version, signoff: 'entered' as const, warnings, unlocked };
  });
}
