import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { byarsInterval, exactPoissonInterval } from './count.js';
import { rateInterval } from './rate.js';

describe('rateInterval', () => {
  it('uses exact Poisson limits below 10 events and Byar’s from 10, as phe_rate does', () => {
    expect(rateInterval(9, 10_000, 0.95)!.method).toBe('exact');
    expect(rateInterval(10, 10_000, 0.95)!.method).toBe('byars');
    expect(rateInterval(0, 10_000, 0.95)!.method).toBe('exact');
  });

  it('scales the count’s limits by perN over the population, in phe_rate’s order of operations', () => {
    // phe_rate: qchisq(...)/2/n*multiplier below 10; byars_lower(x)/n*multiplier from 10.
    const small = rateInterval(7, 10_000, 0.95, 100_000)!;
    const exact = exactPoissonInterval(7, 0.95)!;
    expect(small).toEqual({
      value: (7 / 10_000) * 100_000,
      lower: (exact.lower / 10_000) * 100_000,
      upper: (exact.upper / 10_000) * 100_000,
      method: 'exact',
    });
    const large = rateInterval(65, 100, 0.95, 100)!;
    const byars = byarsInterval(65, 0.95)!;
    expect(large.value).toBe(65);
    expect(large.lower).toBe((byars.lower / 100) * 100);
    expect(large.upper).toBe((byars.upper / 100) * 100);
  });

  it('starts at zero for no events and defaults to a rate per 100,000', () => {
    const none = rateInterval(0, 50_000, 0.95)!;
    expect(none.value).toBe(0);
    expect(none.lower).toBe(0);
    expect(none.upper).toBeCloseTo((3.6889 / 50_000) * 100_000, 3);
  });

  it('has no answer for a population of zero or less, a negative count or a bad confidence', () => {
    expect(rateInterval(5, 0, 0.95)).toBeNull();
    expect(rateInterval(5, -10, 0.95)).toBeNull();
    expect(rateInterval(-1, 100, 0.95)).toBeNull();
    expect(rateInterval(5, 100, 0.95, 0)).toBeNull();
    expect(rateInterval(5, Number.NaN, 0.95)).toBeNull();
    expect(rateInterval(5, 100, 1.5)).toBeNull();
  });

  it('holds the rate inside its limits and widens from 95% to 99.8%, on both sides of the switch', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 5000 }), fc.integer({ min: 1, max: 10_000_000 }), (x, n) => {
        const narrow = rateInterval(x, n, 0.95)!;
        const wide = rateInterval(x, n, 0.998)!;
        expect(narrow.lower).toBeLessThanOrEqual(narrow.value);
        expect(narrow.upper).toBeGreaterThan(narrow.value);
        expect(wide.lower).toBeLessThanOrEqual(narrow.lower);
        expect(wide.upper).toBeGreaterThan(narrow.upper);
      }),
    );
  });
});
