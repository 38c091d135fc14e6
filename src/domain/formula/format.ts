/**
 * Prints a formula in its canonical form: lower-case names, one space around operators, only the
 * brackets the meaning needs (plus a few that help a reader, around `not (…)` and an `and` inside
 * an `or`). Parsing the printed text gives back the same formula.
 */
import { REFERENCE_FUNCTIONS, VALUE_FUNCTIONS, type Formula, type ReferenceNode } from './ast.js';
import { isBareCode } from './tokens.js';

/** Words that would not read as a measure code without square brackets. */
const RESERVED = new Set<string>(['and', 'or', 'not', ...VALUE_FUNCTIONS, ...REFERENCE_FUNCTIONS]);

const ATOM = 8;

/** Binding strength: a child binding more weakly than its parent needs brackets. */
function precedence(node: Formula): number {
  switch (node.kind) {
    case 'logic':
      return node.operator === 'or' ? 1 : 2;
    case 'not':
      return 3;
    case 'comparison':
      return 4;
    case 'arithmetic':
      return node.operator === '+' || node.operator === '-' ? 5 : 6;
    case 'negate':
      return 7;
    case 'number':
    case 'reference':
    case 'call':
      return ATOM;
  }
}

export function formatCode(code: string): string {
  return isBareCode(code) && !RESERVED.has(code.toLowerCase()) ? code : `[${code}]`;
}

function formatReference(node: ReferenceNode): string {
  let text = formatCode(node.code);
  if (node.yearToDate) text = `ytd(${text})`;
  for (let i = 0; i < node.periodsBack; i++) text = `previous(${text})`;
  for (let i = 0; i < node.yearsBack; i++) text = `previous_year(${text})`;
  if (node.part !== 'value') text = `${node.part}(${text})`;
  return text;
}

const bracket = (text: string): string => `(${text})`;

export function formatFormula(node: Formula): string {
  switch (node.kind) {
    case 'number':
      return String(node.value);
    case 'reference':
      return formatReference(node);
    case 'call':
      return `${node.name}(${node.args.map(formatFormula).join(', ')})`;
    case 'negate': {
      const operand = formatFormula(node.operand);
      return `-${precedence(node.operand) === ATOM ? operand : bracket(operand)}`;
    }
    case 'not': {
      const operand = formatFormula(node.operand);
      const bare = precedence(node.operand) === ATOM || node.operand.kind === 'not';
      return `not ${bare ? operand : bracket(operand)}`;
    }
    case 'arithmetic':
    case 'comparison':
    case 'logic': {
      const own = precedence(node);
      const left = formatFormula(node.left);
      const right = formatFormula(node.right);
      // Comparisons do not chain, so even a left-hand comparison needs brackets.
      const leftNeeds =
        precedence(node.left) < own || (node.kind === 'comparison' && precedence(node.left) === own);
      const rightNeeds = precedence(node.right) <= own;
      const mixesAndOr = (child: Formula): boolean =>
        node.kind === 'logic' && node.operator === 'or' && child.kind === 'logic' && child.operator === 'and';
      const l = leftNeeds || mixesAndOr(node.left) ? bracket(left) : left;
      const r = rightNeeds || mixesAndOr(node.right) ? bracket(right) : right;
      return `${l} ${node.operator} ${r}`;
    }
  }
}

/** A short quotation of a node for messages, so a long formula does not drown the point. */
export function quoteFormula(node: Formula): string {
  const text = formatFormula(node);
  return `'${text.length > 40 ? `${text.slice(0, 37)}...` : text}'`;
}

/** Do two formulas mean the same, whatever their spacing, brackets or spelling of names? */
export function sameFormula(a: Formula, b: Formula): boolean {
  switch (a.kind) {
    case 'number':
      return b.kind === 'number' && a.value === b.value;
    case 'reference':
      return (
        b.kind === 'reference' &&
        a.code === b.code &&
        a.part === b.part &&
        a.periodsBack === b.periodsBack &&
        a.yearsBack === b.yearsBack &&
        a.yearToDate === b.yearToDate
      );
    case 'negate':
    case 'not':
      return b.kind === a.kind && sameFormula(a.operand, b.operand);
    case 'arithmetic':
    case 'comparison':
    case 'logic':
      return (
        b.kind === a.kind &&
        a.operator === b.operator &&
        sameFormula(a.left, b.left) &&
        sameFormula(a.right, b.right)
      );
    case 'call':
      return (
        b.kind === 'call' &&
        a.name === b.name &&
        a.args.length === b.args.length &&
        a.args.every((arg, i) => sameFormula(arg, b.args[i]!))
      );
  }
}
