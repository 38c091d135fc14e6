import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { roundHalfAwayFromZero } from './rounding.js';

/** A figure with at most 15 significant digits, already at `d` decimal places. */
const atDecimals = fc
  .tuple(fc.integer({ min: 0, max: 8 }), fc.integer({ min: -(10 ** 12), max: 10 ** 12 }))
  .map(([d, k]) => ({ d, k, x: k / 10 ** d }));

describe('roundHalfAwayFromZero', () => {
  it('rounds halves away from zero, as spreadsheets do', () => {
    expect(roundHalfAwayFromZero(0.5, 0)).toBe(1);
    expect(roundHalfAwayFromZero(-0.5, 0)).toBe(-1);
    expect(roundHalfAwayFromZero(2.5, 0)).toBe(3);
    expect(roundHalfAwayFromZero(-2.45, 1)).toBe(-2.5);
    expect(roundHalfAwayFromZero(4.35, 1)).toBe(4.4);
  });

  it('rounds decimals as they are written, not as the computer holds them', () => {
    expect(roundHalfAwayFromZero(2.675, 2)).toBe(2.68);
    expect(roundHalfAwayFromZero(1.005, 2)).toBe(1.01);
    expect(roundHalfAwayFromZero(-1.005, 2)).toBe(-1.01);
    expect(roundHalfAwayFromZero(0.285, 2)).toBe(0.29);
    expect(roundHalfAwayFromZero(1.0049, 2)).toBe(1);
    expect(roundHalfAwayFromZero(8.345, 2)).toBe(8.35);
    expect(roundHalfAwayFromZero(1234567.125, 2)).toBe(1234567.13);
  });

  it('rounds a figure worked out to a half as its written form says', () => {
    // 0.1 × 3 is held as 0.30000000000000004 and written 0.3; 1.15 × 100 is 114.99999999999999.
    expect(roundHalfAwayFromZero(0.1 * 3 * 5, 0)).toBe(2);
    expect(roundHalfAwayFromZero(1.15 * 100, 0)).toBe(115);
    expect(roundHalfAwayFromZero((1 / 8) * 100, 1)).toBe(12.5);
  });

  it('rounds to tens, hundreds and thousands with negative digits', () => {
    expect(roundHalfAwayFromZero(1234.5678, -2)).toBe(1200);
    expect(roundHalfAwayFromZero(1250, -2)).toBe(1300);
    expect(roundHalfAwayFromZero(-1250, -2)).toBe(-1300);
    expect(roundHalfAwayFromZero(1249.9999, -2)).toBe(1200);
  });

  it('leaves numbers too large to have a fraction, and numbers that are not numbers, as they are', () => {
    expect(roundHalfAwayFromZero(1e20, 2)).toBe(1e20);
    expect(roundHalfAwayFromZero(1.7e308, 15)).toBe(1.7e308);
    expect(roundHalfAwayFromZero(Number.NaN, 2)).toBeNaN();
    expect(roundHalfAwayFromZero(Number.POSITIVE_INFINITY, 2)).toBe(Number.POSITIVE_INFINITY);
    expect(roundHalfAwayFromZero(1.25, 1.5)).toBe(1.25);
  });

  it('gives plain zero, not minus zero, for a small negative number', () => {
    expect(Object.is(roundHalfAwayFromZero(-0.0001, 2), 0)).toBe(true);
    expect(Object.is(roundHalfAwayFromZero(-0.4, 0), 0)).toBe(true);
  });

  it('returns a figure already at its decimal places unchanged', () => {
    fc.assert(
      fc.property(atDecimals, fc.integer({ min: 0, max: 6 }), ({ d, x }, more) => {
        expect(roundHalfAwayFromZero(x, d + more)).toBe(x);
      }),
    );
  });

  it('is symmetric about zero', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e12, max: 1e12, noNaN: true }),
        fc.integer({ min: -3, max: 10 }),
        (x, d) => {
          expect(roundHalfAwayFromZero(-x, d)).toBe(-roundHalfAwayFromZero(x, d) + 0);
        },
      ),
    );
  });

  it('rounds every written half away from zero', () => {
    fc.assert(
      fc.property(atDecimals, ({ d, k }) => {
        // k and a half in the next place: 1.23 at two places gives 1.235, which rounds to 1.24.
        const sign = k < 0 ? -1 : 1;
        const half = (k * 10 + sign * 5) / 10 ** (d + 1);
        expect(roundHalfAwayFromZero(half, d)).toBe((k + sign) / 10 ** d);
      }),
    );
  });

  it('never moves a figure by more than half a unit in the last place kept', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e9, max: 1e9, noNaN: true }), fc.integer({ min: 0, max: 4 }), (x, d) => {
        const rounded = roundHalfAwayFromZero(x, d);
        expect(Math.abs(rounded - x)).toBeLessThanOrEqual(0.5 / 10 ** d + 1e-15 * Math.abs(x) + 1e-300);
        expect(Math.abs(Math.round(rounded * 10 ** d) - rounded * 10 ** d)).toBeLessThan(1e-6);
      }),
    );
  });
});
