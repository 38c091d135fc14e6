import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Figure, FormulaContext } from '../formula/index.js';
import { formatPeriod, period } from '../period.js';
import {
  compileCrossMeasureRule,
  holds,
  judgeCrossMeasureRule,
  RULE_OPERATORS,
  type CompiledRule,
  type CrossMeasureRule,
} from './cross-measure.js';

const CODES = new Set(['ASC-REF', 'ASC-SUP', 'ASC-NEW', 'POP']);
const rule = (over: Partial<CrossMeasureRule> = {}): CrossMeasureRule => ({
  id: 'VR-1',
  name: 'Supported within referrals',
  left: '[ASC-SUP] + [ASC-NEW]',
  operator: '<=',
  right: '[ASC-REF]',
  importance: 'error',
  active: true,
  ...over,
});
const compiled = (over: Partial<CrossMeasureRule> = {}): CompiledRule => {
  const result = compileCrossMeasureRule(rule(over), CODES);
  if (!result.ok) throw new Error(result.problems.join('; '));
  return result.compiled;
};
const Q1 = period('2016/17-Q1');
const context = (figures: Record<string, number | null>): FormulaContext => ({
  period: Q1,
  figureOf: (code, _offset, at): Figure | null =>
    `${code} ${formatPeriod(at)}` in figures
      ? { value: figures[`${code} ${formatPeriod(at)}`] ?? null }
      : null,
});

describe('rules across measures', () => {
  it('reads both sides and lists the measures they use', () => {
    expect(compiled().codes).toEqual(['ASC-SUP', 'ASC-NEW', 'ASC-REF']);
  });

  it('names every problem with either side', () => {
    const result = compileCrossMeasureRule(rule({ left: '[ASC-SUP] >', right: '[ASC-GONE] > 2' }), CODES);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toHaveLength(2);
    expect(result.problems[0]).toMatch(/^left: /);
    expect(result.problems[1]).toMatch(
      /^right: The formula gives a condition \(true or false\), not a number/,
    );
    const unknown = compileCrossMeasureRule(rule({ right: '[ASC-GONE]' }), CODES);
    expect(!unknown.ok && unknown.problems[0]).toMatch(/^right: Unknown measure 'ASC-GONE'/);
  });

  it('fails a broken rule with a message naming both sides and their values', () => {
    const judged = judgeCrossMeasureRule(
      compiled(),
      context({ 'ASC-SUP 2016/17-Q1': 90, 'ASC-NEW 2016/17-Q1': 30.5, 'ASC-REF 2016/17-Q1': 100 }),
    );
    expect(judged).toEqual({
      outcome: 'failed',
      finding: {
        rule: 'cross-measure',
        ruleId: 'VR-1',
        severity: 'error',
        message:
          'rule VR-1 (Supported within referrals): the left side [ASC-SUP] + [ASC-NEW] is 120.5, ' +
          'which is not <= the right side [ASC-REF], 100',
        left: 120.5,
        right: 100,
      },
    });
  });

  it('passes a rule that holds, and skips one with a side that has no figure rather than reading 0', () => {
    const figures = { 'ASC-SUP 2016/17-Q1': 50, 'ASC-NEW 2016/17-Q1': 10, 'ASC-REF 2016/17-Q1': 60 };
    expect(judgeCrossMeasureRule(compiled(), context(figures))).toEqual({ outcome: 'passed' });
    const skipped = judgeCrossMeasureRule(
      compiled(),
      context({ 'ASC-SUP 2016/17-Q1': 50, 'ASC-REF 2016/17-Q1': 60 }),
    );
    expect(skipped.outcome).toBe('skipped');
    expect(skipped.outcome === 'skipped' && skipped.reason).toMatch(/^left side: .*ASC-NEW/);
  });

  it('compares equal shares equal despite rounding in their sum', () => {
    expect(holds(0.1 + 0.2, '==', 0.3)).toBe(true);
    expect(holds(0.1 + 0.2, '!=', 0.3)).toBe(false);
    expect(holds(0.1 + 0.2, '>', 0.3)).toBe(false);
  });

  it('holds for exactly one of each operator and its opposite', () => {
    const opposite = { '==': '!=', '!=': '==', '<': '>=', '>=': '<', '>': '<=', '<=': '>' } as const;
    fc.assert(
      fc.property(fc.integer({ min: -1000, max: 1000 }), fc.integer({ min: -1000, max: 1000 }), (a, b) => {
        for (const op of RULE_OPERATORS) expect(holds(a, op, b)).toBe(!holds(a, opposite[op], b));
      }),
    );
  });
});
