import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { linearTrend } from './linear-trend.js';
import { yearEndOutturn } from './outturn.js';
import { forecastYearEnd, forecastYearEndOutcome, type YearEndForecastInput } from './year-end.js';

// Six months averaging 100 with a sample standard deviation of √50.
const HALF_YEAR = [100, 110, 90, 100, 105, 95];
// t(0.975, 5) = 2.570582 from the tables; six months to come after six reported: √(6 + 36/6).
const HALF_WIDTH = 2.570582 * Math.sqrt(50) * Math.sqrt(12);

const totals = (overrides: Partial<YearEndForecastInput> = {}): YearEndForecastInput => ({
  values: HALF_YEAR,
  periodsInYear: 12,
  target: 1300,
  polarity: 'higher-better',
  aggregation: 'sum',
  ...overrides,
});

describe('year-end forecast: year-to-date projection', () => {
  it('projects a total at the average so far, with a t-based likely range', () => {
    const result = forecastYearEnd(totals())!;
    expect(result.method).toBe('ytd-projection');
    expect(result.forecast).toBe(1200);
    expect(result.forecast).toBe(yearEndOutturn(HALF_YEAR, 6, 12, 'sum'));
    expect(result.lower).toBeCloseTo(1200 - HALF_WIDTH, 4);
    expect(result.upper).toBeCloseTo(1200 + HALF_WIDTH, 4);
  });

  it('is at risk when the target is above the whole likely range and higher is better', () => {
    const result = forecastYearEnd(totals({ target: 1300 }))!;
    expect(result.atRisk).toBe(true);
    expect(result.reason).toEqual({
      verdict: 'likely-to-miss',
      compared: 'likely-range',
      methodChoice: 'default',
      periodsReported: 6,
      periodsInYear: 12,
      confidence: 0.95,
      target: 1300,
    });
  });

  it('is not at risk when the target lies within the likely range, or below it', () => {
    expect(forecastYearEnd(totals({ target: 1250 }))).toMatchObject({
      atRisk: false,
      reason: { verdict: 'could-go-either-way' },
    });
    expect(forecastYearEnd(totals({ target: 1100 }))).toMatchObject({
      atRisk: false,
      reason: { verdict: 'likely-to-meet' },
    });
  });

  it('turns the judgement round when lower is better', () => {
    expect(forecastYearEnd(totals({ target: 1100, polarity: 'lower-better' }))!.atRisk).toBe(true);
    expect(forecastYearEnd(totals({ target: 1300, polarity: 'lower-better' }))!.atRisk).toBe(false);
  });

  it('projects a mean measure at its year-to-date value, with a range a twelfth as wide', () => {
    const result = forecastYearEnd(totals({ aggregation: 'mean', target: 95 }))!;
    expect(result.forecast).toBe(100);
    expect(result.upper! - result.forecast).toBeCloseTo(HALF_WIDTH / 12, 4);
  });

  it('gives the actual outturn, with no range to speak of, once the year is complete', () => {
    const year = [...HALF_YEAR, ...HALF_YEAR];
    expect(forecastYearEnd(totals({ values: year, target: 1201 }))).toMatchObject({
      forecast: 1200,
      lower: 1200,
      upper: 1200,
      atRisk: true,
    });
  });

  it('compares the forecast alone when one figure gives no range', () => {
    const result = forecastYearEnd(totals({ values: [100], target: 1300 }))!;
    expect(result).toMatchObject({ forecast: 1200, lower: null, upper: null, atRisk: true });
    expect(result.reason).toMatchObject({ compared: 'forecast', confidence: null });
  });
});

