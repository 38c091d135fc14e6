/** The formula language for calculated measures: see docs/formulas.md. */
export type {
  ArithmeticNode,
  ArithmeticOperator,
  CallNode,
  ComparisonNode,
  ComparisonOperator,
  FigurePart,
  Formula,
  FormulaError,
  FormulaType,
  LogicNode,
  LogicOperator,
  NegateNode,
  NotNode,
  NumberNode,
  ReferenceFunction,
  ReferenceNode,
  Span,
  ValueFunction,
} from './ast.js';
export { REFERENCE_FUNCTIONS, VALUE_FUNCTIONS, typeOf } from './ast.js';
export { parseFormula, MAX_FORMULA_LENGTH, type ParseResult } from './parse.js';
export { formatFormula, sameFormula } from './format.js';
export { formulaReferences, checkFormula } from './references.js';
export { findFormulaCycles, type FormulaEvaluationPlan } from './cycles.js';
export { evaluateFormula, type FormulaResult } from './evaluate.js';
export type { CombinedFigure, Figure, FormulaContext, YearPeriodKind } from './figures.js';
