/** API tokens for integrations: stored as SHA-256 hashes, scoped, and revoked rather than deleted. */
import type { Kysely } from 'kysely';
import type { Database } from './database.js';

export interface ApiToken {
  id: string;
  userId: string;
  name: string;
  scopes: string[];
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

type Row = Database['api_token'];

function rowToToken(r: Pick<Row, Exclude<keyof Row, 'token_hash'>>): ApiToken {
  return {
    id: r.id,
    userId: r.user_id,
    name: r.name,
    scopes: r.scopes.split(' ').filter((s) => s.length > 0),
    createdAt: r.created_at,
    lastUsedAt: r.last_used_at,
    revokedAt: r.revoked_at,
  };
}

const COLUMNS = ['id', 'user_id', 'name', 'scopes', 'created_at', 'last_used_at', 'revoked_at'] as const;

export async function insertApiToken(
  db: Kysely<Database>,
  token: Omit<ApiToken, 'lastUsedAt' | 'revokedAt'>,
  tokenHash: string,
): Promise<void> {
  await db
    .insertInto('api_token')
    .values({
      id: token.id,
      user_id: token.userId,
      name: token.name,
      token_hash: tokenHash,
      scopes: token.scopes.join(' '),
      created_at: token.createdAt,
      last_used_at: null,
      revoked_at: null,
    })
    .execute();
}

/** The token with this hash, if it exists and has not been revoked. */
export async function findLiveApiToken(db: Kysely<Database>, tokenHash: string): Promise<ApiToken | null> {
  const row = await db
    .selectFrom('api_token')
    .select(COLUMNS)
    .where('token_hash', '=', tokenHash)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return row ? rowToToken(row) : null;
}

export async function findApiToken(db: Kysely<Database>, id: string): Promise<ApiToken | null> {
  const row = await db.selectFrom('api_token').select(COLUMNS).where('id', '=', id).executeTakeFirst();
  return row ? rowToToken(row) : null;
}

export async function listApiTokens(db: Kysely<Database>, userId?: string): Promise<ApiToken[]> {
  let query = db.selectFrom('api_token').select(COLUMNS).orderBy('created_at').orderBy('id');
  if (userId !== undefined) query = query.where('user_id', '=', userId);
  return (await query.execute()).map(rowToToken);
}

export async function revokeApiToken(db: Kysely<Database>, id: string, at: string): Promise<boolean> {
  const result = await db
    .updateTable('api_token')
    .set({ revoked_at: at })
    .where('id', '=', id)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export async function touchApiToken(db: Kysely<Database>, id: string, at: string): Promise<void> {
  await db.updateTable('api_token').set({ last_used_at: at }).where('id', '=', id).execute();
}
