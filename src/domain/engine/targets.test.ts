import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { periodContainingMonth } from '../period.js';
import { YEAR_PERIOD, indexTargets, targetFor, yearStart } from './targets.js';
import type { MeasureDefinition } from './types.js';

const measure = (yearKind: MeasureDefinition['yearKind']): MeasureDefinition => ({
  id: 'M',
  unit: 'percent',
  ratePer: null,
  polarity: 'higher-better',
  frequency: 'monthly',
  yearKind,
  aggregation: 'ratio',
  decimals: 1,
  tolerance: null,
  toleranceKind: 'absolute',
  dueLagDays: 30,
});

describe('the year a month falls in', () => {
  it('starts where period.ts says the year of its kind starts, for any month', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -30_000, max: 150_000 }),
        fc.constantFrom('financial', 'calendar', 'academic' as const),
        (month, yearKind) => {
          const year = periodContainingMonth(YEAR_PERIOD[yearKind], month);
          expect(yearStart(month, measure(yearKind))).toBe(year.startMonth);
        },
      ),
    );
  });
});

describe('the target that judges a period', () => {
  const target = (period: string, value: number) => ({
    period,
    value,
    lower: null,
    upper: null,
    tolerance: null,
  });

  it('is the period’s own, or else its year’s, and the index is refilled for each measure', () => {
    const monthly = measure('financial');
    const first = indexTargets([target('2017/18', 80), target('2018-01', 85)], 'month', monthly);
    const january = periodContainingMonth('month', 2018 * 12);
    const march = periodContainingMonth('month', 2018 * 12 + 2);
    expect(targetFor(january, first, monthly)?.value).toBe(85);
    expect(targetFor(march, first, monthly)?.value).toBe(80);
    const second = indexTargets([target('2018/19', 90)], 'month', monthly);
    expect(targetFor(january, second, monthly)).toBeNull();
  });
});
