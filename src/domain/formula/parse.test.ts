import { describe, expect, it } from 'vitest';
import type { Formula } from './ast.js';
import { parseFormula } from './parse.js';

function parse(text: string): Formula {
  const result = parseFormula(text);
  if (!result.ok)
    throw new Error(`expected ${text} to parse: ${result.errors.map((e) => e.message).join('; ')}`);
  return result.formula;
}

/** The tree with every grouping made explicit, so precedence shows at a glance. */
function grouping(node: Formula): string {
  switch (node.kind) {
    case 'number':
      return String(node.value);
    case 'reference': {
      const shifts = [
        node.periodsBack > 0 ? `-${node.periodsBack}p` : '',
        node.yearsBack > 0 ? `-${node.yearsBack}y` : '',
        node.yearToDate ? 'ytd' : '',
        node.part !== 'value' ? node.part : '',
      ].filter(Boolean);
      return shifts.length > 0 ? `${node.code}{${shifts.join(',')}}` : node.code;
    }
    case 'negate':
      return `(-${grouping(node.operand)})`;
    case 'not':
      return `(not ${grouping(node.operand)})`;
    case 'arithmetic':
    case 'comparison':
    case 'logic':
      return `(${grouping(node.left)} ${node.operator} ${grouping(node.right)})`;
    case 'call':
      return `${node.name}(${node.args.map(grouping).join(', ')})`;
  }
}

const groups = (text: string): string => grouping(parse(text));

describe('parseFormula: numbers and measure codes', () => {
  it('reads whole numbers, decimals and exponents', () => {
    expect(parse('42')).toMatchObject({ kind: 'number', value: 42 });
    expect(parse('0.125')).toMatchObject({ kind: 'number', value: 0.125 });
    expect(parse('.5')).toMatchObject({ kind: 'number', value: 0.5 });
    expect(parse('2.5e3')).toMatchObject({ kind: 'number', value: 2500 });
    expect(parse('1E-3')).toMatchObject({ kind: 'number', value: 0.001 });
    expect(parse('1e+21')).toMatchObject({ kind: 'number', value: 1e21 });
  });

  it('reads a measure code with hyphens, dots and underscores as one reference', () => {
    expect(parse('CP-ECO-01')).toMatchObject({ kind: 'reference', code: 'CP-ECO-01', part: 'value' });
    expect(parse('NI_195.a')).toMatchObject({ kind: 'reference', code: 'NI_195.a' });
  });

  it('reads a code in square brackets, which may hold spaces or start with a digit', () => {
    expect(parse('[CP ECO 01]')).toMatchObject({ kind: 'reference', code: 'CP ECO 01' });
    expect(parse('[ 2015-HOUSING ]')).toMatchObject({ kind: 'reference', code: '2015-HOUSING' });
    expect(parse('[and]')).toMatchObject({ kind: 'reference', code: 'and' });
  });

  it('treats a hyphen with spaces around it as a minus sign, and without as part of the code', () => {
    expect(groups('CP-ECO-01 - CP-ECO-02')).toBe('(CP-ECO-01 - CP-ECO-02)');
    expect(groups('A-B')).toBe('A-B');
    expect(groups('A- B')).toBe('(A - B)');
    expect(groups('A -B')).toBe('(A - B)');
    expect(groups('A-(B)')).toBe('(A - B)');
  });

  it('records the column and length of each part', () => {
    const formula = parse('  CP-ECO-01 + 12');
    expect(formula).toMatchObject({ position: 3, length: 14 });
    if (formula.kind !== 'arithmetic') throw new Error('expected arithmetic');
    expect(formula.left).toMatchObject({ position: 3, length: 9, codePosition: 3, codeLength: 9 });
    expect(formula.right).toMatchObject({ position: 15, length: 2 });
  });
});