describe('year-end forecast: linear trend', () => {
  it('is the default for latest-value measures and follows the line to the last period', () => {
    const result = forecastYearEnd(totals({ values: [10, 12, 14, 16], aggregation: 'latest', target: 30 }))!;
    expect(result.method).toBe('linear-trend');
    expect(result.forecast).toBeCloseTo(32, 10);
    expect(result.upper).toBeCloseTo(32, 10);
    expect(result.atRisk).toBe(false);
  });

  it("gives a latest-value measure the trend's prediction interval at the year's last period", () => {
    const values = [10, 13, 13, 17, 17, 21];
    const result = forecastYearEnd(totals({ values, aggregation: 'latest', target: null }))!;
    const line = linearTrend(values.map((y, x) => ({ x, y })))!.predict(11)!;
    expect(result.forecast).toBeCloseTo(line.value, 12);
    expect(result.lower).toBeCloseTo(line.lower, 12);
    expect(result.upper).toBeCloseTo(line.upper, 12);
    expect(result.reason.verdict).toBe('no-target');
  });

  it('with one period to come, gives a total the prediction interval of that period', () => {
    const values = [10, 13, 13, 17, 17, 21, 22, 24, 27, 28, 31];
    const result = forecastYearEnd(totals({ values, method: 'linear-trend', target: null }))!;
    const reported = values.reduce((a, b) => a + b, 0);
    const line = linearTrend(values.map((y, x) => ({ x, y })))!.predict(11)!;
    expect(result.reason.methodChoice).toBe('requested');
    expect(result.forecast).toBeCloseTo(reported + line.value, 10);
    expect(result.lower).toBeCloseTo(reported + line.lower, 10);
    expect(result.upper).toBeCloseTo(reported + line.upper, 10);
  });

  it('fills in the periods to come along the line for a total', () => {
    const result = forecastYearEnd(
      totals({ values: [10, 12, 14], periodsInYear: 4, method: 'linear-trend' }),
    )!;
    expect(result.forecast).toBeCloseTo(52, 10);
  });

  it("uses earlier years' figures to fit the line", () => {
    const result = forecastYearEnd(
      totals({ values: [16, 18], earlierValues: [10, 12, 14], aggregation: 'latest', periodsInYear: 4 }),
    )!;
    expect(result.reason.methodChoice).toBe('default');
    expect(result.forecast).toBeCloseTo(22, 10);
  });

  it('falls back to the year-to-date projection when fewer than three figures can be fitted', () => {
    const result = forecastYearEnd(totals({ values: [16, 18], aggregation: 'latest', target: 20 }))!;
    expect(result).toMatchObject({ method: 'ytd-projection', forecast: 18, lower: null, atRisk: true });
    expect(result.reason).toMatchObject({ methodChoice: 'fallback', compared: 'forecast' });
  });
});

describe('year-end forecast: what it will not do', () => {
  it('gives nothing without a figure this year, or for input that cannot describe a year', () => {
    expect(forecastYearEnd(totals({ values: [] }))).toBeNull();
    expect(forecastYearEnd(totals({ values: [null, null] }))).toBeNull();
    expect(forecastYearEnd(totals({ periodsInYear: 0 }))).toBeNull();
    expect(forecastYearEnd(totals({ periodsInYear: 4 }))).toBeNull();
    expect(forecastYearEnd(totals({ confidence: 1.5 }))).toBeNull();
  });

  it('never calls a neutral measure at risk', () => {
    expect(forecastYearEnd(totals({ polarity: 'neutral', target: 5000 }))).toMatchObject({
      atRisk: false,
      reason: { verdict: 'no-direction' },
    });
  });

  it('judges a band target by the whole likely range', () => {
    expect(
      forecastYearEnd(totals({ polarity: 'within-band', target: { lower: 1000, upper: 1100 } }))!.atRisk,
    ).toBe(true);
    expect(
      forecastYearEnd(totals({ polarity: 'within-band', target: { lower: 1000, upper: 1400 } }))!.atRisk,
    ).toBe(false);
  });

  it('always brackets its forecast, and is at risk exactly when likely to miss', () => {
    const figure = fc.option(fc.double({ min: -1e4, max: 1e4, noNaN: true }), { freq: 5 });
    fc.assert(
      fc.property(
        fc.array(figure, { minLength: 1, maxLength: 12 }),
        fc.constantFrom('sum', 'mean', 'ratio', 'latest'),
        fc.constantFrom('ytd-projection', 'linear-trend'),
        fc.double({ min: -1e5, max: 1e5, noNaN: true }),
        (values, aggregation, method, target) => {
          // A ratio's periods of different sizes, each x of n giving the figure as a percentage.
          const denominators = values.map((_, i) => 100 + i * 37);
          const numerators = values.map((v, i) => (v === null ? null : (v * denominators[i]!) / 100));
          const result = forecastYearEnd({
            values,
            periodsInYear: 12,
            target,
            polarity: 'higher-better',
            aggregation,
            method,
            numerators,
            denominators,
            ratioFactor: 100,
          });
          if (result === null) {
            expect(values.every((v) => v === null)).toBe(true);
            return;
          }
          expect(Number.isFinite(result.forecast)).toBe(true);
          if (result.lower !== null) {
            expect(result.lower).toBeLessThanOrEqual(result.forecast);
            expect(result.forecast).toBeLessThanOrEqual(result.upper!);
          }
          expect(result.atRisk).toBe(result.reason.verdict === 'likely-to-miss');
        },
      ),
    );
  });
});

