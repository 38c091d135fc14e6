import { describe, expect, it } from 'vitest';
import { formatPeriod, period, type Period } from '../period.js';
import type { Formula } from './ast.js';
import { evaluateFormula } from './evaluate.js';
import { formatFormula } from './format.js';
import type { CombinedFigure, Figure, FormulaContext } from './figures.js';
import { parseFormula } from './parse.js';

function parse(text: string): Formula {
  const result = parseFormula(text);
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('; '));
  return result.formula;
}

type Figures = Record<string, Record<string, Figure | number>>;

/** Adds up values, numerators and denominators: the 'sum' and 'ratio of sums' rules. */
function sumFigures(_code: string, figures: Figure[]): CombinedFigure {
  const total = (pick: (f: Figure) => number | null | undefined): number =>
    figures.reduce((sum, f) => sum + (pick(f) ?? 0), 0);
  const figure = {
    value: total((f) => f.value),
    numerator: total((f) => f.numerator),
    denominator: total((f) => f.denominator),
  };
  return { figure };
}

/** A context over a table of figures by code and canonical period; it records what was asked. */
function contextFor(at: string, figures: Figures, extra: Partial<FormulaContext> = {}) {
  const asked: { code: string; offset: number; period: string }[] = [];
  const context: FormulaContext = {
    period: period(at),
    figureOf(code: string, offset: number, p: Period): Figure | null {
      asked.push({ code, offset, period: formatPeriod(p) });
      const figure = figures[code]?.[formatPeriod(p)];
      if (figure === undefined) return null;
      return typeof figure === 'number' ? { value: figure } : figure;
    },
    aggregate: sumFigures,
    ...extra,
  };
  return { context, asked };
}

const evaluate = (text: string, at: string, figures: Figures, extra?: Partial<FormulaContext>) =>
  evaluateFormula(parse(text), contextFor(at, figures, extra).context);

describe('evaluateFormula: arithmetic', () => {
  const figures = { A: { '2016/17-Q2': 12 }, B: { '2016/17-Q2': 4 } };

  it('follows the usual order of operations', () => {
    expect(evaluate('A + B * 2', '2016/17-Q2', figures)).toEqual({ value: 20 });
    expect(evaluate('(A + B) * 2', '2016/17-Q2', figures)).toEqual({ value: 32 });
    expect(evaluate('A - B - 2', '2016/17-Q2', figures)).toEqual({ value: 6 });
    expect(evaluate('A / B / 3', '2016/17-Q2', figures)).toEqual({ value: 1 });
    expect(evaluate('-A * -B', '2016/17-Q2', figures)).toEqual({ value: 48 });
  });

  it('works out ratio() as numerator over denominator times the factor', () => {
    expect(evaluate('ratio(B, A, 100)', '2016/17-Q2', figures)).toEqual({ value: (4 / 12) * 100 });
    expect(evaluate('ratio(A, B)', '2016/17-Q2', figures)).toEqual({ value: 3 });
  });

  it('works out min, max, abs and round', () => {
    expect(evaluate('min(A, B, 7)', '2016/17-Q2', figures)).toEqual({ value: 4 });
    expect(evaluate('max(A, B, 7)', '2016/17-Q2', figures)).toEqual({ value: 12 });
    expect(evaluate('abs(B - A)', '2016/17-Q2', figures)).toEqual({ value: 8 });
    expect(evaluate('round(B / A * 100, 1)', '2016/17-Q2', figures)).toEqual({ value: 33.3 });
    expect(evaluate('round(A / 8)', '2016/17-Q2', figures)).toEqual({ value: 2 });
  });

  it('never gives minus zero', () => {
    const result = evaluate('-A', '2016/17-Q2', { A: { '2016/17-Q2': 0 } });
    expect(Object.is(result.value, 0)).toBe(true);
  });
});

describe('evaluateFormula: conditions', () => {
  const figures = { A: { '2016/17-Q2': 5 }, B: { '2016/17-Q2': 10 } };
  const at = '2016/17-Q2';

  it('compares figures with every operator', () => {
    const truth = (condition: string) => evaluate(`if(${condition}, 1, 0)`, at, figures).value;
    expect([
      truth('A < B'),
      truth('A <= 5'),
      truth('A > B'),
      truth('A >= 6'),
      truth('A == 5'),
      truth('A != 5'),
    ]).toEqual([1, 1, 0, 0, 1, 0]);
    expect([truth('not A > B'), truth('A > 1 and B > 1'), truth('A > 6 or B > 6')]).toEqual([1, 1, 1]);
  });

  it('evaluates only the branch that if() chooses', () => {
    expect(evaluate('if(A < B, A, GONE)', at, figures)).toEqual({ value: 5 });
    expect(evaluate('if(A > B, GONE, B)', at, figures)).toEqual({ value: 10 });
    expect(evaluate('if(A < B, GONE, B)', at, figures)).toEqual({
      value: null,
      reason: 'GONE has no figure for 2016/17-Q2',
    });
  });

  it('has no figure when the condition itself is missing', () => {
    expect(evaluate('if(GONE > 0, 1, 2)', at, figures)).toEqual({
      value: null,
      reason: 'GONE has no figure for 2016/17-Q2',
    });
  });

  it('lets the known side of and / or decide when it can', () => {
    expect(evaluate('if(A > 1 or GONE > 0, 1, 0)', at, figures).value).toBe(1);
    expect(evaluate('if(GONE > 0 or A > 1, 1, 0)', at, figures).value).toBe(1);
    expect(evaluate('if(A > 6 and GONE > 0, 1, 0)', at, figures).value).toBe(0);
    expect(evaluate('if(GONE > 0 and A > 6, 1, 0)', at, figures).value).toBe(0);
    expect(evaluate('if(A > 1 and GONE > 0, 1, 0)', at, figures)).toEqual({
      value: null,
      reason: 'GONE has no figure for 2016/17-Q2',
    });
    expect(evaluate('if(A > 6 or GONE > 0, 1, 0)', at, figures).value).toBeNull();
  });
});

