/**
 * Sessions: started at sign-in with a new random id, ended by signing out, by being idle too long or
 * by reaching their absolute lifetime, and ended for good when the account is disabled or its
 * password changes (see users.ts). Only the id's hash is stored.
 */
import type { Store } from '../../store/connect.js';
import {
  deleteExpiredSessions,
  deleteSession,
  findSession,
  insertSession,
  touchSession,
  type Session,
  type SignInMethod,
} from '../../store/sessions.js';
import { findUserById, type User } from '../../store/users.js';
import { randomSecret, sha256Hex } from './secrets.js';

export interface SessionPolicy {
  /** A session unused for this long ends. */
  idleSeconds: number;
  /** A session ends this long after sign-in, however busy. */
  absoluteSeconds: number;
}

export const DEFAULT_SESSION_POLICY: SessionPolicy = { idleSeconds: 30 * 60, absoluteSeconds: 12 * 60 * 60 };

/** Writing "last seen" on every request would make every read a write; once a minute is enough. */
const TOUCH_EVERY_MS = 60_000;

export interface Client {
  ip: string | null;
  userAgent: string | null;
}

export interface StartedSession {
  /** For the cookie only: never stored, never logged. */
  token: string;
  expiresAt: Date;
}

export async function startSession(
  store: Store,
  user: User,
  method: SignInMethod,
  client: Client,
  now: Date,
  policy: SessionPolicy,
): Promise<StartedSession> {
  const token = randomSecret(32);
  const expiresAt = new Date(now.getTime() + policy.absoluteSeconds * 1000);
  await insertSession(store.db, {
    idHash: sha256Hex(token),
    userId: user.id,
    method,
    createdAt: now.toISOString(),
    lastSeenAt: now.toISOString(),
    expiresAt: expiresAt.toISOString(),
    ip: client.ip,
    userAgent: client.userAgent?.slice(0, 512) ?? null,
  });
  return { token, expiresAt };
}

export interface LiveSession {
  user: User;
  session: Session;
}

/** The session a cookie's id names, if it is still alive; a dead one is deleted on the way. */
export async function resolveSession(
  store: Store,
  token: string,
  now: Date,
  policy: SessionPolicy,
): Promise<LiveSession | null> {
  const idHash = sha256Hex(token);
  const session = await findSession(store.db, idHash);
  if (!session) return null;
  const idleSince = now.getTime() - Date.parse(session.lastSeenAt);
  const expired = Date.parse(session.expiresAt) <= now.getTime() || idleSince >= policy.idleSeconds * 1000;
  const user = expired ? null : await findUserById(store.db, session.userId);
  if (!user || user.disabled) {
    await deleteSession(store.db, idHash);
    return null;
  }
  if (idleSince >= TOUCH_EVERY_MS) await touchSession(store.db, idHash, now.toISOString());
  return { user, session };
}

export async function endSession(store: Store, token: string): Promise<void> {
  await deleteSession(store.db, sha256Hex(token));
}

/** Deletes sessions that can no longer be used; run from time to time. */
export async function sweepSessions(store: Store, now: Date, policy: SessionPolicy): Promise<number> {
  const idleBefore = new Date(now.getTime() - policy.idleSeconds * 1000).toISOString();
  return deleteExpiredSessions(store.db, now.toISOString(), idleBefore);
}
