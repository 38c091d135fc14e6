import { describe, expect, it } from 'vitest';
import { findSpecialCauses } from './rules.js';

// Mean 0, two-sigma lines at ±2, limits at ±3: 2.5 is beyond two sigma, 4 is outside.
const LIMITS = { mean: 0, lowerLimit: -3, upperLimit: 3, lowerTwoSigma: -2, upperTwoSigma: 2 };
const WIDE = { mean: 4, lowerLimit: -100, upperLimit: 100, lowerTwoSigma: -90, upperTwoSigma: 90 };

const rules = (figures: number[], limits = LIMITS) => findSpecialCauses(figures, limits).map((c) => c.rule);
const directions = (figures: number[], limits = LIMITS) =>
  findSpecialCauses(figures, limits).map((c) => c.direction);

describe('special-cause rules', () => {
  it('marks a point above the upper limit or below the lower one', () => {
    expect(findSpecialCauses([4, 0.5, -4], LIMITS)).toEqual([
      { rule: 'outside_limits', direction: 1 },
      { rule: null, direction: 0 },
      { rule: 'outside_limits', direction: -1 },
    ]);
  });

  it('does not mark a point exactly on a limit', () => {
    expect(rules([3, -3])).toEqual([null, null]);
  });

  // The cases of ptd_seven_point_trend in tests/testthat/test-ptd_calculate_point_type.R.
  it('needs seven points each higher than the last for a trend, and marks all seven', () => {
    expect(rules([1, 2, 3, 4, 5, 6], WIDE)).toEqual(Array(6).fill(null));
    expect(rules([1, 2, 3, 4, 5, 6, 7], WIDE)).toEqual(Array(7).fill('trend'));
    expect(rules([2, 1, 2, 3, 4, 5, 6, 7, 3], WIDE)).toEqual([null, ...Array(7).fill('trend'), null]);
    expect(directions([7, 6, 5, 4, 3, 2, 1], WIDE)).toEqual(Array(7).fill(-1));
  });

  it('breaks a trend at two equal figures', () => {
    expect(rules([1, 2, 3, 3, 4, 5, 6], { ...WIDE, mean: 3.5 })).toEqual(Array(7).fill(null));
  });

  it('keeps one direction for a trend that crosses the mean', () => {
    expect(findSpecialCauses([-3, -2, -1, 0.5, 1, 2, 2.5], { ...WIDE, mean: 0 })).toEqual(
      Array(7).fill({ rule: 'trend', direction: 1 }),
    );
  });

  it('gives the peak shared by a rise and a fall the direction of the fall, as the package does', () => {
    const figures = [1, 2, 3, 4, 5, 6, 7, 6, 5, 4, 3, 2, 1];
    expect(directions(figures, { ...WIDE, mean: 4 })).toEqual([1, 1, 1, 1, 1, 1, -1, -1, -1, -1, -1, -1, -1]);
  });

  // ptd_two_in_three and ptd_part_of_two_in_three cases: only the points beyond the line are marked.
  it('marks two of three consecutive points beyond the same two-sigma line', () => {
    expect(rules([2.5, 1, 2.5])).toEqual(['two_in_three', null, 'two_in_three']);
    expect(rules([-1, -1, 2.5, 1, 2.5, -1, -1])).toEqual([
      null,
      null,
      'two_in_three',
      null,
      'two_in_three',
      null,
      null,
    ]);
    expect(rules([2.5, 1, 1, 2.5])).toEqual([null, null, null, null]);
    expect(rules([2.5, 1, 1, 2.5, 2.5])).toEqual([null, null, null, 'two_in_three', 'two_in_three']);
    expect(directions([-2.5, -1, -2.5])).toEqual([-1, 0, -1]);
  });

  it('needs all three points on the same side of the mean for two in three', () => {
    expect(rules([2.5, -1, 2.5])).toEqual([null, null, null]);
    expect(rules([2.5, -2.5, 2.5])).toEqual([null, null, null]);
  });

  it('does not count a point outside the limits towards two in three', () => {
    expect(rules([4, 2.5, 1])).toEqual(['outside_limits', null, null]);
  });

  // ptd_seven_point_one_side_mean cases.
  it('marks seven or more points in a row on one side of the mean as a shift', () => {
    expect(rules([1, 1, 1, 1, 1, 1])).toEqual(Array(6).fill(null));
    expect(rules([1, 1, 1, 1, 1, 1, -1])).toEqual(Array(7).fill(null));
    expect(rules([1, 1, 1, 1, 1, 1, 1, 1, -1])).toEqual([...Array(8).fill('shift'), null]);
    expect(directions([-1, -1, -1, -1, -1, -1, -1, -1, 1])).toEqual([...Array(8).fill(-1), 0]);
  });

  it('breaks a shift at a point on the mean', () => {
    expect(rules([1, 1, 1, 0, 1, 1, 1, 1])).toEqual(Array(8).fill(null));
  });

  it('labels a point by the first rule it meets: outside, trend, two in three, shift', () => {
    // A rising run on one side of the mean, ending beyond two sigma and then outside.
    expect(rules([0.1, 0.2, 0.3, 0.4, 0.5, 2.5, 4])).toEqual([
      'trend',
      'trend',
      'trend',
      'trend',
      'trend',
      'trend',
      'outside_limits',
    ]);
    // A shift containing a two-in-three pair.
    expect(rules([1, 2.5, 1, 2.5, 1, 1, 1])).toEqual([
      'shift',
      'two_in_three',
      'shift',
      'two_in_three',
      'shift',
      'shift',
      'shift',
    ]);
  });
});
