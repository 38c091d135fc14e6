/** The state of sign-in throttling, per key ("account:…", "address:…"); the rules are the domain's. */
import type { Kysely } from 'kysely';
import type { ThrottleState } from '../domain/access/throttle.js';
import type { Database } from './database.js';

export async function throttleStateOf(db: Kysely<Database>, key: string): Promise<ThrottleState | null> {
  const row = await db.selectFrom('sign_in_throttle').selectAll().where('key', '=', key).executeTakeFirst();
  return row
    ? { failures: row.failures, lastFailureAt: row.last_failure_at, blockedUntil: row.blocked_until }
    : null;
}

export async function saveThrottleState(
  db: Kysely<Database>,
  key: string,
  state: ThrottleState,
): Promise<void> {
  const values = {
    failures: state.failures,
    last_failure_at: state.lastFailureAt,
    blocked_until: state.blockedUntil,
  };
  await db
    .insertInto('sign_in_throttle')
    .values({ key, ...values, checking_until: null })
    .onConflict((oc) => oc.column('key').doUpdateSet(values))
    .execute();
}

/**
 * Claims the key for one attempt until `until`; false when another attempt holds it. Attempts on
 * one key are thus checked one at a time, and a claim left by a crashed server lapses by itself.
 */
export async function claimThrottle(
  db: Kysely<Database>,
  key: string,
  now: string,
  until: string,
): Promise<boolean> {
  await db
    .insertInto('sign_in_throttle')
    .values({ key, failures: 0, last_failure_at: now, blocked_until: null, checking_until: null })
    .onConflict((oc) => oc.column('key').doNothing())
    .execute();
  const result = await db
    .updateTable('sign_in_throttle')
    .set({ checking_until: until })
    .where('key', '=', key)
    .where((eb) => eb.or([eb('checking_until', 'is', null), eb('checking_until', '<', now)]))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function releaseThrottle(db: Kysely<Database>, key: string): Promise<void> {
  await db.updateTable('sign_in_throttle').set({ checking_until: null }).where('key', '=', key).execute();
}

export async function clearThrottle(db: Kysely<Database>, key: string): Promise<void> {
  await db.deleteFrom('sign_in_throttle').where('key', '=', key).execute();
}
