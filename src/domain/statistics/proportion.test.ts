import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { zForConfidence } from './normal.js';
import { wilsonInterval } from './proportion.js';

function relativeError(actual: number, expected: number): number {
  return expected === 0 ? Math.abs(actual) : Math.abs(actual - expected) / Math.abs(expected);
}

describe('wilsonInterval', () => {
  it('gives PHE’s published limits for 65 of 100 at 95%', () => {
    // Published check for PHEindicatormethods' wilson_lower(65, 100) / wilson_upper(65, 100).
    const interval = wilsonInterval(65, 100, 0.95)!;
    expect(interval.value).toBe(0.65);
    expect(interval.lower).toBe(0.5525444329688797);
    expect(interval.upper).toBe(0.7363575175690247);
  });

  // The inputs of PHEindicatormethods' tests/testthat/testWilson.R (65/100, 1045/5000,
  // 0.445/1); its expected values live in a spreadsheet, so these limits are PHE's formula
  // evaluated to 50 digits with mpmath.
  it.each([
    [65, 100, 0.998, 0.49549465740704474, 0.7783540614089686],
    [1045, 5000, 0.95, 0.19795549880013297, 0.22049130373189027],
    [0.445, 1, 0.95, 0.0438174477205882, 0.9334621276979157],
  ])('matches PHE’s formula for %s of %s at %s', (x, n, confidence, lower, upper) => {
    const interval = wilsonInterval(x, n, confidence)!;
    expect(relativeError(interval.lower, lower)).toBeLessThan(1e-13);
    expect(relativeError(interval.upper, upper)).toBeLessThan(1e-13);
  });

  it('starts at exactly 0 when nothing was counted and ends at 1 when everything was', () => {
    const none = wilsonInterval(0, 40, 0.95)!;
    expect(none.value).toBe(0);
    expect(none.lower).toBe(0);
    expect(none.upper).toBeGreaterThan(0);
    const all = wilsonInterval(40, 40, 0.95)!;
    expect(all.value).toBe(1);
    expect(all.upper).toBe(1);
    expect(all.lower).toBeLessThan(1);
  });

  it('has no answer for an empty denominator, a negative count, a count above the denominator or a bad confidence', () => {
    expect(wilsonInterval(0, 0, 0.95)).toBeNull();
    expect(wilsonInterval(-1, 10, 0.95)).toBeNull();
    expect(wilsonInterval(11, 10, 0.95)).toBeNull();
    expect(wilsonInterval(5, Number.NaN, 0.95)).toBeNull();
    expect(wilsonInterval(Infinity, Infinity, 0.95)).toBeNull();
    expect(wilsonInterval(5, 10, 1)).toBeNull();
    expect(wilsonInterval(5, 10, 95)).toBeNull();
  });

  const counts = fc
    .integer({ min: 1, max: 1_000_000 })
    .chain((n) => fc.tuple(fc.integer({ min: 0, max: n }), fc.constant(n)));

  it('holds the value inside limits that stay within 0–1, and widens from 95% to 99.8%', () => {
    fc.assert(
      fc.property(counts, ([x, n]) => {
        const narrow = wilsonInterval(x, n, 0.95)!;
        const wide = wilsonInterval(x, n, 0.998)!;
        expect(narrow.lower).toBeGreaterThanOrEqual(0);
        expect(narrow.upper).toBeLessThanOrEqual(1);
        expect(narrow.lower).toBeLessThanOrEqual(narrow.value);
        expect(narrow.value).toBeLessThanOrEqual(narrow.upper + 1e-15);
        expect(wide.lower).toBeLessThanOrEqual(narrow.lower);
        expect(wide.upper).toBeGreaterThanOrEqual(narrow.upper);
      }),
    );
  });

  it('mirrors: the limits for x of n are one minus the limits for n − x', () => {
    fc.assert(
      fc.property(counts, ([x, n]) => {
        const a = wilsonInterval(x, n, 0.95)!;
        const b = wilsonInterval(n - x, n, 0.95)!;
        expect(Math.abs(a.lower - (1 - b.upper))).toBeLessThan(1e-12);
        expect(Math.abs(a.upper - (1 - b.lower))).toBeLessThan(1e-12);
      }),
    );
  });

  it('puts each limit where the score statistic equals z (Wilson’s definition)', () => {
    const z = zForConfidence(0.95)!;
    fc.assert(
      fc.property(counts, ([x, n]) => {
        const { value, lower, upper } = wilsonInterval(x, n, 0.95)!;
        for (const limit of [lower, upper]) {
          if (limit < 1e-9 || limit > 1 - 1e-9) continue; // the ends x = 0 and x = n sit on 0 and 1
          const score = Math.abs(value - limit) / Math.sqrt((limit * (1 - limit)) / n);
          expect(Math.abs(score - z)).toBeLessThan(1e-6);
        }
      }),
    );
  });
});
