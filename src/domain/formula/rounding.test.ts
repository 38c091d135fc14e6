import { describe, expect, it } from 'vitest';
import { roundHalfAwayFromZero } from './rounding.js';

describe('roundHalfAwayFromZero', () => {
  it('rounds halves away from zero, as spreadsheets do', () => {
    expect(roundHalfAwayFromZero(0.5, 0)).toBe(1);
    expect(roundHalfAwayFromZero(-0.5, 0)).toBe(-1);
    expect(roundHalfAwayFromZero(2.5, 0)).toBe(3);
    expect(roundHalfAwayFromZero(-2.45, 1)).toBe(-2.5);
  });

  it('rounds decimals as they are written, not as the computer holds them', () => {
    expect(roundHalfAwayFromZero(2.675, 2)).toBe(2.68);
    expect(roundHalfAwayFromZero(1.005, 2)).toBe(1.01);
    expect(roundHalfAwayFromZero(-1.005, 2)).toBe(-1.01);
    expect(roundHalfAwayFromZero(0.285, 2)).toBe(0.29);
  });

  it('rounds to tens, hundreds and thousands with negative digits', () => {
    expect(roundHalfAwayFromZero(1234.5678, -2)).toBe(1200);
    expect(roundHalfAwayFromZero(1250, -2)).toBe(1300);
    expect(roundHalfAwayFromZero(-1250, -2)).toBe(-1300);
  });

  it('leaves numbers too large to have a fraction as they are', () => {
    expect(roundHalfAwayFromZero(1e20, 2)).toBe(1e20);
    expect(roundHalfAwayFromZero(1.7e308, 15)).toBe(1.7e308);
  });

  it('gives plain zero, not minus zero, for a small negative number', () => {
    expect(Object.is(roundHalfAwayFromZero(-0.0001, 2), 0)).toBe(true);
  });
});
