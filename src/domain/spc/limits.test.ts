import { describe, expect, it } from 'vitest';
import { phaseLimits, SCREEN_SCALE } from './limits.js';

describe('phase limits', () => {
  it('puts the limits 2.66 average moving ranges from the mean, and the two-sigma lines two thirds as far', () => {
    const limits = phaseLimits([2, 4, 2, 4, 2], 5, true)!;
    expect(limits.mean).toBeCloseTo(2.8, 12);
    expect(limits.averageMovingRange).toBe(2);
    expect(limits.upperLimit).toBeCloseTo(2.8 + 5.32, 12);
    expect(limits.lowerLimit).toBeCloseTo(2.8 - 5.32, 12);
    expect(limits.upperTwoSigma).toBeCloseTo(2.8 + (2 * 5.32) / 3, 12);
    expect(limits.lowerTwoSigma).toBeCloseTo(2.8 - (2 * 5.32) / 3, 12);
  });

  it('uses only the first `count` figures', () => {
    expect(phaseLimits([1, 3, 1000], 2, true)).toMatchObject({ mean: 2, averageMovingRange: 2 });
  });

  it('screens out a moving range just over 3.267 average moving ranges, and keeps one just under', () => {
    // Ranges 1, 1, 1, 1, x: the average of all five is (4 + x) / 5.
    const atThreshold = (4 * SCREEN_SCALE) / (5 - SCREEN_SCALE);
    const on = phaseLimits([0, 1, 0, 1, 0, atThreshold * 1.001], 6, true)!;
    expect(on.screenedMovingRanges).toBe(1);
    expect(on.averageMovingRange).toBe(1);
    const below = phaseLimits([0, 1, 0, 1, 0, atThreshold * 0.999], 6, true)!;
    expect(below.screenedMovingRanges).toBe(0);
  });

  it('keeps every moving range when screening is off', () => {
    const limits = phaseLimits([0, 1, 0, 1, 0, 50], 6, false)!;
    expect(limits.screenedMovingRanges).toBe(0);
    expect(limits.averageMovingRange).toBe(54 / 5);
  });

  it('gives a mean but no limits for one figure, and nothing for none', () => {
    expect(phaseLimits([5], 1, true)).toMatchObject({ mean: 5, averageMovingRange: null, upperLimit: null });
    expect(phaseLimits([], 0, true)).toBeNull();
  });
});
