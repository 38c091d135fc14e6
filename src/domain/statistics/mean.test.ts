import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { meanInterval } from './mean.js';

function relativeError(actual: number, expected: number): number {
  return Math.abs(actual - expected) / Math.abs(expected);
}

describe('meanInterval', () => {
  // The example in PHEindicatormethods' phe_mean documentation: values 30, 40, 50, 60.
  // Expected limits: mean ∓ |qt(p, 3)| sd/√n evaluated to 50 digits with mpmath.
  it.each([
    [0.95, 24.45739743239479, 65.54260256760521],
    [0.998, -20.934519589464987, 110.93451958946498],
  ])('matches phe_mean for 30, 40, 50, 60 at %s', (confidence, lower, upper) => {
    const interval = meanInterval([30, 40, 50, 60], confidence)!;
    expect(interval.value).toBe(45);
    expect(interval.n).toBe(4);
    expect(relativeError(interval.sd, 12.909944487358056)).toBeLessThan(1e-15);
    expect(relativeError(interval.lower, lower)).toBeLessThan(1e-10);
    expect(relativeError(interval.upper, upper)).toBeLessThan(1e-10);
  });

  it('collapses to the value when every value is the same', () => {
    expect(meanInterval([7, 7, 7], 0.95)).toEqual({ value: 7, lower: 7, upper: 7, sd: 0, n: 3 });
  });

  it('has no answer with fewer than two values, a non-finite value or a bad confidence', () => {
    expect(meanInterval([], 0.95)).toBeNull();
    expect(meanInterval([3], 0.95)).toBeNull();
    expect(meanInterval([3, Number.NaN], 0.95)).toBeNull();
    expect(meanInterval([3, Infinity], 0.95)).toBeNull();
    expect(meanInterval([3, 4], 0)).toBeNull();
  });

  it('is centred on the mean and widens from 95% to 99.8%', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 2, maxLength: 60 }),
        (values) => {
          const narrow = meanInterval(values, 0.95)!;
          const wide = meanInterval(values, 0.998)!;
          expect(narrow.lower).toBeLessThanOrEqual(narrow.value);
          expect(narrow.value).toBeLessThanOrEqual(narrow.upper);
          expect(Math.abs(narrow.value - narrow.lower - (narrow.upper - narrow.value))).toBeLessThan(1e-6);
          expect(wide.lower).toBeLessThanOrEqual(narrow.lower);
          expect(wide.upper).toBeGreaterThanOrEqual(narrow.upper);
        },
      ),
    );
  });
});
