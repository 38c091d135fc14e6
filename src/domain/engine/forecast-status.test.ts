import { describe, expect, it } from 'vitest';
import { computeMeasureStatus } from './measure-status.js';
import { measure, quarters } from './test-fixtures.js';
import type { MeasureDefinition } from './types.js';
import { computeMeasureVerdicts } from './verdicts.js';

const monthly: MeasureDefinition = { ...measure, frequency: 'monthly', dueLagDays: 30 };
const target20 = [{ period: '2017/18', value: 20, lower: null, upper: null, tolerance: null }];

describe('the year-end forecast in a status', () => {
  it("forecasts a ratio measure from the year's summed numerators and denominators", () => {
    // 50 of 100 (50%) in April and 90 of 900 (10%) in May: 140 of 1,000 is 14%, not 30%.
    const series = {
      start: '2017-04',
      figures: [
        { value: 50, numerator: 50, denominator: 100 },
        { value: 10, numerator: 90, denominator: 900 },
      ],
    };
    const status = computeMeasureVerdicts(monthly, series, target20, [], '2017-06-10');
    expect(status.period).toBe('2017-05');
    expect(status.forecast?.forecast).toBeCloseTo(14, 12);
    expect(status.forecastReason).toBeNull();
  });

  it('gives no forecast for a ratio whose figures have no numerator and denominator, and says why', () => {
    const series = { start: '2017-04', figures: [{ value: 50 }, { value: 10 }] };
    const status = computeMeasureVerdicts(monthly, series, target20, [], '2017-06-10');
    expect(status.forecast).toBeNull();
    expect(status.forecastReason).toBe(
      "a ratio's year is forecast from its numerators and denominators, and 2 of the 2 figures this year have none",
    );
  });

  it('says why an annual measure has no forecast', () => {
    const annual: MeasureDefinition = { ...measure, frequency: 'annual' };
    const status = computeMeasureVerdicts(
      annual,
      { start: '2016/17', figures: [{ value: 70 }] },
      [],
      [],
      '2017-05-01',
    );
    expect(status.forecast).toBeNull();
    expect(status.forecastReason).toBe(
      "an annual measure's figure is its year's: there is nothing to forecast",
    );
  });

  it('judges a band measure with only a target value by a band of that one value, in SPC and forecast', () => {
    const band: MeasureDefinition = {
      ...measure,
      polarity: 'within-band',
      aggregation: 'mean',
      tolerance: 1,
    };
    const result = computeMeasureStatus(
      band,
      quarters([50, 52, 51, 49, 60, 61, 59, 62, 58, 60]),
      [{ period: '2017/18', value: 50, lower: null, upper: null, tolerance: null }],
      [],
      '2017-10-01',
    );
    expect(result.period).toBe('2017/18-Q2');
    expect(result.rag.status).toBe('red');
    expect(result.spc?.assurance).toBe('consistently_failing');
    expect(result.forecast?.reason).toMatchObject({
      verdict: 'likely-to-miss',
      target: { lower: 50, upper: 50 },
    });
  });
});
