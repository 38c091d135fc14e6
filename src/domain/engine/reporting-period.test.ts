import { describe, expect, it } from 'vitest';
import { formatPeriod, period, type PeriodKind } from '../period.js';
import { reportingPeriod } from './reporting-period.js';

const judged = (kind: PeriodKind, asAt: string) => formatPeriod(reportingPeriod(kind, period(asAt)));

describe('the period a report as at a period judges', () => {
  it('takes the last month of a quarter for monthly measures', () => {
    expect(judged('month', '2017/18-Q2')).toBe('2017-09');
  });

  it('takes the quarter itself for quarterly measures', () => {
    expect(judged('financial-quarter', '2017/18-Q2')).toBe('2017/18-Q2');
  });

  it('takes the last complete year for annual measures', () => {
    expect(judged('financial-year', '2017/18-Q2')).toBe('2016/17');
    expect(judged('financial-year', '2017/18-Q4')).toBe('2017/18');
    expect(judged('calendar-year', '2017/18-Q3')).toBe('2017');
    expect(judged('academic-year', '2017/18-Q2')).toBe('AY2016/17');
  });

  it('takes the last complete quarter for a month report on a quarterly measure', () => {
    expect(judged('financial-quarter', '2017-08')).toBe('2017/18-Q1');
    expect(judged('financial-quarter', '2017-09')).toBe('2017/18-Q2');
  });
});
