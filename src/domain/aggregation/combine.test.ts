import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { combineFigures, ratioFactor } from './combine.js';
import { wardsToAuthority } from './wards.js';

const percent = { unit: 'percent', ratePer: null } as const;

describe('combining figures', () => {
  it('adds counts and keeps their numerators and denominators when every figure has them', () => {
    const result = combineFigures(
      [
        { value: 3, numerator: 3, denominator: 10 },
        { value: 4, numerator: 4, denominator: 12 },
      ],
      'sum',
    );
    expect(result).toEqual({ figure: { value: 7, numerator: 7, denominator: 22 }, reason: null });
  });

  it('averages figures for a mean measure', () => {
    expect(combineFigures([{ value: 2 }, { value: 4 }, { value: 9 }], 'mean').figure?.value).toBe(5);
  });

  it('divides summed numerators by summed denominators and scales a percentage by 100', () => {
    const result = combineFigures(
      [
        { value: 50, numerator: 1, denominator: 2 },
        { value: 90, numerator: 9, denominator: 10 },
      ],
      'ratio',
      percent,
    );
    // (1 + 9) / (2 + 10) = 83.3%, not the 70% an average of the two percentages would give.
    expect(result.figure?.value).toBeCloseTo(83.333333333, 8);
    expect(result.figure?.numerator).toBe(10);
    expect(result.figure?.denominator).toBe(12);
  });

  it('scales a rate by its "per N"', () => {
    const result = combineFigures(
      [
        { value: null, numerator: 12, denominator: 4000 },
        { value: null, numerator: 8, denominator: 6000 },
      ],
      'ratio',
      { unit: 'rate', ratePer: 1000 },
    );
    expect(result.figure?.value).toBeCloseTo(2, 12);
  });

  it('refuses a rate with no "per N" rather than guessing one', () => {
    expect(ratioFactor({ unit: 'rate', ratePer: null }).factor).toBeNull();
    const result = combineFigures([{ value: 1, numerator: 1, denominator: 2 }], 'ratio', {
      unit: 'rate',
      ratePer: null,
    });
    expect(result.figure).toBeNull();
    expect(result.reason).toMatch(/per N/);
  });

  it('takes the last figure for a latest measure, and refuses when the last one is missing', () => {
    expect(combineFigures([{ value: 1 }, { value: 8 }], 'latest').figure?.value).toBe(8);
    const missing = combineFigures(
      [{ value: 1 }, null],
      'latest',
      undefined,
      (i) => ['2015-04', '2015-05'][i]!,
    );
    expect(missing).toEqual({ figure: null, reason: 'the latest figure (2015-05) is missing' });
  });

  it('names the missing figures instead of adding up what is there', () => {
    const names = ['2015-04', '2015-05', '2015-06'];
    const result = combineFigures([{ value: 1 }, null, { value: null }], 'sum', undefined, (i) => names[i]!);
    expect(result).toEqual({ figure: null, reason: '2 of 3 figures are missing (2015-05 and 2015-06)' });
  });

  it('gives no ratio when the denominators add up to 0', () => {
    const result = combineFigures([{ value: null, numerator: 0, denominator: 0 }], 'ratio', percent);
    expect(result.figure).toBeNull();
    expect(result.reason).toMatch(/add up to 0/);
  });

  it('gives no answer for an empty list', () => {
    for (const rule of ['sum', 'mean', 'ratio', 'latest'] as const) {
      expect(combineFigures([], rule).figure).toBeNull();
    }
  });

  it('never returns NaN or Infinity, whatever the figures', () => {
    const part = fc.option(fc.oneof(fc.double(), fc.integer({ min: -5, max: 5 })), { nil: null });
    const figure = fc.option(fc.record({ value: part, numerator: part, denominator: part }), { nil: null });
    fc.assert(
      fc.property(fc.array(figure), fc.constantFrom('sum', 'mean', 'ratio', 'latest'), (figures, rule) => {
        const result = combineFigures(figures, rule, percent);
        if (result.figure === null) return result.reason.length > 0;
        const { value, numerator, denominator } = result.figure;
        return [value, numerator ?? 0, denominator ?? 0].every((x) => x !== null && Number.isFinite(x));
      }),
    );
  });

  it('gives the same ratio however the periods are grouped first', () => {
    const counts = fc.array(
      fc.tuple(fc.integer({ min: 0, max: 500 }), fc.integer({ min: 1, max: 500 })).map(([n, extra]) => ({
        value: null,
        numerator: n,
        denominator: n + extra,
      })),
      { minLength: 2, maxLength: 12 },
    );
    fc.assert(
      fc.property(counts, fc.nat(), (figures, cut) => {
        const split = 1 + (cut % (figures.length - 1));
        const whole = combineFigures(figures, 'ratio', percent).figure!;
        const parts = [figures.slice(0, split), figures.slice(split)].map(
          (part) => combineFigures(part, 'ratio', percent).figure!,
        );
        const regrouped = combineFigures(parts, 'ratio', percent).figure!;
        return Math.abs(whole.value! - regrouped.value!) < 1e-9;
      }),
    );
  });
});

describe('wards to the authority', () => {
  const wards = [
    { areaCode: 'E05000001', figure: { value: 10, numerator: 1, denominator: 10 } },
    { areaCode: 'E05000002', figure: { value: 30, numerator: 27, denominator: 90 } },
  ];

  it('adds up counts', () => {
    expect(wardsToAuthority(wards, 'sum').figure?.value).toBe(40);
  });

  it('takes the ratio of the summed numerators and denominators, never an average of ward rates', () => {
    // 28 / 100 = 28%, where the average of 10% and 30% would be 20%.
    expect(wardsToAuthority(wards, 'ratio', percent).figure?.value).toBeCloseTo(28, 12);
  });

  it('refuses to combine a mean or a latest measure across wards', () => {
    for (const rule of ['mean', 'latest'] as const) {
      const result = wardsToAuthority(wards, rule);
      expect(result.figure).toBeNull();
      expect(result.reason).toContain(`'${rule}'`);
    }
  });

  it('refuses when any ward is missing and names it', () => {
    const result = wardsToAuthority([...wards, { areaCode: 'E05000003', figure: null }], 'sum');
    expect(result).toEqual({
      figure: null,
      reason: "the authority's figure needs every ward, and E05000003 has no figure",
    });
  });

  it('refuses a ratio when a ward has only its rate', () => {
    const result = wardsToAuthority(
      [wards[0]!, { areaCode: 'E05000009', figure: { value: 12, numerator: null, denominator: null } }],
      'ratio',
      percent,
    );
    expect(result.figure).toBeNull();
    expect(result.reason).toContain('ward E05000009 has no numerator and denominator');
  });
});
