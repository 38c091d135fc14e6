/**
 * Setting the validation rules: each measure's own settings, and rules across measures. Only the
 * performance function sets them (the routes check who asks); every change is a new version, so
 * the history says who changed a rule and when.
 */
import type { Kysely } from 'kysely';
import { UserError } from '../../domain/errors.js';
import type { Measure, Unit } from '../../domain/measure.js';
import {
  applySettingsChange,
  checkValidationSettings,
  compileCrossMeasureRule,
  defaultValidationSettings,
  type CompiledRule,
  type CrossMeasureRule,
  type ValidationSettings,
  type ValidationSettingsChange,
} from '../../domain/validation/index.js';
import type { Store } from '../../store/connect.js';
import type { Database } from '../../store/database.js';
import { listMeasures } from '../../store/measures.js';
import {
  listCrossMeasureRules,
  measureValidations,
  saveCrossMeasureRule,
  saveMeasureValidation,
  type StoredMeasureValidation,
  type StoredRule,
} from '../../store/validation-rules.js';
import { recordAuditEvent } from '../../store/audit.js';

export interface MeasureValidation {
  measureId: string;
  settings: ValidationSettings;
  /** Whether the measure has settings of its own, and who set them; null for its unit's defaults. */
  setBy: { by: string; at: string } | null;
}

/** The settings a measure's figures are checked with: its own, or its unit's defaults. */
export function settingsOf(unit: Unit, stored: StoredMeasureValidation | undefined): ValidationSettings {
  if (!stored) return defaultValidationSettings(unit);
  const defaults = defaultValidationSettings(unit);
  return { ...stored.settings, severity: { ...defaults.severity, ...stored.settings.severity } };
}

export async function measureValidation(db: Kysely<Database>, measure: Measure): Promise<MeasureValidation> {
  const stored = (await measureValidations(db, [measure.id])).get(measure.id);
  return {
    measureId: measure.id,
    settings: settingsOf(measure.unit, stored),
    setBy: stored ? { by: stored.by, at: stored.at } : null,
  };
}

/**
 * Changes a measure's settings: what `change` leaves out keeps its current setting (`reset` starts
 * from the unit's defaults instead).
 */
export async function setMeasureValidation(
  store: Store,
  measure: Measure,
  change: ValidationSettingsChange & { reset?: boolean },
  changed: { by: string; at: string },
): Promise<MeasureValidation> {
  const { reset, ...rest } = change;
  const current = reset
    ? defaultValidationSettings(measure.unit)
    : (await measureValidation(store.db, measure)).settings;
  const next = applySettingsChange(measure.unit, {
    ...current,
    ...rest,
    severity: { ...current.severity, ...rest.severity },
  });
  const problems = checkValidationSettings(next);
  if (problems.length > 0) throw new UserError('invalid-input', problems.join('; '));
  await store.db.transaction().execute(async (trx) => {
    await saveMeasureValidation(trx, measure.id, next, changed);
    await recordAuditEvent(trx, {
      at: changed.at,
      actor: changed.by,
      action: 'validation-settings-changed',
      objectType: 'measure',
      objectId: measure.id,
      before: current,
      after: next,
    });
  });
  return { measureId: measure.id, settings: next, setBy: changed };
}

/** Saves a rule across measures (a new one, or a new version of one), once both sides read. */
export async function saveCrossRule(
  store: Store,
  rule: CrossMeasureRule,
  changed: { by: string; at: string },
): Promise<StoredRule> {
  const codes = new Set((await listMeasures(store.db, { includeRetired: true })).map((m) => m.id));
  const compiled = compileCrossMeasureRule(rule, codes);
  if (!compiled.ok) throw new UserError('invalid-input', compiled.problems.join('; '));
  await store.db.transaction().execute(async (trx) => {
    await saveCrossMeasureRule(trx, rule, changed);
    await recordAuditEvent(trx, {
      at: changed.at,
      actor: changed.by,
      action: 'validation-rule-changed',
      objectType: 'validation-rule',
      objectId: rule.id,
      after: rule,
    });
  });
  return { ...rule, ...changed };
}

/**
 * The rules in force, read. A rule that no longer reads (a measure it named was deleted) cannot be
 * judged: it is left out rather than stopping every figure's entry.
 */
export async function activeCrossRules(
  db: Kysely<Database>,
  knownCodes: ReadonlySet<string>,
): Promise<CompiledRule[]> {
  const rules = (await listCrossMeasureRules(db)).filter((r) => r.active);
  return rules.flatMap((r) => {
    const compiled = compileCrossMeasureRule(r, knownCodes);
    return compiled.ok ? [compiled.compiled] : [];
  });
}
