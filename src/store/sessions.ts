/**
 * Server-side sessions. The cookie carries a random id; the database keeps only its SHA-256, so a
 * copy of the database does not let anyone sign in. Ending a session deletes its row, after which
 * the cookie is worth nothing.
 */
import type { Kysely } from 'kysely';
import type { Database } from './database.js';

export type SignInMethod = 'password' | 'sso';

export interface Session {
  idHash: string;
  userId: string;
  method: SignInMethod;
  createdAt: string;
  lastSeenAt: string;
  expiresAt: string;
  ip: string | null;
  userAgent: string | null;
}

export async function insertSession(db: Kysely<Database>, s: Session): Promise<void> {
  await db
    .insertInto('user_session')
    .values({
      id_hash: s.idHash,
      user_id: s.userId,
      method: s.method,
      created_at: s.createdAt,
      last_seen_at: s.lastSeenAt,
      expires_at: s.expiresAt,
      ip: s.ip,
      user_agent: s.userAgent,
    })
    .execute();
}

export async function findSession(db: Kysely<Database>, idHash: string): Promise<Session | null> {
  const r = await db.selectFrom('user_session').selectAll().where('id_hash', '=', idHash).executeTakeFirst();
  if (!r) return null;
  return {
    idHash: r.id_hash,
    userId: r.user_id,
    method: r.method as SignInMethod,
    createdAt: r.created_at,
    lastSeenAt: r.last_seen_at,
    expiresAt: r.expires_at,
    ip: r.ip,
    userAgent: r.user_agent,
  };
}

export async function touchSession(db: Kysely<Database>, idHash: string, at: string): Promise<void> {
  await db.updateTable('user_session').set({ last_seen_at: at }).where('id_hash', '=', idHash).execute();
}

export async function deleteSession(db: Kysely<Database>, idHash: string): Promise<void> {
  await db.deleteFrom('user_session').where('id_hash', '=', idHash).execute();
}

/** Ends every session of an account: on sign-out everywhere, disabling, or a new password. */
export async function deleteSessionsOf(db: Kysely<Database>, userId: string): Promise<number> {
  const result = await db.deleteFrom('user_session').where('user_id', '=', userId).executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** Removes sessions past their absolute expiry; idle ones are refused when used and swept here too. */
export async function deleteExpiredSessions(
  db: Kysely<Database>,
  now: string,
  idleBefore: string,
): Promise<number> {
  const result = await db
    .deleteFrom('user_session')
    .where((eb) => eb.or([eb('expires_at', '<=', now), eb('last_seen_at', '<', idleBefore)]))
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
