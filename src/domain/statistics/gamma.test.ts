import { describe, expect, it } from 'vitest';
import { logBeta, logGamma } from './gamma.js';
import { incompleteGamma } from './incomplete-gamma.js';

// Reference values computed to 50 digits with mpmath (Python) for these tests.
function relativeError(actual: number, expected: number): number {
  return Math.abs(actual - expected) / Math.abs(expected);
}

describe('logGamma', () => {
  it('gives ln((n − 1)!) for whole numbers', () => {
    let factorial = 1;
    for (let n = 2; n <= 25; n++) {
      factorial *= n - 1;
      expect(Math.abs(logGamma(n) - Math.log(factorial))).toBeLessThan(
        1e-13 * Math.max(1, Math.log(factorial)),
      );
    }
  });

  it('gives ½ ln π at one half', () => {
    expect(Math.abs(logGamma(0.5) - 0.5 * Math.log(Math.PI))).toBeLessThan(4e-15);
  });

  it('matches high-precision values for small and large arguments', () => {
    expect(relativeError(logGamma(0.1), 2.252712651734206)).toBeLessThan(1e-14);
    expect(relativeError(logGamma(1234.5), 7550.550901077895)).toBeLessThan(1e-15);
  });
});

describe('logBeta', () => {
  it('keeps full precision when one argument is a million (no cancellation of huge lnΓ terms)', () => {
    expect(relativeError(logBeta(1e6, 0.5), -6.335390211057437)).toBeLessThan(1e-14);
    expect(relativeError(logBeta(0.5, 1e6), -6.335390211057437)).toBeLessThan(1e-14);
  });

  it('matches a high-precision value for moderate arguments', () => {
    expect(relativeError(logBeta(3.7, 12.5), -8.286338578015974)).toBeLessThan(1e-14);
  });
});

describe('incompleteGamma', () => {
  it('gives P(½, 2) = erf(√2), the two-sigma coverage', () => {
    expect(relativeError(incompleteGamma(0.5, 2, false), 0.9544997361036416)).toBeLessThan(1e-15);
  });

  it('gives a small upper tail directly rather than as 1 − P', () => {
    expect(relativeError(incompleteGamma(10, 25, true), 0.00022147663824878357)).toBeLessThan(1e-14);
  });

  it('is 0 and 1 at the ends', () => {
    expect(incompleteGamma(3, 0, false)).toBe(0);
    expect(incompleteGamma(3, 0, true)).toBe(1);
    expect(incompleteGamma(3, Infinity, false)).toBe(1);
  });
});
