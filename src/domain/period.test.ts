import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  comparePeriods,
  enclosingPeriod,
  formatPeriod,
  monthsOf,
  parsePeriod,
  period,
  periodContains,
  periodDueDate,
  periodEndDate,
  periodLabel,
  periodOfDate,
  PERIOD_KINDS,
  periodContainingMonth,
  periodsBetween,
  periodStartDate,
  previousPeriod,
  samePeriodLastYear,
  type Period,
} from './period.js';

const anyPeriod = fc
  .tuple(fc.constantFrom(...PERIOD_KINDS), fc.integer({ min: 1990 * 12, max: 2099 * 12 }))
  .map(([kind, month]) => periodContainingMonth(kind, month));

describe('periods', () => {
  it('reads each canonical form and gives its dates', () => {
    const cases: [string, string, string, string][] = [
      ['2015-04', 'month', '2015-04-01', '2015-04-30'],
      ['2016-02', 'month', '2016-02-01', '2016-02-29'],
      ['2015/16-Q1', 'financial-quarter', '2015-04-01', '2015-06-30'],
      ['2015/16-Q4', 'financial-quarter', '2016-01-01', '2016-03-31'],
      ['2015/16', 'financial-year', '2015-04-01', '2016-03-31'],
      ['1999/00', 'financial-year', '1999-04-01', '2000-03-31'],
      ['2015-Q3', 'calendar-quarter', '2015-07-01', '2015-09-30'],
      ['2015', 'calendar-year', '2015-01-01', '2015-12-31'],
      ['AY2015/16', 'academic-year', '2015-09-01', '2016-08-31'],
    ];
    for (const [text, kind, start, end] of cases) {
      const p = period(text);
      expect([p.kind, periodStartDate(p), periodEndDate(p)]).toEqual([kind, start, end]);
    }
  });

  it('names periods as people write them', () => {
    expect(periodLabel(period('2015-04'))).toBe('April 2015');
    expect(periodLabel(period('2017/18-Q3'))).toBe('Q3 2017/18');
    expect(periodLabel(period('2017/18'))).toBe('2017/18');
    expect(periodLabel(period('AY2016/17'))).toBe('Academic year 2016/17');
  });

  it('rejects text that is not a period, saying which forms it expected', () => {
    for (const bad of ['2015-13', '2015/17', '2015/16-Q5', 'Q1 2015/16', '', '15/16', 'AY2015/17']) {
      const result = parsePeriod(bad);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error).toMatch(/expected YYYY-MM \(month\)/);
    }
  });

  it('round-trips every period through its canonical text', () => {
    fc.assert(
      fc.property(anyPeriod, (p) => {
        const result = parsePeriod(formatPeriod(p));
        expect(result).toEqual({ ok: true, period: p });
      }),
    );
  });

  it('sorts the canonical text of one kind in time order', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...PERIOD_KINDS),
        fc.array(fc.integer({ min: 1990 * 12, max: 2099 * 12 })),
        (kind, months) => {
          const periods = months.map((m) => periodContainingMonth(kind, m));
          const byText = [...periods]
            .sort((a, b) => (formatPeriod(a) < formatPeriod(b) ? -1 : 1))
            .map(formatPeriod);
          const byTime = [...periods].sort(comparePeriods).map(formatPeriod);
          expect(byText).toEqual(byTime);
        },
      ),
    );
  });

  it('steps back one period and one year', () => {
    expect(formatPeriod(previousPeriod(period('2016/17-Q1')))).toBe('2015/16-Q4');
    expect(formatPeriod(previousPeriod(period('2016-01')))).toBe('2015-12');
    expect(formatPeriod(samePeriodLastYear(period('2016/17-Q2')))).toBe('2015/16-Q2');
    expect(formatPeriod(samePeriodLastYear(period('AY2016/17')))).toBe('AY2015/16');
  });

  it('places every month in the financial year and quarter that contain it', () => {
    fc.assert(
      fc.property(anyPeriod, fc.constantFrom(...PERIOD_KINDS), (p: Period, kind) => {
        for (const month of monthsOf(p)) {
          expect(periodContains(enclosingPeriod(month, kind), month)).toBe(true);
        }
      }),
    );
    expect(formatPeriod(periodOfDate('financial-year', '2016-03-31'))).toBe('2015/16');
    expect(formatPeriod(periodOfDate('financial-quarter', '2016-04-01'))).toBe('2016/17-Q1');
  });

  it('lists the periods between two, inclusive', () => {
    expect(
      periodsBetween('financial-quarter', period('2015-04'), period('2016-03')).map(formatPeriod),
    ).toEqual(['2015/16-Q1', '2015/16-Q2', '2015/16-Q3', '2015/16-Q4']);
  });

  it('puts the due date the given number of days after the period ends', () => {
    expect(periodDueDate(period('2015/16-Q4'), 30)).toBe('2016-04-30');
    expect(periodDueDate(period('2016-02'), 1)).toBe('2016-03-01');
  });
});
