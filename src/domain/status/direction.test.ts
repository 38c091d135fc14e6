import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { directionOfTravel, type DirectionInput } from './direction.js';

const percent: Pick<DirectionInput, 'unit' | 'decimals'> = { unit: 'percent', decimals: 1 };

describe('direction of travel', () => {
  it('is improving when a higher-is-better figure goes up, and says by how much', () => {
    const result = directionOfTravel({
      current: 74.1,
      previous: 71.2,
      polarity: 'higher-better',
      ...percent,
    });
    expect(result.direction).toBe('improving');
    expect(result.reason).toMatchObject({
      change: 2.9,
      unit: 'percentage points',
      significance: 'not-tested',
    });
    expect(result.sentence).toBe(
      'Improving: up 2.9 percentage points on the previous period (71.2% to 74.1%).',
    );
  });

  it('mirrors the judgement when lower is better', () => {
    const down = directionOfTravel({
      current: 12,
      previous: 15,
      polarity: 'lower-better',
      unit: 'days',
      decimals: 0,
      against: 'same-period-last-year',
    });
    expect(down.direction).toBe('improving');
    expect(down.sentence).toBe('Improving: down 3 days on the same period last year (15 days to 12 days).');
    expect(directionOfTravel({ current: 16, previous: 15, polarity: 'lower-better' }).direction).toBe(
      'worsening',
    );
  });

  it('only says up or down for a neutral measure', () => {
    expect(directionOfTravel({ current: 5, previous: 4, polarity: 'neutral' }).direction).toBe('up');
    expect(directionOfTravel({ current: 3, previous: 4, polarity: 'neutral' }).direction).toBe('down');
  });

  it('improves when a band measure moves closer to its band', () => {
    const band = { lower: 4, upper: 6 };
    expect(directionOfTravel({ current: 6.5, previous: 8, polarity: 'within-band', band }).direction).toBe(
      'improving',
    );
    expect(directionOfTravel({ current: 3, previous: 5, polarity: 'within-band', band }).direction).toBe(
      'worsening',
    );
    expect(directionOfTravel({ current: 4.5, previous: 5.5, polarity: 'within-band', band }).direction).toBe(
      'no-change',
    );
    expect(directionOfTravel({ current: 4.5, previous: 5.5, polarity: 'within-band' }).direction).toBe(
      'down',
    );
  });

  it('sees no change when the figures are the same as published', () => {
    const result = directionOfTravel({
      current: 71.24,
      previous: 71.2,
      polarity: 'higher-better',
      ...percent,
      againstLabel: 'Q1 2016/17',
    });
    expect(result.direction).toBe('no-change');
    expect(result.sentence).toBe('No change: 71.2%, the same as Q1 2016/17.');
  });

  it('is not comparable without both figures', () => {
    const result = directionOfTravel({ current: 71.2, previous: null, polarity: 'higher-better' });
    expect(result.direction).toBe('not-comparable');
    expect(result.sentence).toBe('Not comparable: there is no figure for the previous period.');
  });

  it('counts a change only when the Wilson intervals of x of n do not overlap, if asked', () => {
    const significance = { confidence: 0.95 } as const;
    // 65/100 is 55.3%–73.6%; 80/100 is 71.1%–86.7%: the intervals overlap.
    const small = directionOfTravel({
      current: { value: 80, numerator: 80, denominator: 100 },
      previous: { value: 65, numerator: 65, denominator: 100 },
      polarity: 'higher-better',
      ...percent,
      significance,
    });
    expect(small.direction).toBe('no-change');
    expect(small.reason.significance).toBe('not-significant');
    expect(small.sentence).toBe(
      'No change: up 15.0 percentage points on the previous period (65.0% to 80.0%), but the 95% confidence intervals overlap, so it is not a significant change.',
    );
    const large = directionOfTravel({
      current: { value: 80, numerator: 800, denominator: 1000 },
      previous: { value: 65, numerator: 650, denominator: 1000 },
      polarity: 'higher-better',
      ...percent,
      significance,
    });
    expect(large.direction).toBe('improving');
    expect(large.reason.significance).toBe('significant');
  });

  it('uses the intervals given with the figures', () => {
    const result = directionOfTravel({
      current: { value: 10, lower: 9, upper: 11 },
      previous: { value: 14, lower: 11.5, upper: 16 },
      polarity: 'lower-better',
      significance: {},
    });
    expect(result.direction).toBe('improving');
  });

  it('will not guess significance without intervals', () => {
    const result = directionOfTravel({
      current: 10,
      previous: 14,
      polarity: 'lower-better',
      significance: {},
    });
    expect(result.direction).toBe('not-comparable');
    expect(result.reason.problem).toBe(
      'there are no confidence intervals to test the change on the previous period',
    );
  });

  it('reverses when the two figures swap', () => {
    const opposite = { improving: 'worsening', worsening: 'improving', 'no-change': 'no-change' } as Record<
      string,
      string
    >;
    fc.assert(
      fc.property(
        fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        fc.constantFrom('higher-better', 'lower-better' as const),
        (a, b, polarity) => {
          const there = directionOfTravel({ current: a, previous: b, polarity }).direction;
          const back = directionOfTravel({ current: b, previous: a, polarity }).direction;
          return opposite[there] === back;
        },
      ),
    );
  });
});
