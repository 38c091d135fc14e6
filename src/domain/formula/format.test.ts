import { describe, expect, it } from 'vitest';
import type { Formula } from './ast.js';
import { formatFormula, sameFormula } from './format.js';
import { parseFormula } from './parse.js';

function parse(text: string): Formula {
  const result = parseFormula(text);
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('; '));
  return result.formula;
}

const canonical = (text: string): string => formatFormula(parse(text));

describe('formatFormula', () => {
  it('puts one space around each operator and after each comma', () => {
    expect(canonical('A+B*C')).toBe('A + B * C');
    expect(canonical('ratio( A ,B,100 )')).toBe('ratio(A, B, 100)');
  });

  it('keeps only the brackets the meaning needs', () => {
    expect(canonical('((A + B)) + (C)')).toBe('A + B + C');
    expect(canonical('A + (B + C)')).toBe('A + (B + C)');
    expect(canonical('(A + B) * C')).toBe('(A + B) * C');
    expect(canonical('A / (B * C)')).toBe('A / (B * C)');
    expect(canonical('(A * B) / C')).toBe('A * B / C');
    expect(canonical('-(A + B)')).toBe('-(A + B)');
    expect(canonical('-(-A)')).toBe('-(-A)');
    expect(canonical('A - (-B)')).toBe('A - -B');
  });

  it('adds brackets that help a reader around not and an and inside an or', () => {
    expect(canonical('if(not A > 1, 1, 0)')).toBe('if(not (A > 1), 1, 0)');
    expect(canonical('if(A > 1 or B > 1 and C > 1, 1, 0)')).toBe('if(A > 1 or (B > 1 and C > 1), 1, 0)');
    expect(canonical('if((A > 1 or B > 1) and C > 1, 1, 0)')).toBe('if((A > 1 or B > 1) and C > 1, 1, 0)');
  });

  it('writes names in lower case and operators in their canonical spelling', () => {
    expect(canonical('IF(A = 1 AND B <> 2, MAX(A, B), 0)')).toBe('if(A == 1 and B != 2, max(A, B), 0)');
  });

  it('writes period and part functions in one fixed order', () => {
    expect(canonical('previous(numerator(ytd(previous_year(A))))')).toBe(
      'numerator(previous_year(previous(ytd(A))))',
    );
  });

  it('brackets a code only when it could not be read bare', () => {
    expect(canonical('[CP-ECO-01]')).toBe('CP-ECO-01');
    expect(canonical('[CP ECO 01]')).toBe('[CP ECO 01]');
    expect(canonical('[2016-ABC]')).toBe('[2016-ABC]');
    expect(canonical('[OR]')).toBe('[OR]');
    expect(canonical('[min]')).toBe('[min]');
    expect(canonical('[A-]')).toBe('[A-]');
  });

  it('writes numbers in their shortest exact form', () => {
    expect(canonical('1.50')).toBe('1.5');
    expect(canonical('2.5e3')).toBe('2500');
    expect(canonical('.000001')).toBe('0.000001');
    expect(canonical('1e-7')).toBe('1e-7');
  });

  it('gives text that parses back to the same formula', () => {
    for (const text of [
      'A - (B - C) / -D',
      'if(not (A > 1 or B < 2), round(A, 1), abs(-B))',
      '[x y] * 1e21',
    ]) {
      expect(sameFormula(parse(canonical(text)), parse(text))).toBe(true);
    }
  });
});

describe('sameFormula', () => {
  it('ignores spacing, brackets and the case of names', () => {
    expect(sameFormula(parse('(A)+B'), parse('A + B'))).toBe(true);
    expect(sameFormula(parse('MAX(A, 1)'), parse('max(A, 1)'))).toBe(true);
  });

  it('tells apart formulas that differ in grouping, operator, code, period or part', () => {
    expect(sameFormula(parse('A - B - C'), parse('A - (B - C)'))).toBe(false);
    expect(sameFormula(parse('A + B'), parse('A - B'))).toBe(false);
    expect(sameFormula(parse('A + B'), parse('A + C'))).toBe(false);
    expect(sameFormula(parse('previous(A)'), parse('previous_year(A)'))).toBe(false);
    expect(sameFormula(parse('numerator(A)'), parse('A'))).toBe(false);
    expect(sameFormula(parse('min(A, B)'), parse('min(A, B, B)'))).toBe(false);
  });
});
