export { MIN_HISTORY, modifiedZScore, zScore } from './outliers.js';
export {
  defaultValidationSettings,
  validateFigure,
  VALIDATION_RULES,
  type Finding,
  type FigureToValidate,
  type Severity,
  type ValidationContext,
  type ValidationRule,
  type ValidationSettings,
} from './rules.js';
