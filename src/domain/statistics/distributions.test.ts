import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  chiSquaredCdf,
  chiSquaredQuantile,
  chiSquaredUpperTail,
  normalCdf,
  normalQuantile,
  studentTCdf,
  studentTQuantile,
  zForConfidence,
} from './distributions.js';

// Unless noted, reference values are the exact quantiles of the given double p, computed to 50
// digits with mpmath (Python) for these tests and rounded to the nearest double.
function relativeError(actual: number | null, expected: number): number {
  if (actual === null) return Infinity;
  return expected === 0 ? Math.abs(actual) : Math.abs(actual - expected) / Math.abs(expected);
}

describe('zForConfidence', () => {
  it('gives 1.959963984540054 for 95%, not the textbook 1.96', () => {
    const z = zForConfidence(0.95);
    expect(relativeError(z, 1.959963984540054)).toBeLessThan(1e-15);
    // R's qnorm(0.975) (AS 241) printed to 17 digits is 1.9599639845400536; we use the same algorithm.
    expect(z).toBe(1.9599639845400536);
  });

  it('gives 3.090232306167813 for 99.8% (R: qnorm(0.999))', () => {
    expect(zForConfidence(0.998)).toBe(3.090232306167813);
  });

  it('has no answer outside (0, 1)', () => {
    for (const c of [0, 1, -0.5, 95, Number.NaN]) expect(zForConfidence(c)).toBeNull();
  });
});

describe('normalQuantile', () => {
  const references: [number, number][] = [
    [0.999, 3.090232306167813],
    [0.995, 2.5758293035489004],
    [0.9, 1.2815515655446006],
    [0.01, -2.326347874040841],
    [1e-10, -6.361340902404057],
  ];

  it.each(references)('matches the exact quantile at p = %s to 1e-15', (p, z) => {
    expect(relativeError(normalQuantile(p), z)).toBeLessThan(1e-15);
  });

  it('is zero at one half', () => {
    expect(normalQuantile(0.5)).toBe(0);
  });

  it('has no finite answer at 0 or 1', () => {
    expect(normalQuantile(0)).toBeNull();
    expect(normalQuantile(1)).toBeNull();
    expect(normalQuantile(Number.NaN)).toBeNull();
  });

  it('inverts normalCdf across the range', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-12, max: 0.5, noNaN: true }), (p) => {
        const z = normalQuantile(p)!;
        expect(relativeError(normalCdf(z), p)).toBeLessThan(1e-13);
      }),
    );
  });

  it('is symmetric about one half and increasing', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.5, max: 1 - 1e-9, noNaN: true }),
        fc.double({ min: 1e-9, max: 0.01, noNaN: true }),
        (p, step) => {
          // For p ≥ ½, 1 − p is exact, so the mirror image is the same probability.
          const z = normalQuantile(p)!;
          expect(Math.abs(z + normalQuantile(1 - p)!)).toBeLessThan(1e-15 * Math.abs(z) + 1e-15);
          if (p + step < 1) expect(normalQuantile(p + step)!).toBeGreaterThan(z);
        },
      ),
    );
  });
});

describe('normalCdf', () => {
  it('matches high-precision values, including far in the tail', () => {
    expect(relativeError(normalCdf(1), 0.8413447460685429)).toBeLessThan(1e-15);
    expect(relativeError(normalCdf(-10), 7.619853024160525e-24)).toBeLessThan(1e-14);
    expect(relativeError(normalCdf(-1.959963984540054), 0.025000000000000012)).toBeLessThan(1e-14);
  });

  it('is one half at zero and has no answer for NaN', () => {
    expect(normalCdf(0)).toBe(0.5);
    expect(normalCdf(Number.NaN)).toBeNull();
  });
});

