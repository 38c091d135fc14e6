/**
 * Opens the store: SQLite in the data folder by default, PostgreSQL when a postgres:// URL is given.
 * Nothing outside src/store knows which one it got.
 */
import { accessSync, constants, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Kysely, PostgresDialect, SqliteDialect, sql } from 'kysely';
import pg from 'pg';
import { UserError } from '../domain/errors.js';
import type { Database } from './database.js';
import type { DialectName } from './dialect.js';
import { openSqliteFile } from './sqlite-driver.js';

export interface StoreOptions {
  /** postgres://… to use PostgreSQL; otherwise SQLite in `dataDir`. */
  databaseUrl?: string | undefined;
  /** Folder for the SQLite file; default ./data. */
  dataDir?: string | undefined;
}

export interface Store {
  db: Kysely<Database>;
  dialect: DialectName;
  /** Where the data lives, for people: a file path or the URL without its password. */
  location: string;
  close(): Promise<void>;
}

export const SQLITE_FILE_NAME = 'golden-thread.sqlite';

export async function openStore(options: StoreOptions): Promise<Store> {
  const url = options.databaseUrl?.trim();
  if (url) {
    if (!/^postgres(ql)?:\/\//.test(url)) {
      throw new UserError(
        'invalid-input',
        `DATABASE_URL must start with postgres:// or postgresql://, got "${redactUrl(url)}"`,
      );
    }
    return openPostgres(url);
  }
  return openSqlite(resolve(options.dataDir ?? 'data'));
}

async function openSqlite(dataDir: string): Promise<Store> {
  try {
    mkdirSync(dataDir, { recursive: true });
    accessSync(dataDir, constants.W_OK);
  } catch (error) {
    throw new UserError(
      'data-dir-unwritable',
      `Cannot write to the data folder ${dataDir} (${(error as NodeJS.ErrnoException).code ?? 'error'}): choose a writable folder with --data-dir or GOLDEN_THREAD_DATA_DIR`,
    );
  }
  const file = join(dataDir, SQLITE_FILE_NAME);
  const connection = await openSqliteFile(file);
  connection.exec('PRAGMA journal_mode = WAL');
  connection.exec('PRAGMA foreign_keys = ON');
  connection.exec('PRAGMA busy_timeout = 5000');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: connection.database }) });
  return { db, dialect: 'sqlite', location: file, close: () => db.destroy() };
}

async function openPostgres(url: string): Promise<Store> {
  const pool = new pg.Pool({ connectionString: url, max: 10, connectionTimeoutMillis: 10_000 });
  // An idle client losing its server must not crash the process; the next query reports it.
  pool.on('error', () => {});
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  try {
    await sql`select 1`.execute(db);
  } catch (error) {
    await db.destroy().catch(() => {});
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new UserError(
      'database-unreachable',
      `Cannot reach the PostgreSQL database at ${redactUrl(url)} (${reason}): check DATABASE_URL and that the server is running`,
    );
  }
  return { db, dialect: 'postgres', location: redactUrl(url), close: () => db.destroy() };
}

/** The URL with any password replaced, safe to print. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return url.replace(/:[^:@/]*@/, ':***@');
  }
}

/** A trivial query: can the store answer at all? For health checks. */
export async function checkStore(db: Kysely<Database>): Promise<void> {
  await sql`select 1`.execute(db);
}
