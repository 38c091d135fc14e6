/**
 * Back-off for deliveries that fail: the wait doubles from five minutes up to six hours, so a mail
 * server that is down for a morning is not hammered, and one that is back is used within the hour.
 */

export const FIRST_RETRY_MINUTES = 5;
export const LONGEST_RETRY_MINUTES = 6 * 60;
/** After this many failed attempts a delivery is given up (and kept, with its reason). */
export const MAX_ATTEMPTS = 10;

/** Minutes to wait after the `attempts`-th failed attempt (1 = the first failure). */
export function retryDelayMinutes(attempts: number): number {
  const step = Math.max(1, Math.floor(attempts));
  return Math.min(LONGEST_RETRY_MINUTES, FIRST_RETRY_MINUTES * 2 ** Math.min(step - 1, 20));
}

/** When to try again after a failure, or null when it is time to give up. */
export function nextAttemptAfter(failedAt: Date, attempts: number): Date | null {
  if (attempts >= MAX_ATTEMPTS) return null;
  return new Date(failedAt.getTime() + retryDelayMinutes(attempts) * 60_000);
}

/** How long a waiting report sleeps before its figures' approval is looked at again. */
export const APPROVAL_RECHECK_MINUTES = 60;
