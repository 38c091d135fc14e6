/**
 * Rules across measures, as DHIS2's validation rules: a left side, an operator and a right side,
 * each side written in the formula language over measure codes, compared for one period and one
 * area. A rule whose side has no figure (a measure not yet reported) is not judged: it is skipped
 * with the reason, never read as 0.
 */
import {
  checkFormula,
  evaluateFormula,
  formulaReferences,
  parseFormula,
  typeOf,
  type Formula,
  type FormulaContext,
} from '../formula/index.js';
import type { Severity } from './rules.js';

export const RULE_OPERATORS = ['==', '!=', '<', '<=', '>', '>='] as const;
export type RuleOperator = (typeof RULE_OPERATORS)[number];

export interface CrossMeasureRule {
  /** The rule's code, its stable key, e.g. "VR-ASC-01". */
  id: string;
  /** What the rule says, in words: "Adults supported cannot exceed referrals". */
  name: string;
  left: string;
  operator: RuleOperator;
  right: string;
  importance: Severity;
  active: boolean;
}

export interface CompiledRule {
  rule: CrossMeasureRule;
  left: Formula;
  right: Formula;
  /** Every measure either side reads. */
  codes: string[];
}

export type CompileResult = { ok: true; compiled: CompiledRule } | { ok: false; problems: string[] };

function compileSide(
  side: 'left' | 'right',
  text: string,
  knownCodes: ReadonlySet<string>,
): { formula: Formula } | { problems: string[] } {
  const parsed = parseFormula(text);
  if (!parsed.ok) return { problems: parsed.errors.map((e) => `${side}: ${e.message}`) };
  if (typeOf(parsed.formula) !== 'number') {
    return { problems: [`${side}: "${text}" is a condition; expected an expression that gives a number`] };
  }
  const unknown = checkFormula(parsed.formula, knownCodes).map((e) => `${side}: ${e.message}`);
  return unknown.length > 0 ? { problems: unknown } : { formula: parsed.formula };
}

/** Reads both sides of a rule; every problem is returned, each naming its side. */
export function compileCrossMeasureRule(
  rule: CrossMeasureRule,
  knownCodes: ReadonlySet<string>,
): CompileResult {
  const left = compileSide('left', rule.left, knownCodes);
  const right = compileSide('right', rule.right, knownCodes);
  const problems = [
    ...('problems' in left ? left.problems : []),
    ...('problems' in right ? right.problems : []),
  ];
  if ('problems' in left || 'problems' in right) return { ok: false, problems };
  if (!RULE_OPERATORS.includes(rule.operator)) {
    return { ok: false, problems: [`operator: expected one of ${RULE_OPERATORS.join(' ')}`] };
  }
  const codes = [...new Set([...formulaReferences(left.formula), ...formulaReferences(right.formula)])];
  return { ok: true, compiled: { rule, left: left.formula, right: right.formula, codes } };
}

/** Equal within rounding noise: 0.1 + 0.2 must equal 0.3 for a rule that adds shares. */
function nearlyEqual(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

export function holds(left: number, operator: RuleOperator, right: number): boolean {
  switch (operator) {
    case '==':
      return nearlyEqual(left, right);
    case '!=':
      return !nearlyEqual(left, right);
    case '<':
      return left < right && !nearlyEqual(left, right);
    case '<=':
      return left <= right || nearlyEqual(left, right);
    case '>':
      return left > right && !nearlyEqual(left, right);
    case '>=':
      return left >= right || nearlyEqual(left, right);
  }
}

export interface CrossFinding {
  rule: 'cross-measure';
  ruleId: string;
  severity: Severity;
  message: string;
  left: number;
  right: number;
}

export type CrossOutcome =
  | { outcome: 'passed' }
  | { outcome: 'skipped'; reason: string }
  | { outcome: 'failed'; finding: CrossFinding };

const show = (x: number) => String(Math.round(x * 1000) / 1000);

/** Judges a rule for the context's period (and area, as the context reads figures). */
export function judgeCrossMeasureRule(compiled: CompiledRule, context: FormulaContext): CrossOutcome {
  const { rule } = compiled;
  const left = evaluateFormula(compiled.left, context);
  if (left.value === null) return { outcome: 'skipped', reason: `left side: ${left.reason ?? 'no figure'}` };
  const right = evaluateFormula(compiled.right, context);
  if (right.value === null)
    return { outcome: 'skipped', reason: `right side: ${right.reason ?? 'no figure'}` };
  if (holds(left.value, rule.operator, right.value)) return { outcome: 'passed' };
  return {
    outcome: 'failed',
    finding: {
      rule: 'cross-measure',
      ruleId: rule.id,
      severity: rule.importance,
      message:
        `rule ${rule.id} (${rule.name}): the left side ${rule.left} is ${show(left.value)}, ` +
        `which is not ${rule.operator} the right side ${rule.right}, ${show(right.value)}`,
      left: left.value,
      right: right.value,
    },
  };
}
