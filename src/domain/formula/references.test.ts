import { describe, expect, it } from 'vitest';
import type { Formula } from './ast.js';
import { parseFormula } from './parse.js';
import { checkFormula, formulaReferences } from './references.js';

function parse(text: string): Formula {
  const result = parseFormula(text);
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('; '));
  return result.formula;
}

describe('formulaReferences', () => {
  it('lists each code once, in order of first use', () => {
    expect(formulaReferences(parse('ratio(B, A, 100) + previous(B) + [C D]'))).toEqual(['B', 'A', 'C D']);
  });

  it('finds codes inside every kind of expression', () => {
    expect(
      formulaReferences(parse('if(not A > 0 and B < 1, -C, max(D, abs(E))) + numerator(ytd(F))')),
    ).toEqual(['A', 'B', 'C', 'D', 'E', 'F']);
  });

  it('finds none in a formula of numbers', () => {
    expect(formulaReferences(parse('1 + 2'))).toEqual([]);
  });
});

describe('checkFormula', () => {
  const known = ['CP-ECO-01', 'CP-ECO-02'];

  it('accepts a formula whose codes are all known measures', () => {
    expect(checkFormula(parse('CP-ECO-01 / previous(CP-ECO-02)'), known)).toEqual([]);
  });

  it('names each unknown code at the column where it is written', () => {
    expect(checkFormula(parse('CP-ECO-01 + previous(CP-ECO-99) + XX'), known)).toEqual([
      { position: 22, length: 9, message: "Unknown measure 'CP-ECO-99' at column 22" },
      { position: 35, length: 2, message: "Unknown measure 'XX' at column 35" },
    ]);
  });

  it('reports an unknown code each time it is used', () => {
    expect(checkFormula(parse('XX + XX'), known).map((e) => e.position)).toEqual([1, 6]);
  });

  it('suggests the code that differs only in case', () => {
    expect(checkFormula(parse('cp-eco-01 * 2'), known)[0]!.message).toBe(
      "Unknown measure 'cp-eco-01' at column 1: did you mean 'CP-ECO-01'?",
    );
  });

  it('explains how to read a numerator when a dot was used for it', () => {
    expect(checkFormula(parse('CP-ECO-01.numerator'), known)[0]!.message).toBe(
      "Unknown measure 'CP-ECO-01.numerator' at column 1: to read its numerator, write numerator(CP-ECO-01)",
    );
  });

  it('leaves a real code with a dot alone when it is known', () => {
    expect(checkFormula(parse('NI.195 + 1'), ['NI.195'])).toEqual([]);
  });
});
