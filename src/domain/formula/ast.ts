/**
 * The shape of a parsed formula for a calculated measure (see docs/formulas.md).
 *
 * Every node records where it came from in the formula's text (`position` is the 1-based column
 * of its first character, `length` its number of characters), so that later checks, such as an
 * unknown measure code, can point at the exact place. Two formulas that differ only in spacing
 * or redundant brackets have the same shape: compare them with `sameFormula`.
 */

/** Where a node or a problem sits in the formula's text. */
export interface Span {
  /** 1-based column of the first character. */
  position: number;
  /** Number of characters; 0 at the end of the formula. */
  length: number;
}

/** A problem with a formula, returned as a value so that the officer can be shown it. */
export interface FormulaError extends Span {
  message: string;
}

/** Which part of a measure's figure a reference reads. */
export type FigurePart = 'value' | 'numerator' | 'denominator';

export interface NumberNode extends Span {
  kind: 'number';
  /** Never negative: a minus sign in the text is a `negate` node. */
  value: number;
}

/**
 * A measure's figure, e.g. `CP-ECO-01`, `previous_year(CP-ECO-01)` or
 * `numerator(ytd(CP-ECO-01))`. The wrappers are folded into counts and flags because they
 * commute: `previous(previous_year(X))` and `previous_year(previous(X))` are the same figure.
 */
export interface ReferenceNode extends Span {
  kind: 'reference';
  /** The measure's code, as written (without any square brackets). */
  code: string;
  /** Where the code itself is written, for messages about that code. */
  codePosition: number;
  codeLength: number;
  part: FigurePart;
  /** How many `previous(...)` wrap it: periods back from the one being calculated. */
  periodsBack: number;
  /** How many `previous_year(...)` wrap it: years back. */
  yearsBack: number;
  /** `ytd(...)`: the year to date up to the (shifted) period, combined by the measure's rule. */
  yearToDate: boolean;
}

export interface NegateNode extends Span {
  kind: 'negate';
  operand: Formula;
}

export interface NotNode extends Span {
  kind: 'not';
  operand: Formula;
}

export const ARITHMETIC_OPERATORS = ['+', '-', '*', '/'] as const;
export type ArithmeticOperator = (typeof ARITHMETIC_OPERATORS)[number];

export interface ArithmeticNode extends Span {
  kind: 'arithmetic';
  operator: ArithmeticOperator;
  left: Formula;
  right: Formula;
}

export const COMPARISON_OPERATORS = ['<', '<=', '>', '>=', '==', '!='] as const;
export type ComparisonOperator = (typeof COMPARISON_OPERATORS)[number];

export interface ComparisonNode extends Span {
  kind: 'comparison';
  operator: ComparisonOperator;
  left: Formula;
  right: Formula;
}

export type LogicOperator = 'and' | 'or';

export interface LogicNode extends Span {
  kind: 'logic';
  operator: LogicOperator;
  left: Formula;
  right: Formula;
}

/** Functions over values; the functions that wrap a reference are folded into `ReferenceNode`. */
export const VALUE_FUNCTIONS = ['if', 'min', 'max', 'abs', 'round', 'ratio'] as const;
export type ValueFunction = (typeof VALUE_FUNCTIONS)[number];

/** Functions that take a measure code and choose which figure of it to read. */
export const REFERENCE_FUNCTIONS = ['previous', 'previous_year', 'ytd', 'numerator', 'denominator'] as const;
export type ReferenceFunction = (typeof REFERENCE_FUNCTIONS)[number];

export interface CallNode extends Span {
  kind: 'call';
  name: ValueFunction;
  args: Formula[];
}

/** A formula, or any part of one. */
export type Formula =
  NumberNode | ReferenceNode | NegateNode | NotNode | ArithmeticNode | ComparisonNode | LogicNode | CallNode;

/** What a (sub-)formula gives: a number, or a condition (true or false). */
export type FormulaType = 'number' | 'condition';

export function typeOf(node: Formula): FormulaType {
  switch (node.kind) {
    case 'number':
    case 'reference':
    case 'negate':
    case 'arithmetic':
      return 'number';
    case 'not':
    case 'comparison':
    case 'logic':
      return 'condition';
    case 'call':
      return node.name === 'if' && node.args[1] ? typeOf(node.args[1]) : 'number';
  }
}