describe('evaluateFormula: no figure, and why', () => {
  const at = '2016/17-Q2';

  it('names the measure and period of a missing input', () => {
    expect(evaluate('CP-ECO-01 + CP-ECO-02', at, { 'CP-ECO-01': { [at]: 3 } })).toEqual({
      value: null,
      reason: 'CP-ECO-02 has no figure for 2016/17-Q2',
    });
  });

  it('treats a figure whose value is empty as missing', () => {
    expect(evaluate('A * 2', at, { A: { [at]: { value: null } } }).reason).toBe(
      'A has no figure for 2016/17-Q2',
    );
  });

  it('reports the first missing input in reading order', () => {
    expect(evaluate('max(A, B)', at, {}).reason).toBe('A has no figure for 2016/17-Q2');
  });

  it('names the divisor that is 0, rather than giving 0 or Infinity', () => {
    expect(
      evaluate('CP-ECO-01 / CP-ECO-03', at, { 'CP-ECO-01': { [at]: 7 }, 'CP-ECO-03': { [at]: 0 } }),
    ).toEqual({
      value: null,
      reason: 'division by zero: CP-ECO-03 is 0',
    });
    expect(evaluate('1 / (A - B)', at, { A: { [at]: 2 }, B: { [at]: 2 } }).reason).toBe(
      'division by zero: A - B is 0',
    );
    expect(evaluate('ratio(A, B, 100)', at, { A: { [at]: 0 }, B: { [at]: 0 } }).reason).toBe(
      'division by zero: B is 0',
    );
  });

  it('refuses a result too large to hold', () => {
    expect(evaluate('A * 10', at, { A: { [at]: 1e308 } })).toEqual({
      value: null,
      reason: 'overflow: A * 10 is too large',
    });
    expect(evaluate('A / 1e-300', at, { A: { [at]: 1e300 } }).reason).toBe(
      'overflow: A / 1e-300 is too large',
    );
  });

  it('refuses an input that is not a finite number', () => {
    expect(evaluate('A + 1', at, { A: { [at]: Number.NaN } }).reason).toBe(
      'the value of A for 2016/17-Q2 is not a finite number',
    );
  });

  it('refuses digits that round() cannot use', () => {
    expect(evaluate('round(A, 1.5)', at, { A: { [at]: 1 } }).reason).toBe(
      'round() needs a whole number of digits from -15 to 15, but 1.5 is 1.5',
    );
    expect(evaluate('round(A, 16)', at, { A: { [at]: 1 } }).value).toBeNull();
  });
});

describe('evaluateFormula: numerators, denominators and other periods', () => {
  it('reads the numerator and denominator of a figure', () => {
    const figures = { A: { '2016/17-Q2': { value: 25, numerator: 30, denominator: 120 } } };
    expect(evaluate('numerator(A) + denominator(A)', '2016/17-Q2', figures)).toEqual({ value: 150 });
    expect(evaluate('numerator(A)', '2016/17-Q2', { A: { '2016/17-Q2': 25 } })).toEqual({
      value: null,
      reason: 'A has no numerator for 2016/17-Q2',
    });
  });

  it('asks for the previous period and the same period last year, by offset and period', () => {
    const { context, asked } = contextFor('2016/17-Q1', {
      A: { '2016/17-Q1': 110, '2015/16-Q4': 100, '2015/16-Q1': 90 },
    });
    expect(evaluateFormula(parse('A - previous(A)'), context)).toEqual({ value: 10 });
    expect(evaluateFormula(parse('A - previous_year(A)'), context)).toEqual({ value: 20 });
    expect(asked.slice(1)).toEqual([
      { code: 'A', offset: -1, period: '2015/16-Q4' },
      { code: 'A', offset: 0, period: '2016/17-Q1' },
      { code: 'A', offset: -4, period: '2015/16-Q1' },
    ]);
  });

  it('steps back a year by twelve months, four quarters or one year', () => {
    const lastYear = (at: string) => {
      const { context, asked } = contextFor(at, {});
      evaluateFormula(parse('previous_year(A)'), context);
      return asked[0];
    };
    expect(lastYear('2016-08')).toEqual({ code: 'A', offset: -12, period: '2015-08' });
    expect(lastYear('2016-Q3')).toEqual({ code: 'A', offset: -4, period: '2015-Q3' });
    expect(lastYear('2016/17')).toEqual({ code: 'A', offset: -1, period: '2015/16' });
    expect(lastYear('AY2016/17')).toEqual({ code: 'A', offset: -1, period: 'AY2015/16' });
  });

  it('names the earlier period that has no figure', () => {
    expect(evaluate('previous_year(CP-ECO-02)', '2016/17-Q2', {}).reason).toBe(
      'CP-ECO-02 has no figure for 2015/16-Q2',
    );
  });
});

