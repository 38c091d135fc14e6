/**
 * Works out a formula's figure for one period. There is no figure (`null`, with the reason) when
 * an input is missing, a denominator is 0, or a result is too large: never 0, NaN or Infinity.
 */
import type { CallNode, ComparisonOperator, Formula } from './ast.js';
import { ARITY } from './calls.js';
import { readFigure, type FormulaContext, type Outcome } from './figures.js';
import { formatFormula } from './format.js';
import { roundHalfAwayFromZero } from '../statistics/rounding.js';
import { MAX_ROUND_DIGITS } from './rounding.js';

export interface FormulaResult {
  value: number | null;
  /** Why there is no figure, in words an officer can act on. */
  reason?: string;
}

export function evaluateFormula(formula: Formula, context: FormulaContext): FormulaResult {
  const outcome = evaluateNumber(formula, context);
  if (outcome.value === null) return { value: null, reason: outcome.reason };
  // -0 would print as "-0" in some places; a council's figure is plain 0.
  return { value: outcome.value === 0 ? 0 : outcome.value };
}

const missing = (reason: string): Outcome<never> => ({ value: null, reason });

/** Keeps a result only if it is a real number; `what` is the calculation that gave it. */
function finite(value: number, what: Formula): Outcome<number> {
  return Number.isFinite(value) ? { value } : missing(`overflow: ${formatFormula(what)} is too large`);
}

function divide(numerator: number, denominator: number, denominatorNode: Formula): Outcome<number> {
  if (denominator === 0) return missing(`division by zero: ${formatFormula(denominatorNode)} is 0`);
  return { value: numerator / denominator };
}

/** Evaluates each node in turn, stopping at the first that has no figure. */
function evaluateAll(nodes: Formula[], context: FormulaContext): Outcome<number[]> {
  const values: number[] = [];
  for (const node of nodes) {
    const outcome = evaluateNumber(node, context);
    if (outcome.value === null) return outcome;
    values.push(outcome.value);
  }
  return { value: values };
}

function evaluateNumber(node: Formula, context: FormulaContext): Outcome<number> {
  switch (node.kind) {
    case 'number':
      return finite(node.value, node);
    case 'reference':
      return readFigure(node, context);
    case 'negate': {
      const operand = evaluateNumber(node.operand, context);
      return operand.value === null ? operand : { value: -operand.value };
    }
    case 'arithmetic': {
      const both = evaluateAll([node.left, node.right], context);
      if (both.value === null) return both;
      const [left, right] = both.value as [number, number];
      switch (node.operator) {
        case '+':
          return finite(left + right, node);
        case '-':
          return finite(left - right, node);
        case '*':
          return finite(left * right, node);
        case '/': {
          const quotient = divide(left, right, node.right);
          return quotient.value === null ? quotient : finite(quotient.value, node);
        }
      }
      break;
    }
    case 'call':
      return node.name === 'if' ? choose(node, context, evaluateNumber) : callFunction(node, context);
    case 'not':
    case 'comparison':
    case 'logic':
      break;
  }
  return missing(`${formatFormula(node)} gives true or false, not a number`);
}

function callFunction(node: CallNode, context: FormulaContext): Outcome<number> {
  const arity = ARITY[node.name];
  if (node.args.length < arity.min || node.args.length > arity.max) {
    return missing(`${node.name}() takes ${arity.describe}, but was given ${node.args.length}`);
  }
  const args = evaluateAll(node.args, context);
  if (args.value === null) return args;
  const [first = 0, second, third] = args.value;
  switch (node.name) {
    case 'min':
      return { value: Math.min(...args.value) };
    case 'max':
      return { value: Math.max(...args.value) };
    case 'abs':
      return { value: Math.abs(first) };
    case 'round': {
      const digits = second ?? 0;
      if (!Number.isInteger(digits) || Math.abs(digits) > MAX_ROUND_DIGITS) {
        return missing(
          `round() needs a whole number of digits from -${MAX_ROUND_DIGITS} to ${MAX_ROUND_DIGITS}, but ${formatFormula(node.args[1]!)} is ${digits}`,
        );
      }
      return finite(roundHalfAwayFromZero(first, digits), node);
    }
    case 'ratio': {
      const quotient = divide(first, second ?? NaN, node.args[1]!);
      return quotient.value === null ? quotient : finite(quotient.value * (third ?? 1), node);
    }
    case 'if':
      return choose(node, context, evaluateNumber);
  }
}

/** if(): only the branch chosen is evaluated, so a gap in the other does not matter. */
function choose<T>(
  node: CallNode,
  context: FormulaContext,
  evaluateBranch: (branch: Formula, context: FormulaContext) => Outcome<T>,
): Outcome<T> {
  const condition = evaluateCondition(node.args[0]!, context);
  if (condition.value === null) return condition;
  return evaluateBranch(node.args[condition.value ? 1 : 2]!, context);
}

const COMPARE: Record<ComparisonOperator, (a: number, b: number) => boolean> = {
  '<': (a, b) => a < b,
  '<=': (a, b) => a <= b,
  '>': (a, b) => a > b,
  '>=': (a, b) => a >= b,
  '==': (a, b) => a === b,
  '!=': (a, b) => a !== b,
};

function evaluateCondition(node: Formula, context: FormulaContext): Outcome<boolean> {
  switch (node.kind) {
    case 'comparison': {
      const both = evaluateAll([node.left, node.right], context);
      if (both.value === null) return both;
      return { value: COMPARE[node.operator](both.value[0]!, both.value[1]!) };
    }
    case 'not': {
      const operand = evaluateCondition(node.operand, context);
      return operand.value === null ? operand : { value: !operand.value };
    }
    case 'logic': {
      // The side that is known decides when it can: false and (missing) is false;
      // true or (missing) is true. Only an undecided answer is missing.
      const decisive = node.operator === 'or';
      const left = evaluateCondition(node.left, context);
      if (left.value === decisive) return left;
      const right = evaluateCondition(node.right, context);
      if (right.value === decisive) return right;
      if (left.value === null) return left;
      return right;
    }
    case 'call':
      if (node.name === 'if') return choose(node, context, evaluateCondition);
      break;
    default:
      break;
  }
  return missing(`${formatFormula(node)} is a number, not true or false`);
}
