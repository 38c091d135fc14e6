/**
 * Signing in with a password, throttled per account and per address (see domain/access/throttle.ts).
 * The account bucket is shared by everyone who types that email, except on a device the account has
 * signed in from before, which has a bucket of its own: an attacker elsewhere can slow strangers
 * down but cannot lock the real user out of their usual browser.
 */
import {
  ACCOUNT_RULE,
  ADDRESS_RULE,
  afterFailure,
  secondsToWait,
  type ThrottleRule,
} from '../../domain/access/throttle.js';
import { recordAuditEvent } from '../../store/audit.js';
import type { Store } from '../../store/connect.js';
import {
  claimThrottle,
  clearThrottle,
  releaseThrottle,
  saveThrottleState,
  throttleStateOf,
} from '../../store/sign-in-throttle.js';
import { findUserByEmail, normaliseEmail, passwordHashOf, type User } from '../../store/users.js';
import { decoyHash, verifyPassword, type ScryptCost, DEFAULT_COST } from './passwords.js';

export interface SignInAttempt {
  email: string;
  password: string;
  ip: string;
  /** The device the browser proved it is (a signed cookie from an earlier sign-in), if any. */
  device: { userId: string; id: string } | null;
}

export type SignInOutcome =
  | { ok: true; user: User }
  | { ok: false; reason: 'throttled'; retryAfterSeconds: number }
  | { ok: false; reason: 'invalid' };

/** Longer than any check takes; a claim left by a crashed server lapses after it. */
const CLAIM_SECONDS = 10;

export async function signInWithPassword(
  store: Store,
  attempt: SignInAttempt,
  now: Date,
  cost: ScryptCost = DEFAULT_COST,
): Promise<SignInOutcome> {
  const email = normaliseEmail(attempt.email).slice(0, 320);
  const user = await findUserByEmail(store.db, email);
  const accountKey =
    user && attempt.device?.userId === user.id
      ? `device:${user.id}:${attempt.device.id}`
      : `account:${email}`;
  // One attempt per account at a time: parallel guesses would otherwise all read "no wait yet".
  const until = new Date(now.getTime() + CLAIM_SECONDS * 1000).toISOString();
  if (!(await claimThrottle(store.db, accountKey, now.toISOString(), until))) {
    await recordAuditEvent(store.db, {
      at: now.toISOString(),
      actor: email,
      action: 'sign-in-failed',
      objectType: 'user',
      objectId: email,
      after: { throttled: true, reason: 'another attempt in progress' },
      ip: attempt.ip,
    });
    return { ok: false, reason: 'throttled', retryAfterSeconds: 1 };
  }
  try {
    return await checkAttempt(store, attempt, email, user, accountKey, now, cost);
  } finally {
    await releaseThrottle(store.db, accountKey);
  }
}

async function checkAttempt(
  store: Store,
  attempt: SignInAttempt,
  email: string,
  user: User | null,
  accountKey: string,
  now: Date,
  cost: ScryptCost,
): Promise<SignInOutcome> {
  const buckets: [string, ThrottleRule][] = [
    [`address:${attempt.ip}`, ADDRESS_RULE],
    [accountKey, ACCOUNT_RULE],
  ];
  const states = await Promise.all(buckets.map(([key]) => throttleStateOf(store.db, key)));
  const wait = Math.max(...states.map((s) => secondsToWait(s, now)));
  const audit = { at: now.toISOString(), actor: email, objectType: 'user', objectId: email, ip: attempt.ip };
  if (wait > 0) {
    await recordAuditEvent(store.db, { ...audit, action: 'sign-in-failed', after: { throttled: true } });
    return { ok: false, reason: 'throttled', retryAfterSeconds: wait };
  }
  // Disabled and single sign-on accounts are checked against the decoy too, so timing tells nothing.
  const hash = user && !user.disabled ? await passwordHashOf(store.db, user.id) : null;
  const matches = await verifyPassword(attempt.password, hash ?? (await decoyHash(cost)));
  if (!matches || !hash || !user) {
    await store.db.transaction().execute(async (trx) => {
      for (const [i, [key, rule]] of buckets.entries()) {
        await saveThrottleState(trx, key, afterFailure(rule, states[i]!, now));
      }
      await recordAuditEvent(trx, { ...audit, action: 'sign-in-failed' });
    });
    return { ok: false, reason: 'invalid' };
  }
  await clearThrottle(store.db, accountKey);
  await recordAuditEvent(store.db, {
    ...audit,
    actor: user.email,
    action: 'sign-in',
    after: { method: 'password' },
  });
  return { ok: true, user };
}
