/**
 * API tokens for integrations. A token acts as the account that created it, limited to its scopes
 * and to reading; it is shown once, stored as a hash, and revoked rather than deleted.
 */
import { UserError } from '../../domain/errors.js';
import {
  findLiveApiToken,
  insertApiToken,
  revokeApiToken,
  touchApiToken,
  type ApiToken,
} from '../../store/api-tokens.js';
import { recordAuditEvent } from '../../store/audit.js';
import type { Store } from '../../store/connect.js';
import { findUserById, type User } from '../../store/users.js';
import { randomSecret, sha256Hex } from './secrets.js';
import type { Change } from './users.js';

/** What a token may read; each read route names the scope it needs. */
export const TOKEN_SCOPES = [
  'organisation',
  'strategy',
  'measures',
  'values',
  'areas',
  'exports',
  'audit',
  // Key actions, recovery plans, risks, review meetings and complaints: the review step's records.
  'plans',
  // Individual objectives are about people, so an integration must be given them on purpose.
  'objectives',
] as const;
export type TokenScope = (typeof TOKEN_SCOPES)[number];

/** The prefix tells a leaked token apart in logs and secret scanners. */
const PREFIX = 'gt_';

export interface CreatedToken {
  token: ApiToken;
  /** The secret, to show once. */
  secret: string;
}

export async function createApiToken(
  store: Store,
  user: User,
  request: { name: string; scopes: readonly TokenScope[] },
  change: Change,
): Promise<CreatedToken> {
  if (request.scopes.length === 0) throw new UserError('invalid-input', 'scopes: name at least one scope');
  const id = `T-${randomSecret(9)}`;
  const secret = `${PREFIX}${randomSecret(32)}`;
  const token: ApiToken = {
    id,
    userId: user.id,
    name: request.name,
    scopes: [...new Set(request.scopes)],
    createdAt: change.at.toISOString(),
    lastUsedAt: null,
    revokedAt: null,
  };
  await store.db.transaction().execute(async (trx) => {
    await insertApiToken(trx, token, sha256Hex(secret));
    await recordAuditEvent(trx, {
      at: token.createdAt,
      actor: change.actor,
      action: 'token-created',
      objectType: 'api-token',
      objectId: id,
      after: { name: token.name, scopes: token.scopes, for: user.email },
      ip: change.ip ?? null,
    });
  });
  return { token, secret };
}

export async function revokeToken(store: Store, token: ApiToken, change: Change): Promise<void> {
  await store.db.transaction().execute(async (trx) => {
    if (!(await revokeApiToken(trx, token.id, change.at.toISOString()))) return;
    await recordAuditEvent(trx, {
      at: change.at.toISOString(),
      actor: change.actor,
      action: 'token-revoked',
      objectType: 'api-token',
      objectId: token.id,
      before: { revoked: false },
      after: { revoked: true },
      ip: change.ip ?? null,
    });
  });
}

/** The live token and its account for a bearer secret, or null (unknown, revoked, or account disabled). */
export async function resolveApiToken(
  store: Store,
  secret: string,
  now: Date,
): Promise<{ token: ApiToken; user: User } | null> {
  if (!secret.startsWith(PREFIX) || secret.length > 200) return null;
  const token = await findLiveApiToken(store.db, sha256Hex(secret));
  if (!token) return null;
  const user = await findUserById(store.db, token.userId);
  if (!user || user.disabled) return null;
  const lastUsed = token.lastUsedAt ? Date.parse(token.lastUsedAt) : 0;
  if (now.getTime() - lastUsed > 60_000) await touchApiToken(store.db, token.id, now.toISOString());
  return { token, user };
}
