import { describe, expect, it } from 'vitest';
import { defaultValidationSettings, validateFigure } from './rules.js';
import { applySettingsChange, checkValidationSettings } from './settings.js';
import { periodKindProblem } from './period-kind.js';
import { period } from '../period.js';

describe('a measure’s own validation settings', () => {
  it('keeps the unit’s defaults for whatever a change leaves out', () => {
    const settings = applySettingsChange('percent', { maximum: 80, severity: { range: 'warning' } });
    expect(settings).toEqual({
      ...defaultValidationSettings('percent'),
      maximum: 80,
      severity: { ...defaultValidationSettings('percent').severity, range: 'warning' },
    });
    expect(applySettingsChange('number', {}).maximum).toBeNull();
  });

  it('names every setting that could never work', () => {
    const bad = applySettingsChange('percent', {
      minimum: 10,
      maximum: 5,
      outlierThreshold: 0,
      jumpShare: -1,
    });
    expect(checkValidationSettings(bad)).toEqual([
      'maximum: 5 is below the minimum 10; expected a maximum at or above it',
      "outlierThreshold: must be a number above 0, e.g. 3 (DHIS2's default)",
      'jumpShare: must be a share above 0, e.g. 0.5 for a change of more than 50%',
    ]);
    expect(checkValidationSettings(defaultValidationSettings('percent'))).toEqual([]);
  });

  it('skips a rule that is switched off, and blocks with one made an error', () => {
    const figure = { value: 30, numerator: null, denominator: null, hasCommentary: false };
    const context = { isProportion: true, rag: null, history: [], previous: 10 };
    const off = applySettingsChange('percent', { severity: { 'jump-from-last-period': 'off' } });
    expect(validateFigure(figure, context, off)).toEqual([]);
    const error = applySettingsChange('percent', { severity: { 'jump-from-last-period': 'error' } });
    expect(validateFigure(figure, context, error).map((f) => f.severity)).toEqual(['error']);
  });
});

describe('the kind of period a measure takes', () => {
  const quarterly = { id: 'CP-ECO-01', frequency: 'quarterly', yearKind: 'financial' } as const;
  it('accepts a period of its kind and names the form and an example otherwise', () => {
    expect(periodKindProblem(quarterly, period('2016/17-Q2'))).toBeNull();
    expect(periodKindProblem(quarterly, period('2016-08'))).toBe(
      '2016-08 is a month, but CP-ECO-01 is reported quarterly for a financial quarter: expected the form YYYY/YY-Qn, e.g. 2016/17-Q2',
    );
    expect(periodKindProblem({ id: 'A', frequency: 'annual', yearKind: 'academic' }, period('2016'))).toBe(
      '2016 is a calendar year, but A is reported annually for an academic year: expected the form AYYYYY/YY, e.g. AY2015/16',
    );
  });
});
