import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { yearEndOutturn } from './outturn.js';

describe('year-end outturn', () => {
  it('projects a total in a straight line from the months elapsed to the whole year', () => {
    expect(yearEndOutturn([100, 120, 110], 3, 12, 'sum')).toBe(1320);
    expect(yearEndOutturn([300, 330], 6, 12, 'sum')).toBe(1260);
  });

  it('counts a missing period in a total as an average one', () => {
    expect(yearEndOutturn([100, null, 110], 3, 12, 'sum')).toBe(1260);
  });

  it('takes the year-to-date value for means, and the latest figure for latest-value measures', () => {
    expect(yearEndOutturn([80, 90, null], 3, 12, 'mean')).toBe(85);
    expect(yearEndOutturn([5, 7, null], 3, 12, 'latest')).toBe(7);
  });

  it('takes a ratio of the sums, and gives none without every denominator', () => {
    expect(yearEndOutturn([0.5, 0.8], 2, 12, 'ratio', { denominators: [100, 300] })).toBeCloseTo(0.725, 12);
    // 50 of 100 and 90 of 900 are 140 of 1,000: 14%, not the 30% an average of the months gives.
    expect(yearEndOutturn([50, 10], 2, 12, 'ratio', { denominators: [100, 900] })).toBeCloseTo(14, 12);
    expect(yearEndOutturn([0.5, 0.8], 2, 12, 'ratio')).toBeNull();
    expect(yearEndOutturn([0.5, 0.8], 2, 12, 'ratio', { denominators: [100, null] })).toBeNull();
  });

  it('gives nothing without figures or with months that cannot be', () => {
    expect(yearEndOutturn([], 3, 12, 'sum')).toBeNull();
    expect(yearEndOutturn([null, null], 2, 12, 'mean')).toBeNull();
    expect(yearEndOutturn([1], 0, 12, 'sum')).toBeNull();
    expect(yearEndOutturn([1], 13, 12, 'sum')).toBeNull();
    expect(yearEndOutturn([1], 1, 0, 'sum')).toBeNull();
  });

  it('gives the actual total once the year is complete', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -1000, max: 1000 }), { minLength: 12, maxLength: 12 }),
        (months) => {
          const total = months.reduce((a, b) => a + b, 0);
          expect(yearEndOutturn(months, 12, 12, 'sum')).toBeCloseTo(total, 9);
        },
      ),
    );
  });
});
