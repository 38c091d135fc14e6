import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatPeriod, periodContainingMonth, type PeriodKind } from '../period.js';
import {
  figureSeries,
  lastYearFigure,
  previousFigure,
  rolling12MonthPeriods,
  rolling12Months,
  yearToDate,
  yearToDatePeriods,
} from './series.js';

const monthly = figureSeries(
  Array.from({ length: 24 }, (_, i) => {
    const p = formatPeriod(periodContainingMonth('month', 2015 * 12 + i));
    return { period: p, value: i + 1, numerator: i + 1, denominator: 10 };
  }),
);
const countRule = { aggregation: 'sum', unit: 'number', ratePer: null, yearKind: 'financial' } as const;

describe('periods of a series', () => {
  it('finds the previous period and the same period last year', () => {
    expect(previousFigure(monthly, '2016-01')).toEqual({
      period: '2015-12',
      figure: { value: 12, numerator: 12, denominator: 10 },
    });
    expect(lastYearFigure(monthly, '2016-01')?.figure?.value).toBe(1);
    expect(lastYearFigure(monthly, '2015-01')).toEqual({ period: '2014-01', figure: null });
    expect(previousFigure(monthly, 'June 2015')).toBeNull();
  });

  it('adds up the financial year to date from April', () => {
    const result = yearToDate(monthly, '2015-06', countRule);
    expect(result.periods).toEqual(['2015-04', '2015-05', '2015-06']);
    expect(result.figure?.value).toBe(4 + 5 + 6);
  });

  it('starts the year to date in January for a calendar year and in September for an academic year', () => {
    expect(yearToDate(monthly, '2015-03', { ...countRule, yearKind: 'calendar' }).figure?.value).toBe(
      1 + 2 + 3,
    );
    const academic = yearToDate(monthly, '2015-10', { ...countRule, yearKind: 'academic' });
    expect(academic.periods).toEqual(['2015-09', '2015-10']);
  });

  it('adds up rolling 12 months as a ratio of sums', () => {
    const result = rolling12Months(monthly, '2015-12', {
      ...countRule,
      aggregation: 'ratio',
      unit: 'percent',
    });
    // numerators 1..12 sum to 78 over 12 × 10.
    expect(result.figure?.value).toBeCloseTo(65, 12);
    expect(result.periods).toHaveLength(12);
  });

  it('names the months missing from a year to date', () => {
    const result = yearToDate(monthly, '2014-05', countRule);
    expect(result.figure).toBeNull();
    expect(result.reason).toBe('2 of 2 figures are missing (2014-04 and 2014-05)');
  });

  it('refuses a year to date for a period that straddles the year', () => {
    const result = yearToDate(monthly, '2015', countRule);
    expect(result.figure).toBeNull();
    expect(result.reason).toBe('2015 does not fall within one financial year');
  });

  it('returns the parse error for text that is not a period', () => {
    expect(yearToDate(monthly, '2015-13', countRule).reason).toMatch(/not a period/);
  });

  it('ends every year to date at its period and starts it at the start of the year', () => {
    const kinds: PeriodKind[] = ['month', 'financial-quarter', 'financial-year'];
    fc.assert(
      fc.property(
        fc.constantFrom(...kinds),
        fc.integer({ min: 1990 * 12, max: 2090 * 12 }),
        (kind, month) => {
          const p = periodContainingMonth(kind, month);
          const { periods } = yearToDatePeriods(p, 'financial');
          if (periods === null) return false;
          const first = periods[0]!;
          const last = periods[periods.length - 1]!;
          const startsInApril = ((first.startMonth % 12) + 12) % 12 === 3;
          return last.startMonth === p.startMonth && startsInApril && periods.length * p.months <= 12;
        },
      ),
    );
  });

  it('covers exactly the 12 months ending with the period in a rolling year', () => {
    fc.assert(
      fc.property(
        fc.constantFrom<PeriodKind>('month', 'financial-quarter', 'calendar-quarter', 'calendar-year'),
        fc.integer({ min: 1990 * 12, max: 2090 * 12 }),
        (kind, month) => {
          const p = periodContainingMonth(kind, month);
          const periods = rolling12MonthPeriods(p);
          const months = periods.reduce((n, q) => n + q.months, 0);
          return months === 12 && periods[periods.length - 1]!.startMonth === p.startMonth;
        },
      ),
    );
  });
});
