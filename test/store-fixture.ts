/**
 * Runs a store suite on every database: `describe.each(DIALECTS)` with a fresh, migrated database
 * per suite (a temporary SQLite folder, or a new PostgreSQL database on the throwaway server).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { openStore, type Store } from '../src/store/connect.js';
import { migrateToLatest } from '../src/store/migrate.js';

export type TestDialect = 'sqlite' | 'postgres';

/** The databases available to this run: always SQLite; PostgreSQL when the server started. */
export const DIALECTS: TestDialect[] = inject('postgresUrl') ? ['sqlite', 'postgres'] : ['sqlite'];

export interface TestDatabase {
  store: Store;
  /** Options that open the same database again (for CLI and restart tests). */
  options: { databaseUrl?: string; dataDir?: string };
  drop(): Promise<void>;
}

/** A new empty database on the given dialect; `migrate: false` leaves it without tables. */
export async function createTestDatabase(
  dialect: TestDialect,
  { migrate = true } = {},
): Promise<TestDatabase> {
  if (dialect === 'sqlite') {
    const dataDir = mkdtempSync(join(tmpdir(), 'golden-thread-test-'));
    const store = await openStore({ dataDir });
    if (migrate) await migrateToLatest(store.db);
    return {
      store,
      options: { dataDir },
      async drop() {
        await store.close();
        rmSync(dataDir, { recursive: true, force: true });
      },
    };
  }
  const adminUrl = inject('postgresUrl');
  if (!adminUrl) throw new Error('PostgreSQL is not available in this run');
  const name = `gt_test_${randomBytes(6).toString('hex')}`;
  await withAdmin(adminUrl, (client) => client.query(`create database ${name}`));
  const databaseUrl = adminUrl.replace(/\/postgres$/, `/${name}`);
  const store = await openStore({ databaseUrl });
  if (migrate) await migrateToLatest(store.db);
  return {
    store,
    options: { databaseUrl },
    async drop() {
      await store.close();
      await withAdmin(adminUrl, (client) => client.query(`drop database if exists ${name} with (force)`));
    },
  };
}

async function withAdmin<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
