import { describe, expect, it } from 'vitest';
import { formatPeriod } from '../period.js';
import { CANONICAL_READING, readPeriod, type PeriodReading } from './period-forms.js';

const reading = (over: Partial<PeriodReading> = {}): PeriodReading => ({ ...CANONICAL_READING, ...over });
const read = (text: string, over: Partial<PeriodReading> = {}) => {
  const result = readPeriod(text, reading(over));
  return result.ok ? formatPeriod(result.period) : result.error;
};

describe('the periods of Fingertips downloads', () => {
  it('reads a range of three months from a quarter’s first month as that quarter, of the kind of year read', () => {
    expect(read('Jan - Mar 2018', { bareYear: 'calendar' })).toBe('2018-Q1');
    expect(read('Jan - Mar 2018', { bareYear: 'financial' })).toBe('2017/18-Q4');
    expect(read('Apr - Jun 2018', { bareYear: 'financial' })).toBe('2018/19-Q1');
    expect(read('April to June 2018', { bareYear: 'financial' })).toBe('2018/19-Q1');
    expect(read('Nov 2017 - Jan 2018', { bareYear: 'financial' })).toMatch(
      /^"Nov 2017 - Jan 2018" covers 3 months/,
    );
  });

  it('reads a range of twelve months as the calendar, financial or academic year it is', () => {
    expect(read('Jan - Dec 2017')).toBe('2017');
    expect(read('Apr 2017 - Mar 2018')).toBe('2017/18');
    expect(read('Sep 2017 - Aug 2018')).toBe('AY2017/18');
    expect(read('Oct - Oct 2017')).toBe('2017-10');
  });

  it('says which span of years a pooled period is, rather than reading it as one year', () => {
    expect(read('2015 - 17')).toBe(
      '"2015 - 17" is 3 calendar years pooled (2015 to 2017), which Golden Thread cannot hold as one period',
    );
    expect(read('2014/15 - 16/17')).toBe(
      '"2014/15 - 16/17" is 3 financial years pooled (2014/15 to 2016/17), which Golden Thread cannot hold as one period',
    );
    expect(read('2099 - 01')).toMatch(/is 3 calendar years pooled \(2099 to 2101\)/);
    // Two consecutive years are one year span, as before.
    expect(read('2017 - 18', { yearSpan: 'financial' })).toBe('2017/18');
  });

  it('gives the reason with the result, for the report to name', () => {
    const result = readPeriod('2015 - 17', reading());
    expect(result).toMatchObject({ ok: false, why: expect.stringMatching(/^is 3 calendar years pooled/) });
    expect(readPeriod('next year', reading())).toMatchObject({ ok: false, why: null });
  });
});
