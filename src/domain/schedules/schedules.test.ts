import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nextPeriod, period, periodEndDate } from '../period.js';
import {
  emailAddressProblem,
  LONGEST_RETRY_MINUTES,
  MAX_ATTEMPTS,
  nextAttemptAfter,
  periodRuleProblem,
  reportPeriodOn,
  retryDelayMinutes,
} from './index.js';

describe('recipients’ email addresses', () => {
  it.each(['leader@wolverhampton.gov.uk', 'first.last+cabinet@example.org', "o'neil@council.example.gov.uk"])(
    'accepts %s',
    (address) => expect(emailAddressProblem(address)).toBeNull(),
  );

  it.each([
    ['leader', /not an email address/],
    ['leader@wolverhampton', /no full domain/],
    ['leader@@wolverhampton.gov.uk', /characters before the @/],
    ['Leader <leader@wolverhampton.gov.uk>', /characters before the @/],
    [' leader@wolverhampton.gov.uk', /spaces around it/],
    ['leader@-bad-.gov.uk', /not a valid host name/],
    ['leader@10.0.0.1', /ends in a number/],
    ['two words@example.org', /characters before the @/],
  ])('refuses %s with the reason', (address, reason) => {
    expect(emailAddressProblem(address)).toMatch(reason);
  });
});

describe('the period a scheduled report covers', () => {
  it('takes the last complete financial quarter, month or year on the day it runs', () => {
    expect(reportPeriodOn('last-complete-quarter', '2017-10-03')).toBe('2017/18-Q2');
    expect(reportPeriodOn('last-complete-quarter', '2017-04-01')).toBe('2016/17-Q4');
    expect(reportPeriodOn('last-complete-month', '2017-01-05')).toBe('2016-12');
    expect(reportPeriodOn('last-complete-year', '2017-06-30')).toBe('2016/17');
  });

  it('keeps a fixed period as it is', () => {
    expect(reportPeriodOn('2017/18-Q2', '2026-11-25')).toBe('2017/18-Q2');
  });

  it('refuses what is neither a rule nor a period, naming both', () => {
    expect(periodRuleProblem('last quarter')).toMatch(
      /neither a rule \(last-complete-month, .*\) nor a period/,
    );
    expect(periodRuleProblem('2017/18-Q2')).toBeNull();
  });

  it('always reports the latest period that ended before the day it runs', () => {
    const day = fc.date({ min: new Date('2000-01-01'), max: new Date('2090-12-31'), noInvalidDate: true });
    fc.assert(
      fc.property(
        day,
        fc.constantFrom('last-complete-month', 'last-complete-quarter', 'last-complete-year'),
        (d, rule) => {
          const today = d.toISOString().slice(0, 10);
          const reported = period(reportPeriodOn(rule, today));
          expect(periodEndDate(reported) < today).toBe(true);
          expect(periodEndDate(nextPeriod(reported)) >= today).toBe(true);
        },
      ),
    );
  });
});

describe('retrying a delivery that failed', () => {
  it('waits five minutes, then twice as long each time, up to six hours', () => {
    expect([1, 2, 3, 4].map(retryDelayMinutes)).toEqual([5, 10, 20, 40]);
    expect(retryDelayMinutes(9)).toBe(LONGEST_RETRY_MINUTES);
  });

  it('never waits less after more failures, and gives up after the last attempt', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1000 }), (n) => {
        expect(retryDelayMinutes(n + 1)).toBeGreaterThanOrEqual(retryDelayMinutes(n));
        expect(retryDelayMinutes(n)).toBeLessThanOrEqual(LONGEST_RETRY_MINUTES);
      }),
    );
    const at = new Date('2026-11-25T10:00:00Z');
    expect(nextAttemptAfter(at, 1)?.toISOString()).toBe('2026-11-25T10:05:00.000Z');
    expect(nextAttemptAfter(at, MAX_ATTEMPTS)).toBeNull();
  });
});
