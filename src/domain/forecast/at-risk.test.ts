import { describe, expect, it } from 'vitest';
import { judgeForecast } from './at-risk.js';

describe('judging a forecast against its target', () => {
  it('puts a target above the whole likely range at risk when higher is better', () => {
    expect(judgeForecast(100, 'higher-better', 80, 95)).toBe('likely-to-miss');
    expect(judgeForecast(90, 'higher-better', 80, 95)).toBe('could-go-either-way');
    expect(judgeForecast(80, 'higher-better', 80, 95)).toBe('likely-to-meet');
  });

  it('puts a target below the whole likely range at risk when lower is better', () => {
    expect(judgeForecast(70, 'lower-better', 80, 95)).toBe('likely-to-miss');
    expect(judgeForecast(90, 'lower-better', 80, 95)).toBe('could-go-either-way');
    expect(judgeForecast(95, 'lower-better', 80, 95)).toBe('likely-to-meet');
  });

  it('puts a band clear of the likely range at risk, on either side', () => {
    expect(judgeForecast({ lower: 100, upper: 110 }, 'within-band', 80, 95)).toBe('likely-to-miss');
    expect(judgeForecast({ lower: 60, upper: 70 }, 'within-band', 80, 95)).toBe('likely-to-miss');
    expect(judgeForecast({ lower: 90, upper: 110 }, 'within-band', 80, 95)).toBe('could-go-either-way');
    expect(judgeForecast({ lower: 80, upper: 95 }, 'within-band', 80, 95)).toBe('likely-to-meet');
  });

  it('judges a band open at one end by its one edge, and a band of one value by that value', () => {
    expect(judgeForecast({ lower: 85, upper: Infinity }, 'within-band', 80, 95)).toBe('could-go-either-way');
    expect(judgeForecast({ lower: 75, upper: Infinity }, 'within-band', 80, 95)).toBe('likely-to-meet');
    expect(judgeForecast({ lower: -Infinity, upper: 70 }, 'within-band', 80, 95)).toBe('likely-to-miss');
    expect(judgeForecast({ lower: 90, upper: 90 }, 'within-band', 80, 95)).toBe('could-go-either-way');
    expect(judgeForecast({ lower: 90, upper: 90 }, 'within-band', 90, 90)).toBe('likely-to-meet');
    expect(judgeForecast({ lower: -Infinity, upper: Infinity }, 'within-band', 80, 95)).toBe(
      'unusable-target',
    );
  });

  it('makes no judgement without a target, without a better direction, or with an unusable target', () => {
    expect(judgeForecast(null, 'higher-better', 80, 95)).toBe('no-target');
    expect(judgeForecast(100, 'neutral', 80, 95)).toBe('no-direction');
    expect(judgeForecast(100, 'within-band', 80, 95)).toBe('no-direction');
    expect(judgeForecast(Number.NaN, 'higher-better', 80, 95)).toBe('unusable-target');
    expect(judgeForecast({ lower: 110, upper: 100 }, 'within-band', 80, 95)).toBe('unusable-target');
  });
});
