import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { proportionControlLimits, rateControlLimits } from './control-limits.js';
import { compareDsrBySpc, compareProportionBySpc } from './spc-comparison.js';

// Cases from Fingertips' own unit tests (fingertips-open, PholioVisualisationWS/AnalysisTest):
// SpcForProportionsComparerTest (indicators 1 and 514, 2010, per 100, lower is better) and
// SpcForDsrComparerTest (MRSA per 100,000, 2011, lower is better). Fingertips stores z as 1.96
// and 3.0902; we use the exact quantiles, which give the same verdicts here.
describe('compareProportionBySpc (Fingertips’ SPC for proportions)', () => {
  it.each([
    ['5PP', 7.7065767284991562, 5930, 8.9611086876279327, 'better', 'better'],
    ['5PN', 9.8988121425428961, 2273, 8.9611086876279327, 'similar', 'similar'],
    ['5PR', 12.474645030425965, 1972, 8.9611086876279327, 'worse', 'worse'],
    ['5PY', 10.9783420463032, 1339, 12.8379546895717, 'better', 'similar'],
    ['5GC', 15.9065628476085, 899, 12.8379546895717, 'worse', 'similar'],
  ] as const)(
    'judges %s as Fingertips does at 95%% and 99.8%%',
    (_area, value, denominator, benchmark, at95, at998) => {
      const common = { value, denominator, benchmark, polarity: 'lower-better', perN: 100 } as const;
      expect(compareProportionBySpc({ ...common, confidence: 0.95 })).toBe(at95);
      expect(compareProportionBySpc({ ...common, confidence: 0.998 })).toBe(at998);
    },
  );

  it('says best or worst beyond the 99.8% limits when asked for both levels', () => {
    const common = {
      benchmark: 8.9611086876279327,
      polarity: 'lower-better',
      perN: 100,
      twoLevels: true,
    } as const;
    expect(compareProportionBySpc({ ...common, value: 7.7065767284991562, denominator: 5930 })).toBe('best');
    expect(compareProportionBySpc({ ...common, value: 12.474645030425965, denominator: 1972 })).toBe('worst');
    const mixed = {
      benchmark: 12.8379546895717,
      polarity: 'lower-better',
      perN: 100,
      twoLevels: true,
    } as const;
    expect(compareProportionBySpc({ ...mixed, value: 10.9783420463032, denominator: 1339 })).toBe('better');
  });

  it('has no answer without a positive denominator or with a benchmark outside the scale', () => {
    const common = { value: 10, benchmark: 12, polarity: 'higher-better', perN: 100 } as const;
    expect(compareProportionBySpc({ ...common, denominator: 0 })).toBeNull();
    expect(compareProportionBySpc({ ...common, denominator: -1 })).toBeNull();
    expect(compareProportionBySpc({ ...common, denominator: null })).toBeNull();
    expect(compareProportionBySpc({ ...common, denominator: 100, benchmark: 120 })).toBeNull();
    expect(compareProportionBySpc({ ...common, denominator: 100, value: undefined })).toBeNull();
  });
});

describe('compareDsrBySpc (Fingertips’ SPC for DSR)', () => {
  it.each([
    ['Cambridgeshire PCT', 1.1358436559886544, 616282, 'better', 'similar'],
    ['Suffolk PCT', 2.657913272289925, 601976, 'similar', 'similar'],
    ['Birmingham East and North PCT', 4.1515156695295845, 409489, 'worse', 'similar'],
  ] as const)('judges %s as Fingertips does at 95%% and 99.8%%', (_area, value, population, at95, at998) => {
    const common = { value, population, benchmark: 2.132708657734625, polarity: 'lower-better' } as const;
    expect(compareDsrBySpc({ ...common, confidence: 0.95 })).toBe(at95);
    expect(compareDsrBySpc({ ...common, confidence: 0.998 })).toBe(at998);
  });

  it('has no answer without a positive population', () => {
    const common = { value: 3, benchmark: 2, polarity: 'lower-better' } as const;
    expect(compareDsrBySpc({ ...common, population: 0 })).toBeNull();
    expect(compareDsrBySpc({ ...common, population: undefined })).toBeNull();
  });
});

describe('control limits', () => {
  it('surround the benchmark and widen from 95% to 99.8%', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.001, max: 0.999, noNaN: true }),
        fc.integer({ min: 1, max: 1e7 }),
        (p, n) => {
          const narrow = proportionControlLimits(p, n, 0.95)!;
          const wide = proportionControlLimits(p, n, 0.998)!;
          expect(narrow.lower).toBeLessThanOrEqual(p);
          expect(narrow.upper).toBeGreaterThanOrEqual(p);
          expect(wide.lower).toBeLessThanOrEqual(narrow.lower);
          expect(wide.upper).toBeGreaterThanOrEqual(narrow.upper);
        },
      ),
    );
    fc.assert(
      fc.property(
        fc.double({ min: 0.1, max: 5000, noNaN: true }),
        fc.integer({ min: 100, max: 1e8 }),
        (rate, population) => {
          // Below one expected event the lower limit (for ⌈E⌉ = 1 event) can sit above the benchmark.
          fc.pre((rate * population) / 100_000 >= 1);
          const narrow = rateControlLimits(rate, population, 0.95)!;
          const wide = rateControlLimits(rate, population, 0.998)!;
          expect(narrow.lower).toBeLessThanOrEqual(rate);
          expect(narrow.upper).toBeGreaterThanOrEqual(rate);
          expect(wide.lower).toBeLessThanOrEqual(narrow.lower);
          expect(wide.upper).toBeGreaterThanOrEqual(narrow.upper);
        },
      ),
    );
  });

  it('narrow as the area grows (the funnel)', () => {
    const small = proportionControlLimits(0.3, 100, 0.95)!;
    const large = proportionControlLimits(0.3, 10_000, 0.95)!;
    expect(large.upper - large.lower).toBeLessThan(small.upper - small.lower);
    const fewer = rateControlLimits(50, 10_000, 0.95)!;
    const more = rateControlLimits(50, 1_000_000, 0.95)!;
    expect(more.upper - more.lower).toBeLessThan(fewer.upper - fewer.lower);
  });

  it('bound a whole expected count by its exact Poisson limits', () => {
    // Benchmark 20 per 100,000 in 100,000 people: E = 20, limits qchisq(0.025, 40)/2 and qchisq(0.975, 42)/2.
    const limits = rateControlLimits(20, 100_000, 0.95)!;
    expect(limits.lower).toBeCloseTo(12.2165, 3);
    expect(limits.upper).toBeCloseTo(30.8884, 3);
  });
});
