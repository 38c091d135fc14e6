import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateFormula } from '../formula/evaluate.js';
import { parseFormula } from '../formula/parse.js';
import { period } from '../period.js';
import {
  cleanDifference,
  formatDate,
  formatFigure,
  formatNumber,
  formatSetFigure,
  roundToDecimals,
} from './format.js';

describe('figures in words', () => {
  it('writes numbers with thousands separators and a fixed number of decimals', () => {
    expect(formatNumber(1234567.891, 2)).toBe('1,234,567.89');
    expect(formatNumber(0.05, 1)).toBe('0.1');
    expect(formatNumber(-0.04, 1)).toBe('0.0');
    expect(formatNumber(-12.5, 0)).toBe('-13');
    expect(formatNumber(0.007, 3)).toBe('0.007');
    expect(formatNumber(999.96, 1)).toBe('1,000.0');
    expect(formatNumber(80, 3, true)).toBe('80');
    expect(formatNumber(80.25, 3, true)).toBe('80.25');
    expect(formatNumber(1e300, 1)).toBe('1e+300');
  });

  it('rounds halves away from zero, as a spreadsheet does', () => {
    expect(roundToDecimals(4.35, 1)).toBe(4.4);
    expect(formatNumber(4.35, 1)).toBe('4.4');
    expect(roundToDecimals(-2.5, 0)).toBe(-3);
    expect(roundToDecimals(1e20, 2)).toBe(1e20);
  });

  it('rounds as written: 1.005 to two places is 1.01, and 2.675 is 2.68', () => {
    expect(roundToDecimals(1.005, 2)).toBe(1.01);
    expect(roundToDecimals(-1.005, 2)).toBe(-1.01);
    expect(roundToDecimals(2.675, 2)).toBe(2.68);
    expect(formatNumber(1.005, 2)).toBe('1.01');
    expect(formatNumber(-2.675, 2)).toBe('-2.68');
  });

  it("rounds exactly as a formula's round() does", () => {
    const parsed = parseFormula('round(A, D)');
    if (!parsed.ok) throw new Error('the formula should parse');
    const at = period('2017-06');
    fc.assert(
      fc.property(fc.double({ min: -1e9, max: 1e9, noNaN: true }), fc.integer({ min: 0, max: 6 }), (x, d) => {
        const result = evaluateFormula(parsed.formula, {
          period: at,
          figureOf: (code) => ({ value: code === 'A' ? x : d }),
        });
        expect(result.value).toBe(roundToDecimals(x, d));
      }),
    );
    const halves = [1.005, 2.675, -1.005, 0.285, 8.345];
    for (const x of halves) {
      const result = evaluateFormula(parsed.formula, {
        period: at,
        figureOf: (code) => ({ value: code === 'A' ? x : 2 }),
      });
      expect(result.value).toBe(roundToDecimals(x, 2));
    }
  });

  it('writes the very figure that is judged', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e9, max: 1e9, noNaN: true }), fc.integer({ min: 0, max: 4 }), (x, d) => {
        const written = Number(formatNumber(x, d).replace(/,/g, ''));
        return written === roundToDecimals(x, d) || (written === 0 && roundToDecimals(x, d) === 0);
      }),
    );
  });

  it('writes each unit as people read it', () => {
    const style = { decimals: 1, ratePer: 1000 } as const;
    expect(formatFigure(71.23, { ...style, unit: 'percent' })).toBe('71.2%');
    expect(formatFigure(-1500, { ...style, unit: 'currency', decimals: 0 })).toBe('-£1,500');
    expect(formatFigure(5.24, { ...style, unit: 'rate' })).toBe('5.2 per 1,000');
    expect(formatFigure(1, { ...style, unit: 'days', decimals: 0 })).toBe('1 day');
    expect(formatSetFigure(80, { ...style, unit: 'percent' })).toBe('80%');
  });

  it('removes binary noise from differences', () => {
    expect(80 - 71.2).not.toBe(8.8);
    expect(cleanDifference(80 - 71.2)).toBe(8.8);
    expect(cleanDifference(0.1 + 0.2 - 0.3)).toBe(0);
  });

  it('writes dates as people do', () => {
    expect(formatDate('2017-11-04')).toBe('4 November 2017');
    expect(formatDate('not a date')).toBe('not a date');
  });
});
