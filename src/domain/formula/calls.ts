/**
 * Checks a function call once its arguments are read: that the function exists, has the right
 * number and kinds of arguments, and, for the functions that choose a measure's figure
 * (previous, ytd, numerator…), folds them into the reference they wrap.
 */
import {
  REFERENCE_FUNCTIONS,
  VALUE_FUNCTIONS,
  typeOf,
  type Formula,
  type FormulaError,
  type ReferenceFunction,
  type Span,
  type ValueFunction,
} from './ast.js';
import { quoteFormula } from './format.js';

export interface Arity {
  min: number;
  max: number;
  /** What the arguments are, for messages. */
  describe: string;
}

export const ARITY: Record<ValueFunction, Arity> = {
  if: { min: 3, max: 3, describe: '3 arguments (condition, value if true, value if false)' },
  min: { min: 2, max: Infinity, describe: '2 or more arguments' },
  max: { min: 2, max: Infinity, describe: '2 or more arguments' },
  abs: { min: 1, max: 1, describe: '1 argument (value)' },
  round: { min: 1, max: 2, describe: '1 or 2 arguments (value, digits)' },
  ratio: { min: 2, max: 3, describe: '2 or 3 arguments (numerator, denominator, factor)' },
};

export const KNOWN_FUNCTIONS = [...VALUE_FUNCTIONS, ...REFERENCE_FUNCTIONS].join(', ');

const isValueFunction = (name: string): name is ValueFunction =>
  (VALUE_FUNCTIONS as readonly string[]).includes(name);
const isReferenceFunction = (name: string): name is ReferenceFunction =>
  (REFERENCE_FUNCTIONS as readonly string[]).includes(name);

export function isFunctionName(name: string): boolean {
  return isValueFunction(name) || isReferenceFunction(name);
}

const CONDITION = 'a condition (true or false)';

/** Records an error if `node` is not a number; `who` is what needs the number. */
export function needNumber(node: Formula, who: string, errors: FormulaError[]): void {
  if (typeOf(node) === 'number') return;
  errors.push({
    position: node.position,
    length: node.length,
    message: `${who} needs a number, but ${quoteFormula(node)} at column ${node.position} is ${CONDITION}`,
  });
}

/** Records an error if `node` is not a condition; `who` is what needs the condition. */
export function needCondition(node: Formula, who: string, errors: FormulaError[]): void {
  if (typeOf(node) === 'condition') return;
  errors.push({
    position: node.position,
    length: node.length,
    message: `${who} needs ${CONDITION}, such as CP-ECO-01 > 0, but ${quoteFormula(node)} at column ${node.position} is a number`,
  });
}

/**
 * Builds the node for `name(args)`. Problems go into `errors`; the node returned then is only a
 * stand-in so that the rest of the formula can still be checked.
 */
export function buildCall(written: string, args: Formula[], span: Span, errors: FormulaError[]): Formula {
  const name = written.toLowerCase();
  const at = `column ${span.position}`;
  if (isReferenceFunction(name)) return buildReferenceCall(name, args, span, errors);
  if (!isValueFunction(name)) {
    errors.push({
      position: span.position,
      length: written.length,
      message: `Unknown function '${written}' at ${at}: the functions are ${KNOWN_FUNCTIONS}`,
    });
    return { kind: 'number', value: 0, ...span };
  }
  const arity = ARITY[name];
  if (args.length < arity.min || args.length > arity.max) {
    errors.push({
      ...span,
      message: `${name}() at ${at} takes ${arity.describe}, but was given ${args.length}`,
    });
    return { kind: 'number', value: 0, ...span };
  }
  if (name === 'if') {
    needCondition(args[0]!, `The first argument of if() at ${at}`, errors);
    const [whenTrue, whenFalse] = [typeOf(args[1]!), typeOf(args[2]!)];
    if (whenTrue !== whenFalse) {
      errors.push({
        ...span,
        message: `if() at ${at} gives a ${whenTrue} when true but a ${whenFalse} when false: both must be numbers, or both conditions`,
      });
    }
  } else {
    for (const arg of args) needNumber(arg, `${name}() at ${at}`, errors);
  }
  return { kind: 'call', name, args, ...span };
}

function buildReferenceCall(
  name: ReferenceFunction,
  args: Formula[],
  span: Span,
  errors: FormulaError[],
): Formula {
  const standIn: Formula = { kind: 'number', value: 0, ...span };
  const at = `column ${span.position}`;
  const target = args[0];
  if (args.length !== 1 || target?.kind !== 'reference') {
    const given = args.length === 1 ? quoteFormula(args[0]!) : `${args.length} arguments`;
    errors.push({
      ...span,
      message: `${name}() at ${at} takes one measure code, such as ${name}(CP-ECO-01), but was given ${given}`,
    });
    return standIn;
  }
  const node = { ...target, ...span };
  switch (name) {
    case 'previous':
      return { ...node, periodsBack: target.periodsBack + 1 };
    case 'previous_year':
      return { ...node, yearsBack: target.yearsBack + 1 };
    case 'ytd':
      if (target.yearToDate) {
        errors.push({ ...span, message: `ytd() at ${at} is applied twice to ${target.code}` });
        return standIn;
      }
      return { ...node, yearToDate: true };
    case 'numerator':
    case 'denominator':
      if (target.part !== 'value') {
        errors.push({
          ...span,
          message: `${name}() at ${at} cannot be applied to the ${target.part} of ${target.code}: a figure has one numerator and one denominator`,
        });
        return standIn;
      }
      return { ...node, part: name };
  }
}
