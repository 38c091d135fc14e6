import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ACCOUNT_RULE,
  afterFailure,
  MAX_DELAY_SECONDS,
  secondsToWait,
  type ThrottleState,
} from './throttle.js';

const at = (seconds: number) => new Date(Date.UTC(2026, 0, 1) + seconds * 1000);

describe('sign-in throttling', () => {
  it('lets the first five failures through without a wait, then doubles the wait', () => {
    let state: ThrottleState | null = null;
    const waits: number[] = [];
    for (let i = 0; i < 9; i += 1) {
      state = afterFailure(ACCOUNT_RULE, state, at(0));
      waits.push(secondsToWait(state, at(0)));
    }
    expect(waits).toEqual([0, 0, 0, 0, 0, 1, 2, 4, 8]);
  });

  it('never makes anyone wait longer than the documented maximum, however many failures', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 3600 }), { maxLength: 200 }), (gaps) => {
        let state: ThrottleState | null = null;
        let now = 0;
        for (const gap of gaps) {
          now += gap;
          state = afterFailure(ACCOUNT_RULE, state, at(now));
          expect(secondsToWait(state, at(now))).toBeLessThanOrEqual(MAX_DELAY_SECONDS);
        }
        expect(secondsToWait(state, at(now + MAX_DELAY_SECONDS))).toBe(0);
      }),
    );
  });

  it('forgets failures after a quiet day', () => {
    let state: ThrottleState | null = null;
    for (let i = 0; i < 12; i += 1) state = afterFailure(ACCOUNT_RULE, state, at(0));
    const later = afterFailure(ACCOUNT_RULE, state, at(24 * 60 * 60));
    expect(later.failures).toBe(1);
    expect(later.blockedUntil).toBeNull();
  });
});
