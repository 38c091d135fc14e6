export { HISTORY_KEPT, MIN_HISTORY, modifiedZScore, zScore } from './outliers.js';
export {
  defaultValidationSettings,
  RULE_SETTINGS,
  validateFigure,
  VALIDATION_RULES,
  type Finding,
  type FigureToValidate,
  type RuleSetting,
  type Severity,
  type ValidationContext,
  type ValidationRule,
  type ValidationSettings,
} from './rules.js';
export { applySettingsChange, checkValidationSettings, type ValidationSettingsChange } from './settings.js';
export {
  compileCrossMeasureRule,
  holds,
  judgeCrossMeasureRule,
  RULE_OPERATORS,
  type CompiledRule,
  type CompileResult,
  type CrossFinding,
  type CrossMeasureRule,
  type CrossOutcome,
  type RuleOperator,
} from './cross-measure.js';
export { expectedPeriodKind, periodKindMismatch, periodKindProblem } from './period-kind.js';