describe('parseFormula: precedence and grouping', () => {
  it('multiplies and divides before adding and subtracting', () => {
    expect(groups('A + B * C')).toBe('(A + (B * C))');
    expect(groups('A * B + C / D')).toBe('((A * B) + (C / D))');
  });

  it('groups operators of equal strength from the left', () => {
    expect(groups('A - B - C')).toBe('((A - B) - C)');
    expect(groups('A / B / C')).toBe('((A / B) / C)');
    expect(groups('A / B * C')).toBe('((A / B) * C)');
    expect(groups('A - B + C')).toBe('((A - B) + C)');
  });

  it('lets brackets override the usual order', () => {
    expect(groups('(A + B) * C')).toBe('((A + B) * C)');
    expect(groups('A - (B - C)')).toBe('(A - (B - C))');
    expect(groups('((A))')).toBe('A');
  });

  it('binds a unary minus more tightly than multiplication', () => {
    expect(groups('-A * B')).toBe('((-A) * B)');
    expect(groups('A * -B')).toBe('(A * (-B))');
    expect(groups('- -A')).toBe('(-(-A))');
    expect(groups('A - -1')).toBe('(A - (-1))');
  });

  it('compares after the arithmetic on either side', () => {
    expect(groups('if(A + 1 > B * 2, 1, 0)')).toBe('if(((A + 1) > (B * 2)), 1, 0)');
  });

  it('binds not before and, and before or, whatever the case of the words', () => {
    expect(groups('if(A > 1 or B > 1 and C > 1, 1, 0)')).toBe('if(((A > 1) or ((B > 1) and (C > 1))), 1, 0)');
    expect(groups('if(not A > 1 AND B > 1, 1, 0)')).toBe('if(((not (A > 1)) and (B > 1)), 1, 0)');
    expect(groups('if(A > 1 Or B > 1 or C > 1, 1, 0)')).toBe('if((((A > 1) or (B > 1)) or (C > 1)), 1, 0)');
    expect(groups('if(not not A > 1, 1, 0)')).toBe('if((not (not (A > 1))), 1, 0)');
  });

  it('accepts = and <> as spreadsheet spellings of == and !=', () => {
    expect(groups('if(A = 1, 1, 0)')).toBe('if((A == 1), 1, 0)');
    expect(groups('if(A <> 1, 1, 0)')).toBe('if((A != 1), 1, 0)');
    expect(groups('if(A <= 1, 1, 0)')).toBe('if((A <= 1), 1, 0)');
    expect(groups('if(A >= 1, 1, 0)')).toBe('if((A >= 1), 1, 0)');
  });
});

describe('parseFormula: functions', () => {
  it('reads the value functions, in any case, with spaces before the bracket', () => {
    expect(groups('MIN(A, B, C)')).toBe('min(A, B, C)');
    expect(groups('max (A, 0)')).toBe('max(A, 0)');
    expect(groups('abs(A - B)')).toBe('abs((A - B))');
    expect(groups('round(A / B * 100, 1)')).toBe('round(((A / B) * 100), 1)');
    expect(groups('round(A)')).toBe('round(A)');
    expect(groups('ratio(A, B, 1000)')).toBe('ratio(A, B, 1000)');
    expect(groups('ratio(A, B)')).toBe('ratio(A, B)');
  });

  it('lets if() choose between conditions as well as numbers', () => {
    expect(groups('if(if(A > 0, B > 0, C > 0), 1, 0)')).toBe('if(if((A > 0), (B > 0), (C > 0)), 1, 0)');
  });

  it('folds previous, previous_year, ytd, numerator and denominator into the reference', () => {
    expect(groups('previous(A)')).toBe('A{-1p}');
    expect(groups('previous(previous(A))')).toBe('A{-2p}');
    expect(groups('previous_year(A)')).toBe('A{-1y}');
    expect(groups('ytd(A)')).toBe('A{ytd}');
    expect(groups('numerator(A)')).toBe('A{numerator}');
    expect(groups('DENOMINATOR(previous_year(ytd([CP ECO 01])))')).toBe('CP ECO 01{-1y,ytd,denominator}');
  });

  it('gives the same reference whichever order the wrappers are written in', () => {
    expect(groups('numerator(previous(previous_year(A)))')).toBe(
      groups('previous_year(previous(numerator(A)))'),
    );
    expect(groups('ytd(previous(A))')).toBe(groups('previous(ytd(A))'));
  });

  it('spans a wrapped reference from the function name to its closing bracket, keeping the code place', () => {
    expect(parse('1 + previous( CP-ECO-01 )')).toMatchObject({
      right: { position: 5, length: 21, codePosition: 15, codeLength: 9 },
    });
  });

  it('reads a function name without brackets as a measure code', () => {
    expect(parse('ratio + 1')).toMatchObject({ left: { kind: 'reference', code: 'ratio' } });
  });
});