describe('chiSquaredQuantile', () => {
  const references: [number, number, number][] = [
    [0.025, 10, 3.2469727802368413],
    [0.975, 12, 23.336664158645338],
    [0.001, 2, 0.002001000667167067],
    [0.999, 20, 45.31474661812586],
    [0.999, 2, 13.815510557964272],
    [0.5, 1, 0.4549364231195728],
    [0.025, 2000, 1877.9460368153905],
    [0.05, 0.5, 8.437150840525984e-6],
  ];

  it.each(references)('matches qchisq(%s, %s) to 1e-12 relative', (p, df, x) => {
    expect(relativeError(chiSquaredQuantile(p, df), x)).toBeLessThan(1e-12);
  });

  it('is zero at p = 0 and has no answer at p = 1 or for df ≤ 0', () => {
    expect(chiSquaredQuantile(0, 4)).toBe(0);
    expect(chiSquaredQuantile(1, 4)).toBeNull();
    expect(chiSquaredQuantile(0.5, 0)).toBeNull();
    expect(chiSquaredQuantile(0.5, -1)).toBeNull();
    expect(chiSquaredQuantile(Number.NaN, 3)).toBeNull();
  });

  it('inverts the cdf in both tails', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1e-8, max: 1 - 1e-8, noNaN: true }),
        fc.double({ min: 0.2, max: 5000, noNaN: true }),
        (p, df) => {
          const x = chiSquaredQuantile(p, df)!;
          const smallerTail = p < 0.5 ? chiSquaredCdf(x, df)! : chiSquaredUpperTail(x, df)!;
          expect(relativeError(smallerTail, p < 0.5 ? p : 1 - p)).toBeLessThan(1e-10);
        },
      ),
    );
  });
});

describe('studentTQuantile', () => {
  const references: [number, number, number][] = [
    [0.975, 1, 12.706204736174694],
    [0.975, 2, 4.302652729749462],
    [0.975, 10, 2.2281388519862744],
    [0.999, 5, 5.893429531356009],
    [0.975, 30, 2.0422724563012378],
    [0.975, 10000, 1.960201239890626],
    [0.995, 3.5, 5.085702223091257],
    [0.025, 100000, -1.9599877075346097],
    [0.001, 3, -10.214531852407386],
  ];

  it.each(references)('matches qt(%s, %s) to 1e-10 relative', (p, df, t) => {
    expect(relativeError(studentTQuantile(p, df), t)).toBeLessThan(1e-10);
  });

  it('is zero at one half, antisymmetric, and wider than the normal', () => {
    expect(studentTQuantile(0.5, 7)).toBe(0);
    fc.assert(
      fc.property(
        fc.double({ min: 1e-6, max: 0.49, noNaN: true }),
        fc.integer({ min: 1, max: 500 }),
        (p, df) => {
          const t = studentTQuantile(p, df)!;
          expect(Math.abs(t + studentTQuantile(1 - p, df)!)).toBeLessThan(1e-9 * Math.abs(t));
          expect(t).toBeLessThan(normalQuantile(p)!);
        },
      ),
    );
  });

  it('inverts the cdf', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1e-7, max: 0.4999, noNaN: true }),
        fc.double({ min: 0.5, max: 1e6, noNaN: true }),
        (p, df) => {
          const t = studentTQuantile(p, df)!;
          expect(relativeError(studentTCdf(t, df), p)).toBeLessThan(1e-9);
        },
      ),
    );
  });

  it('tends to the normal quantile as the degrees of freedom grow', () => {
    expect(relativeError(studentTQuantile(0.975, 1e12), 1.959963984540054)).toBeLessThan(1e-11);
    expect(studentTQuantile(0.975, Infinity)).toBe(zForConfidence(0.95));
  });

  it('has no answer outside (0, 1) or for df ≤ 0', () => {
    expect(studentTQuantile(0, 5)).toBeNull();
    expect(studentTQuantile(1, 5)).toBeNull();
    expect(studentTQuantile(0.9, 0)).toBeNull();
    expect(studentTQuantile(0.9, Number.NaN)).toBeNull();
  });
});
