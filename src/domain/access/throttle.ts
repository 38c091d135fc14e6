/**
 * Sign-in throttling: after a few free failures, each further failure doubles the wait before the
 * next attempt is checked, up to a ceiling. Attempts made while waiting are refused unchecked and
 * do not count, so no one can stretch a wait beyond the ceiling: the real user is never locked out
 * for longer than MAX_DELAY_SECONDS after the last counted failure.
 */

export interface ThrottleRule {
  /** Failures allowed before any wait. */
  freeFailures: number;
  /** The first wait, doubled for each failure after it. */
  firstDelaySeconds: number;
  /** The longest wait, whatever happens. */
  maxDelaySeconds: number;
  /** A quiet spell after which past failures are forgotten. */
  forgetAfterSeconds: number;
}

/** Fifteen minutes: the longest anyone waits between two checked sign-in attempts. */
export const MAX_DELAY_SECONDS = 15 * 60;

/** Per account (and per account on a device the account has signed in from before). */
export const ACCOUNT_RULE: ThrottleRule = {
  freeFailures: 5,
  firstDelaySeconds: 1,
  maxDelaySeconds: MAX_DELAY_SECONDS,
  forgetAfterSeconds: 24 * 60 * 60,
};

/** Per network address: more generous, since offices share one address. */
export const ADDRESS_RULE: ThrottleRule = {
  freeFailures: 20,
  firstDelaySeconds: 1,
  maxDelaySeconds: MAX_DELAY_SECONDS,
  forgetAfterSeconds: 24 * 60 * 60,
};

export interface ThrottleState {
  failures: number;
  lastFailureAt: string;
  blockedUntil: string | null;
}

/** The failures that still count at `now`: none after a quiet spell. */
export function countedFailures(rule: ThrottleRule, state: ThrottleState | null, now: Date): number {
  if (!state) return 0;
  const quietFor = (now.getTime() - Date.parse(state.lastFailureAt)) / 1000;
  return quietFor >= rule.forgetAfterSeconds ? 0 : state.failures;
}

/** Seconds to wait before the next attempt is checked; 0 when it may be checked now. */
export function secondsToWait(state: ThrottleState | null, now: Date): number {
  if (!state?.blockedUntil) return 0;
  return Math.max(0, Math.ceil((Date.parse(state.blockedUntil) - now.getTime()) / 1000));
}

/** The state after one more counted failure at `now`. */
export function afterFailure(rule: ThrottleRule, state: ThrottleState | null, now: Date): ThrottleState {
  const failures = countedFailures(rule, state, now) + 1;
  const over = failures - rule.freeFailures;
  if (over <= 0) return { failures, lastFailureAt: now.toISOString(), blockedUntil: null };
  // 2^over grows past the ceiling long before it could overflow; the ceiling caps it.
  const delay = Math.min(rule.maxDelaySeconds, rule.firstDelaySeconds * 2 ** Math.min(over - 1, 30));
  return {
    failures,
    lastFailureAt: now.toISOString(),
    blockedUntil: new Date(now.getTime() + delay * 1000).toISOString(),
  };
}