describe('year-end forecast: ratio measures', () => {
  // Two months of a percentage: 50 of 100 (50%) and 90 of 900 (10%).
  const ratio = (overrides: Partial<YearEndForecastInput> = {}): YearEndForecastInput => ({
    values: [50, 10],
    numerators: [50, 90],
    denominators: [100, 900],
    ratioFactor: 100,
    periodsInYear: 12,
    target: 20,
    polarity: 'higher-better',
    aggregation: 'ratio',
    ...overrides,
  });

  it('forecasts the ratio of the summed numerators and denominators, not the average of the months', () => {
    // 140 of 1,000 is 14%; an average of 50% and 10% would be 30%.
    expect(forecastYearEnd(ratio())!.forecast).toBeCloseTo(14, 12);
  });

  // Six months alternating 50 of 100 and 90 of 900: 420 of 3,000, 14% so far.
  const sixMonths = ratio({
    values: [50, 10, 50, 10, 50, 10],
    numerators: [50, 90, 50, 90, 50, 90],
    denominators: [100, 900, 100, 900, 100, 900],
    target: 30,
  });

  it('weights each month by its denominator in the likely range', () => {
    const result = forecastYearEnd(sixMonths)!;
    // Weights 100/500 and 900/500: Σ w (r − 14)² = 3 × (0.2 × 36² + 1.8 × 4²) = 864 on 5 degrees of
    // freedom; t(0.975, 5) = 2.5705818; six months to come after six: √(6 + 36/6), over 12 months.
    const halfWidth = (2.570581835636314 * Math.sqrt(864 / 5) * Math.sqrt(12)) / 12;
    expect(result.forecast).toBeCloseTo(14, 12);
    expect(result.upper).toBeCloseTo(14 + halfWidth, 9);
    expect(result.lower).toBeCloseTo(14 - halfWidth, 9);
    // An average of the months (30%) would have met a target of 30%; the year's ratio is well short.
    expect(result.atRisk).toBe(true);
  });

  it('keeps the likely range of a share within 0% and 100%', () => {
    const result = forecastYearEnd(ratio())!;
    expect(result.lower).toBe(0);
    expect(result.upper).toBe(100);
  });

  it('gives the same forecast and range as a mean measure when every denominator is the same', () => {
    const values = [70, 72.5, 68, 71];
    const equal = forecastYearEnd(
      ratio({ values, numerators: values.map((v) => v * 2), denominators: [200, 200, 200, 200] }),
    )!;
    const mean = forecastYearEnd(ratio({ values, aggregation: 'mean', numerators: undefined }))!;
    expect(equal.forecast).toBeCloseTo(mean.forecast, 12);
    expect(equal.lower).toBeCloseTo(mean.lower!, 12);
    expect(equal.upper).toBeCloseTo(mean.upper!, 12);
  });

  it('follows the trend for the months to come, each weighed as a month of average size', () => {
    // 10 of 100, 20 of 100 and 120 of 400; the line through 10%, 20%, 30% gives 40% for the last
    // quarter, of the average 200: (150 + 80) of (600 + 200) is 28.75%.
    const result = forecastYearEnd(
      ratio({
        values: [10, 20, 30],
        numerators: [10, 20, 120],
        denominators: [100, 100, 400],
        periodsInYear: 4,
        method: 'linear-trend',
      }),
    )!;
    expect(result.method).toBe('linear-trend');
    expect(result.forecast).toBeCloseTo(28.75, 10);
  });

  it('gives no forecast, and says why, when a month has no numerator and denominator', () => {
    expect(forecastYearEndOutcome(ratio({ numerators: [50, null] }))).toEqual({
      forecast: null,
      reason:
        "a ratio's year is forecast from its numerators and denominators, and 1 of the 2 figures this year has none",
    });
    expect(forecastYearEnd(ratio({ numerators: undefined, denominators: undefined }))).toBeNull();
    expect(forecastYearEndOutcome(ratio({ denominators: [0, 0] })).reason).toBe(
      "this year's denominators add up to 0, so there is no ratio",
    );
  });

  it('says why there is no forecast for a year with no figures or that cannot be a year', () => {
    expect(forecastYearEndOutcome(totals({ values: [null] })).reason).toBe(
      'there is no figure for this year yet',
    );
    expect(forecastYearEndOutcome(totals({ periodsInYear: 4 })).reason).toBe(
      '6 figures are more than the 4 periods of a year',
    );
  });
});
