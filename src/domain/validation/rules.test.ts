import { describe, expect, it } from 'vitest';
import {
  defaultValidationSettings,
  validateFigure,
  type FigureToValidate,
  type ValidationContext,
} from './rules.js';

const figure = (over: Partial<FigureToValidate> = {}): FigureToValidate => ({
  value: 64.5,
  numerator: 645,
  denominator: 1000,
  hasCommentary: false,
  ...over,
});
const context = (over: Partial<ValidationContext> = {}): ValidationContext => ({
  isProportion: true,
  rag: 'green',
  history: [],
  previous: null,
  ...over,
});
const percent = defaultValidationSettings('percent');
const rulesOf = (f: FigureToValidate, c: ValidationContext, s = percent) =>
  validateFigure(f, c, s).map((x) => `${x.severity} ${x.rule}`);

describe('validating a figure', () => {
  it('passes a figure within range, below its denominator, green and in line with its history', () => {
    expect(rulesOf(figure(), context({ history: [63, 64, 65, 66], previous: 64 }))).toEqual([]);
  });

  it('refuses a percentage outside 0 to 100, naming the field and the range', () => {
    const [finding] = validateFigure(figure({ value: 104.2, numerator: null }), context(), percent);
    expect(finding).toEqual({
      rule: 'range',
      severity: 'error',
      message: 'value: 104.2 is outside the allowed range 0 to 100',
    });
    expect(rulesOf(figure({ value: -1 }), context())).toEqual(['error range']);
    expect(rulesOf(figure({ value: 104.2 }), context(), defaultValidationSettings('number'))).toEqual([]);
  });

  it('refuses a share whose numerator is above its denominator', () => {
    expect(rulesOf(figure({ numerator: 1001 }), context())).toEqual(['error numerator-within-denominator']);
    expect(rulesOf(figure({ numerator: 1001 }), context({ isProportion: false }))).toEqual([]);
  });

  it('warns when a red figure comes without commentary, and not when it has some', () => {
    expect(rulesOf(figure(), context({ rag: 'red' }))).toEqual(['warning commentary-when-red']);
    expect(rulesOf(figure({ hasCommentary: true }), context({ rag: 'red' }))).toEqual([]);
  });

  it('warns of an outlier by both scores above 3, and of a jump of more than half from last period', () => {
    const history = [10, 12, 11, 13, 9];
    expect(rulesOf(figure({ value: 16, numerator: null }), context({ history, previous: 11 }))).toEqual([
      'warning outlier-z-score',
      'warning outlier-modified-z-score',
    ]);
    // z 2.83 and modified z 2.70: not outliers
    expect(rulesOf(figure({ value: 15, numerator: null }), context({ history }))).toEqual([]);
    expect(rulesOf(figure({ value: 30, numerator: null }), context({ previous: 19.9 }))).toEqual([
      'warning jump-from-last-period',
    ]);
    expect(rulesOf(figure({ value: 29, numerator: null }), context({ previous: 20 }))).toEqual([]);
  });
});
