import { describe, expect, it } from 'vitest';
import type { Formula } from './ast.js';
import { findFormulaCycles } from './cycles.js';
import { parseFormula } from './parse.js';

function definitions(texts: Record<string, string>): Map<string, Formula> {
  return new Map(
    Object.entries(texts).map(([code, text]) => {
      const result = parseFormula(text);
      if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('; '));
      return [code, result.formula];
    }),
  );
}

describe('findFormulaCycles', () => {
  it('orders calculated measures after those they are calculated from', () => {
    const plan = findFormulaCycles(
      definitions({ TOTAL: 'PART1 + PART2', PART1: 'X * 2', PART2: 'PART1 + Y' }),
    );
    expect(plan).toEqual({ cycles: [], order: ['PART1', 'PART2', 'TOTAL'], blocked: [] });
  });

  it('ignores measures that are entered rather than calculated', () => {
    expect(findFormulaCycles(definitions({ A: 'RAW1 / RAW2' })).order).toEqual(['A']);
  });

  it('finds a circle of two and lists it back to where it started', () => {
    const plan = findFormulaCycles(definitions({ A: 'B + 1', B: 'A * 2', C: 'X' }));
    expect(plan.cycles).toEqual([['A', 'B', 'A']]);
    expect(plan.order).toEqual(['C']);
  });

  it('finds a measure calculated from itself', () => {
    expect(findFormulaCycles(definitions({ A: 'A + 1' })).cycles).toEqual([['A', 'A']]);
  });

  it('finds a longer circle, following the direction of use', () => {
    const plan = findFormulaCycles(definitions({ A: 'B', B: 'C', C: 'A' }));
    expect(plan.cycles).toEqual([['A', 'B', 'C', 'A']]);
  });

  it('gives the shortest circle in a tangle, and one per separate tangle', () => {
    const plan = findFormulaCycles(definitions({ A: 'B + C', B: 'C', C: 'A', P: 'Q', Q: 'P', OK: 'RAW' }));
    expect(plan.cycles).toEqual([
      ['A', 'C', 'A'],
      ['P', 'Q', 'P'],
    ]);
    expect(plan.order).toEqual(['OK']);
    expect(plan.blocked).toEqual([]);
  });

  it('holds back measures that depend on a circle without being in it', () => {
    const plan = findFormulaCycles(
      definitions({ A: 'B', B: 'A', USES_A: 'A + 1', USES_THAT: 'USES_A', FINE: '1' }),
    );
    expect(plan.cycles).toEqual([['A', 'B', 'A']]);
    expect(plan.blocked).toEqual(['USES_A', 'USES_THAT']);
    expect(plan.order).toEqual(['FINE']);
  });

  it('does not count a reference to an earlier period as a circle', () => {
    const plan = findFormulaCycles(
      definitions({ RUNNING: 'previous(RUNNING) + NEW', GROWTH: 'RUNNING - previous_year(GROWTH)' }),
    );
    expect(plan).toEqual({ cycles: [], order: ['RUNNING', 'GROWTH'], blocked: [] });
  });

  it('counts ytd() as reading this period too', () => {
    expect(findFormulaCycles(definitions({ A: 'ytd(A) / 2' })).cycles).toEqual([['A', 'A']]);
    expect(findFormulaCycles(definitions({ A: 'previous(ytd(A)) / 2' })).cycles).toEqual([]);
  });

  it('orders a long chain of calculated measures from its start', () => {
    const chain: Record<string, string> = {};
    for (let i = 0; i < 5000; i++) chain[`M${5000 - i}`] = i === 0 ? 'RAW' : `M${5001 - i} + 1`;
    const plan = findFormulaCycles(definitions(chain));
    expect(plan.order).toHaveLength(5000);
    expect(plan.order.slice(0, 3)).toEqual(['M5000', 'M4999', 'M4998']);
  });

  it('finds a circle through a long chain of calculated measures', () => {
    const chain: Record<string, string> = {};
    for (let i = 0; i < 5000; i++)
      chain[`M${String(i).padStart(4, '0')}`] = i === 0 ? 'RAW' : `M${String(i - 1).padStart(4, '0')} + 1`;
    chain.M0000 = 'M4999';
    const plan = findFormulaCycles(definitions(chain));
    expect(plan.cycles).toHaveLength(1);
    expect(plan.cycles[0]).toHaveLength(5001);
  });
});
