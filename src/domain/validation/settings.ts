/**
 * A measure's own validation settings, as a performance officer sets them: checked whole, so that
 * a setting that could never pass (a minimum above the maximum) is refused with every problem named.
 */
import type { Unit } from '../measure.js';
import { defaultValidationSettings, VALIDATION_RULES, type ValidationSettings } from './rules.js';

/** What a measure's stored settings change from the defaults for its unit; the rest stays default. */
export type ValidationSettingsChange = Partial<Omit<ValidationSettings, 'severity'>> & {
  severity?: Partial<ValidationSettings['severity']>;
};

export function applySettingsChange(unit: Unit, change: ValidationSettingsChange): ValidationSettings {
  const defaults = defaultValidationSettings(unit);
  return {
    minimum: change.minimum === undefined ? defaults.minimum : change.minimum,
    maximum: change.maximum === undefined ? defaults.maximum : change.maximum,
    outlierThreshold: change.outlierThreshold ?? defaults.outlierThreshold,
    jumpShare: change.jumpShare ?? defaults.jumpShare,
    severity: { ...defaults.severity, ...change.severity },
  };
}

/** Every problem with a set of settings, each as `field: message`; empty when they can be used. */
export function checkValidationSettings(settings: ValidationSettings): string[] {
  const problems: string[] = [];
  const { minimum, maximum, outlierThreshold, jumpShare } = settings;
  for (const [field, value] of [
    ['minimum', minimum],
    ['maximum', maximum],
  ] as const) {
    if (value !== null && !Number.isFinite(value)) problems.push(`${field}: must be a number or null`);
  }
  if (minimum !== null && maximum !== null && minimum > maximum) {
    problems.push(`maximum: ${maximum} is below the minimum ${minimum}; expected a maximum at or above it`);
  }
  if (!Number.isFinite(outlierThreshold) || outlierThreshold <= 0) {
    problems.push(`outlierThreshold: must be a number above 0, e.g. 3 (DHIS2's default)`);
  }
  if (!Number.isFinite(jumpShare) || jumpShare <= 0) {
    problems.push(`jumpShare: must be a share above 0, e.g. 0.5 for a change of more than 50%`);
  }
  for (const rule of Object.keys(settings.severity)) {
    if (!(VALIDATION_RULES as readonly string[]).includes(rule)) {
      problems.push(`severity.${rule}: is not a rule; expected one of ${VALIDATION_RULES.join(', ')}`);
    }
  }
  return problems;
}
