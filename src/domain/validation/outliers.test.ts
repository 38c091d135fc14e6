import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { modifiedZScore, zScore } from './outliers.js';

const HISTORY = [10, 12, 11, 13, 9];

describe('outlier scores against a measure’s own history', () => {
  it('gives the z-score from the mean and population standard deviation, worked by hand', () => {
    // mean 11, variance (1 + 1 + 0 + 4 + 4) / 5 = 2
    expect(zScore(16, HISTORY)).toBeCloseTo(5 / Math.sqrt(2), 10);
    expect(zScore(11, HISTORY)).toBe(0);
  });

  it('gives the modified z-score from the median and the median absolute deviation', () => {
    // median 11; deviations 0, 1, 1, 2, 2 have median 1
    expect(modifiedZScore(16, HISTORY)).toBeCloseTo(0.6745 * 5, 10);
    expect(modifiedZScore(10, [1, 2, 3, 4])).toBeCloseTo((0.6745 * 7.5) / 1, 10);
  });

  it('gives no score for a history too short or without variation', () => {
    expect(zScore(50, [10, 11, 12])).toBeNull();
    expect(zScore(50, [10, 10, 10, 10])).toBeNull();
    expect(modifiedZScore(50, [10, 10, 10, 11])).toBeNull();
  });

  it('scores the same whatever the unit or the origin the figures are counted in', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -1000, max: 1000 }), { minLength: 4, maxLength: 20 }),
        fc.integer({ min: -2000, max: 2000 }),
        fc.integer({ min: 1, max: 50 }),
        fc.integer({ min: -500, max: 500 }),
        (history, value, scale, shift) => {
          const moved = history.map((x) => x * scale + shift);
          const z = zScore(value, history);
          const movedZ = zScore(value * scale + shift, moved);
          if (z === null) return expect(movedZ).toBeNull();
          expect(movedZ).toBeCloseTo(z, 6);
        },
      ),
    );
  });
});

describe('the modified z-score by selection', () => {
  const bySorting = (value: number, history: number[]): number | null => {
    const median = (xs: number[]) => {
      const s = [...xs].sort((a, b) => a - b);
      const mid = Math.floor(s.length / 2);
      return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
    };
    if (history.length < 4) return null;
    const centre = median(history);
    const mad = median(history.map((x) => Math.abs(x - centre)));
    return mad > 0 ? (0.6745 * Math.abs(value - centre)) / mad : null;
  };

  it('agrees with the median found by sorting, for any history, repeated values included', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -50, max: 50 }), { minLength: 0, maxLength: 70 }),
        fc.integer({ min: -100, max: 100 }),
        (history, value) => {
          const expected = bySorting(value, history);
          const got = modifiedZScore(value, history);
          if (expected === null) expect(got).toBeNull();
          else expect(got).toBeCloseTo(expected, 9);
        },
      ),
      { numRuns: 500 },
    );
  });
});
