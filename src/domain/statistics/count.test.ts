import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { byarsInterval, exactPoissonInterval } from './count.js';

function relativeError(actual: number, expected: number): number {
  return Math.abs(actual - expected) / Math.abs(expected);
}

/** P(K ≤ k) for K ~ Poisson(mean), summed term by term: an independent check on the chi-squared route. */
function poissonAtMost(k: number, mean: number): number {
  let term = Math.exp(-mean);
  let sum = term;
  for (let j = 1; j <= k; j++) {
    term *= mean / j;
    sum += term;
  }
  return sum;
}

describe('byarsInterval', () => {
  it('gives PHE’s published limits for 65 events at 95%', () => {
    // Published check for PHEindicatormethods' byars_lower(65) / byars_upper(65).
    expect(byarsInterval(65, 0.95)).toEqual({ lower: 50.163187710459454, upper: 82.84913854593984 });
  });

  // Inputs of PHEindicatormethods' tests/testthat/testByars.R (1045 and 1 at 95%, 10 at 99.8%);
  // expected limits are Byar's formula evaluated to 50 digits with mpmath.
  it.each([
    [1045, 0.95, 982.5932018073327, 1110.33121298565],
    [10, 0.998, 2.9163183746956856, 24.193724927880538],
    [1, 0.95, 0.013072132901504345, 5.563755582475261],
  ])('matches Byar’s formula for %s events at %s', (x, confidence, lower, upper) => {
    const limits = byarsInterval(x, confidence)!;
    expect(relativeError(limits.lower, lower)).toBeLessThan(1e-12);
    expect(relativeError(limits.upper, upper)).toBeLessThan(1e-12);
  });

  it('has no answer for no events, a negative or non-finite count, or a lower limit below zero', () => {
    expect(byarsInterval(0, 0.95)).toBeNull();
    expect(byarsInterval(-3, 0.95)).toBeNull();
    expect(byarsInterval(Number.NaN, 0.95)).toBeNull();
    expect(byarsInterval(Infinity, 0.95)).toBeNull();
    // x(1 − 1/9x − z/3√x)³ < 0 for one event at 99.8% (z = 3.09): PHE reports NA.
    expect(byarsInterval(1, 0.998)).toBeNull();
    expect(byarsInterval(65, 0)).toBeNull();
  });

  it('comes within half a percent of the exact limits once there are 100 events', () => {
    fc.assert(
      fc.property(fc.integer({ min: 100, max: 100_000 }), (x) => {
        const byars = byarsInterval(x, 0.95)!;
        const exact = exactPoissonInterval(x, 0.95)!;
        expect(relativeError(byars.lower, exact.lower)).toBeLessThan(5e-3);
        expect(relativeError(byars.upper, exact.upper)).toBeLessThan(5e-3);
      }),
    );
  });
});

describe('exactPoissonInterval', () => {
  it('gives 0 to −ln(α/2) when no events were seen', () => {
    const limits = exactPoissonInterval(0, 0.95)!;
    expect(limits.lower).toBe(0);
    // qchisq(p, 2)/2 = −ln(1 − p), with p formed as PHE forms it: 0.95 + 0.05/2.
    expect(relativeError(limits.upper, -Math.log(1 - (0.95 + (1 - 0.95) / 2)))).toBeLessThan(1e-14);
  });

  it('matches the classic tables for 5 events (1.6235 to 11.6683)', () => {
    const limits = exactPoissonInterval(5, 0.95)!;
    expect(limits.lower).toBeCloseTo(1.6235, 4);
    expect(limits.upper).toBeCloseTo(11.6683, 4);
  });

  it('leaves α/2 of Poisson probability beyond each limit (Garwood’s definition)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 60 }), fc.constantFrom(0.95, 0.998), (x, confidence) => {
        const { lower, upper } = exactPoissonInterval(x, confidence)!;
        const tail = (1 - confidence) / 2;
        expect(relativeError(1 - poissonAtMost(x - 1, lower), tail)).toBeLessThan(1e-9);
        expect(relativeError(poissonAtMost(x, upper), tail)).toBeLessThan(1e-9);
      }),
    );
  });

  it('holds the count inside the limits and widens from 95% to 99.8%', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000 }), (x) => {
        const narrow = exactPoissonInterval(x, 0.95)!;
        const wide = exactPoissonInterval(x, 0.998)!;
        expect(narrow.lower).toBeLessThanOrEqual(x);
        expect(narrow.upper).toBeGreaterThan(x);
        expect(wide.lower).toBeLessThanOrEqual(narrow.lower);
        expect(wide.upper).toBeGreaterThan(narrow.upper);
      }),
    );
  });

  it('has no answer for a negative or non-finite count or a bad confidence', () => {
    expect(exactPoissonInterval(-1, 0.95)).toBeNull();
    expect(exactPoissonInterval(Number.NaN, 0.95)).toBeNull();
    expect(exactPoissonInterval(3, 1)).toBeNull();
    expect(exactPoissonInterval(3, 0)).toBeNull();
  });
});