describe('evaluateFormula: year to date', () => {
  const quarters = { A: { '2016/17-Q1': 10, '2016/17-Q2': 20, '2016/17-Q3': 30, '2015/16-Q4': 1000 } };

  it('combines the quarters of the financial year so far by the measure’s rule', () => {
    expect(evaluate('ytd(A)', '2016/17-Q3', quarters)).toEqual({ value: 60 });
    expect(evaluate('ytd(A)', '2016/17-Q1', quarters)).toEqual({ value: 10 });
    expect(evaluate('previous(ytd(A))', '2016/17-Q3', quarters)).toEqual({ value: 30 });
  });

  it('hands the figures and their periods, oldest first, to the aggregation rule', () => {
    const seen: string[][] = [];
    evaluate('ytd(A)', '2016/17-Q3', quarters, {
      aggregate: (code, figures, periods) => {
        seen.push([code, ...periods.map(formatPeriod), ...figures.map((f) => String(f.value))]);
        return { figure: figures.at(-1)! };
      },
    });
    expect(seen).toEqual([['A', '2016/17-Q1', '2016/17-Q2', '2016/17-Q3', '10', '20', '30']]);
  });

  it('counts months from April, or from the year kind given', () => {
    const months = { A: { '2016-03': 1, '2016-04': 2, '2016-05': 4, '2015-09': 100 } };
    expect(evaluate('ytd(A)', '2016-05', months)).toEqual({ value: 6 });
    expect(
      evaluate(
        'ytd(A)',
        '2016-03',
        { A: { '2016-01': 1, '2016-02': 2, '2016-03': 3 } },
        { yearKind: 'calendar-year' },
      ),
    ).toEqual({ value: 6 });
  });

  it('compares with the year to date a year earlier', () => {
    const figures = { A: { '2016/17-Q1': 10, '2016/17-Q2': 20, '2015/16-Q1': 5, '2015/16-Q2': 5 } };
    expect(evaluate('ytd(A) - previous_year(ytd(A))', '2016/17-Q2', figures)).toEqual({ value: 20 });
  });

  it('reads the numerator of the combined year to date', () => {
    const figures = {
      A: {
        '2016/17-Q1': { value: 50, numerator: 1, denominator: 2 },
        '2016/17-Q2': { value: 25, numerator: 1, denominator: 4 },
      },
    };
    expect(evaluate('ratio(numerator(ytd(A)), denominator(ytd(A)), 100)', '2016/17-Q2', figures)).toEqual({
      value: (2 / 6) * 100,
    });
  });

  it('has no figure when a period of the year so far is missing, naming it', () => {
    expect(evaluate('ytd(A)', '2016/17-Q3', { A: { '2016/17-Q2': 1, '2016/17-Q3': 1 } }).reason).toBe(
      'A has no figure for 2016/17-Q1 (needed for the year to date)',
    );
  });

  it('says so when no aggregation rule was given, or the rule gives nothing', () => {
    expect(evaluate('ytd(A)', '2016/17-Q1', quarters, { aggregate: undefined }).reason).toBe(
      'the year to date of A cannot be worked out here: no aggregation rule was given',
    );
    expect(evaluate('ytd(A)', '2016/17-Q1', quarters, { aggregate: () => ({ figure: null }) }).reason).toBe(
      'the year to date of A to 2016/17-Q1 could not be combined',
    );
    const refusal = { figure: null, reason: 'a rate needs a positive "per N" (ratePer) to be combined' };
    expect(evaluate('ytd(A)', '2016/17-Q1', quarters, { aggregate: () => refusal }).reason).toBe(
      'the year to date of A to 2016/17-Q1 could not be combined: a rate needs a positive "per N" (ratePer) to be combined',
    );
  });
});

describe('evaluateFormula: size', () => {
  it('works out and prints the longest formula allowed without running out of stack', () => {
    const text = `${'A+'.repeat(1999)}A`;
    const formula = parse(text);
    expect(formatFormula(formula)).toHaveLength(3999 + 2 * 1999);
    expect(evaluateFormula(formula, contextFor('2016/17-Q2', { A: { '2016/17-Q2': 2 } }).context)).toEqual({
      value: 4000,
    });
  });
});
