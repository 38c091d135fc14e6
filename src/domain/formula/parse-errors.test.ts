import { describe, expect, it } from 'vitest';
import type { FormulaError } from './ast.js';
import { MAX_FORMULA_LENGTH, parseFormula } from './parse.js';

function errorsOf(text: string): FormulaError[] {
  const result = parseFormula(text);
  if (result.ok) throw new Error(`expected ${text} to be refused`);
  return result.errors;
}

const only = (text: string): FormulaError => {
  const errors = errorsOf(text);
  expect(errors).toHaveLength(1);
  return errors[0]!;
};

describe('parseFormula: syntax errors name what was found, what was expected and where', () => {
  it('points at a closing bracket where a value should be', () => {
    expect(only('CP-ECO-01 * (1 +)')).toEqual({
      position: 17,
      length: 1,
      message: "Unexpected ')' at column 17: expected a number, a measure code or '('",
    });
  });

  it('points at a stray closing bracket after a complete formula', () => {
    expect(only('(A + B))')).toEqual({
      position: 8,
      length: 1,
      message: "Unexpected ')' at column 8: expected an operator or the end of the formula",
    });
  });

  it('says when the formula ends before a bracket is closed', () => {
    expect(only('1 + (2 * 3')).toEqual({
      position: 11,
      length: 0,
      message: "Unexpected end of the formula at column 11: expected an operator or ')'",
    });
  });

  it('says when a function call is not closed', () => {
    expect(only('min(A, B').message).toBe(
      "Unexpected end of the formula at column 9: expected an operator, ',' or ')'",
    );
  });

  it('refuses an empty formula and a formula of spaces', () => {
    expect(only('').message).toBe(
      "Unexpected end of the formula at column 1: expected a number, a measure code or '('",
    );
    expect(only('   ').position).toBe(4);
  });

  it('names a measure code that follows another with no operator between', () => {
    expect(only('A B').message).toBe(
      "Unexpected measure code 'B' at column 3: expected an operator or the end of the formula",
    );
  });

  it('names a keyword in the wrong place', () => {
    expect(only('A + and').message).toBe(
      "Unexpected 'and' at column 5: expected a number, a measure code or '('",
    );
  });

  it('refuses a trailing comma in a function call', () => {
    expect(only('max(A, )').position).toBe(8);
  });

  it('refuses chained comparisons and suggests joining them with and', () => {
    const error = only('if(A < B < C, 1, 0)');
    expect(error.position).toBe(10);
    expect(error.message).toContain('comparisons cannot be chained');
  });

  it('refuses stray characters, reporting every one', () => {
    expect(errorsOf('A $ B % C')).toEqual([
      expect.objectContaining({
        position: 3,
        length: 1,
        message: expect.stringMatching(/^Unexpected character '\$' at column 3/),
      }),
      expect.objectContaining({
        position: 7,
        length: 1,
        message: expect.stringMatching(/^Unexpected character '%' at column 7/),
      }),
    ]);
  });

  it('refuses a number run into letters, suggesting square brackets', () => {
    const error = only('2016ABC + 1');
    expect(error).toMatchObject({ position: 1, length: 7 });
    expect(error.message).toContain('[2016ABC]');
  });

  it('refuses a number too large to hold', () => {
    expect(only('1e999').message).toBe("The number '1e999' at column 1 is too large");
  });

  it('refuses unclosed or empty square brackets', () => {
    expect(only('[CP ECO 01 + 1')).toMatchObject({ position: 1, length: 14 });
    expect(only('[] + 1').message).toBe(
      'Empty square brackets at column 1: expected a measure code inside them',
    );
    expect(only('A ] B').message).toContain("there is no '[' before it");
  });

  it('refuses a formula too long to be a real one', () => {
    const error = only('1+'.repeat(MAX_FORMULA_LENGTH) + '1');
    expect(error.message).toContain(`the most allowed is ${MAX_FORMULA_LENGTH}`);
  });

  it('refuses nesting too deep for the parser instead of crashing', () => {
    expect(only('('.repeat(500) + '1' + ')'.repeat(500)).message).toContain('nested too deeply');
    expect(only('-'.repeat(500) + '1').message).toContain('nested too deeply');
    expect(only('if(' + 'not '.repeat(500) + '1 > 0, 1, 0)').message).toContain('nested too deeply');
  });
});

describe('parseFormula: errors of meaning', () => {
  it('names an unknown function and lists the known ones', () => {
    expect(only('average(A, B)')).toEqual({
      position: 1,
      length: 7,
      message:
        "Unknown function 'average' at column 1: the functions are if, min, max, abs, round, ratio, previous, previous_year, ytd, numerator, denominator",
    });
  });

  it('reports every unknown function, not just the first', () => {
    expect(errorsOf('sum(A) + mean(B)').map((e) => e.position)).toEqual([1, 10]);
  });

  it('says how many arguments a function takes', () => {
    expect(only('if(A > 1, 2)').message).toBe(
      'if() at column 1 takes 3 arguments (condition, value if true, value if false), but was given 2',
    );
    expect(only('abs()').message).toBe('abs() at column 1 takes 1 argument (value), but was given 0');
    expect(only('min(A)').message).toBe('min() at column 1 takes 2 or more arguments, but was given 1');
    expect(only('ratio(A)').message).toContain('2 or 3 arguments (numerator, denominator, factor)');
  });

  it('refuses a period or part function around anything but a measure code', () => {
    expect(only('previous(A + B)').message).toBe(
      "previous() at column 1 takes one measure code, such as previous(CP-ECO-01), but was given 'A + B'",
    );
    expect(only('ytd(3)').message).toContain('ytd() at column 1 takes one measure code');
    expect(only('numerator(A, B)').message).toContain('but was given 2 arguments');
  });

  it('refuses ytd twice, and numerator with denominator', () => {
    expect(only('ytd(previous(ytd(A)))').message).toBe('ytd() at column 1 is applied twice to A');
    expect(only('numerator(denominator(A))').message).toContain('cannot be applied to the denominator of A');
  });

  it('refuses a formula that gives true or false rather than a figure', () => {
    expect(only('A > B')).toMatchObject({ position: 1, length: 5 });
    expect(only('A > B').message).toContain('use if(condition, value if true, value if false)');
  });

  it('refuses a number where a condition is needed, with its column', () => {
    expect(only('if(A, 1, 0)')).toEqual({
      position: 4,
      length: 1,
      message:
        "The first argument of if() at column 1 needs a condition (true or false), such as CP-ECO-01 > 0, but 'A' at column 4 is a number",
    });
    expect(only('if(A > 1 and B, 1, 0)').position).toBe(14);
  });

  it('refuses a condition where a number is needed, with its column', () => {
    expect(only('1 + (A > B)')).toEqual({
      position: 6,
      length: 5,
      message: "'+' needs a number, but 'A > B' at column 6 is a condition (true or false)",
    });
    expect(only('max(A, B > 1)').position).toBe(8);
  });

  it('refuses an if() whose branches give different kinds of value', () => {
    expect(only('if(A > 1, 1, B > 1) + 1').message).toContain(
      'gives a number when true but a condition when false',
    );
  });

  it('lists errors in the order they appear in the text', () => {
    const positions = errorsOf('if(A, foo(1), 2) + bar(B)').map((e) => e.position);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(positions).toEqual([4, 7, 20]);
  });
});
