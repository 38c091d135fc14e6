/**
 * Chooses the SQLite driver for this Node.js. Node 24 builds of native addons that use the old
 * `node::ObjectWrap` abort the process when a statement is garbage-collected (Node 24.19+, see
 * nodejs/node#65446), and better-sqlite3 13 — which avoids that — crashes on Node 20. So Node 24
 * and newer use the built-in `node:sqlite`, and older versions use better-sqlite3 12.
 */
import type { SqliteDatabase, SqliteStatement } from 'kysely';

export interface SqliteConnection {
  /** What Kysely's SqliteDialect drives. */
  database: SqliteDatabase;
  /** Runs statements that return nothing, such as PRAGMAs. */
  exec(sql: string): void;
  driver: 'node:sqlite' | 'better-sqlite3';
}

/** Node 24 is the first release line where node:sqlite is ready and better-sqlite3 12 is not. */
export function prefersBuiltInSqlite(nodeVersion = process.versions.node): boolean {
  return Number(nodeVersion.split('.')[0]) >= 24;
}

export async function openSqliteFile(file: string): Promise<SqliteConnection> {
  return prefersBuiltInSqlite() ? openBuiltIn(file) : openBetterSqlite(file);
}

async function openBetterSqlite(file: string): Promise<SqliteConnection> {
  let Database: typeof import('better-sqlite3');
  try {
    ({ default: Database } = await import('better-sqlite3'));
  } catch (error) {
    throw new Error(
      `SQLite on Node.js ${process.versions.node} needs the better-sqlite3 package, which did not load (${(error as Error).message}): run npm install again, use Node.js 24, or set DATABASE_URL to use PostgreSQL`,
      { cause: error },
    );
  }
  const database = new Database(file);
  return { database, exec: (sql) => database.exec(sql), driver: 'better-sqlite3' };
}

/** The parts of node:sqlite used here; @types/node for Node 20 does not describe the module. */
interface BuiltInStatement {
  all(...parameters: unknown[]): unknown[];
  run(...parameters: unknown[]): { changes: number | bigint; lastInsertRowid: number | bigint };
  iterate(...parameters: unknown[]): IterableIterator<unknown>;
  columns(): unknown[];
}
interface BuiltInDatabase {
  prepare(sql: string): BuiltInStatement;
  exec(sql: string): void;
  close(): void;
}
interface BuiltInModule {
  DatabaseSync: new (file: string) => BuiltInDatabase;
}

async function openBuiltIn(file: string): Promise<SqliteConnection> {
  const moduleName = 'node:sqlite';
  const { DatabaseSync } = (await import(moduleName)) as BuiltInModule;
  const database = new DatabaseSync(file);
  const adapter: SqliteDatabase = {
    close: () => database.close(),
    prepare(sql: string): SqliteStatement {
      const statement = database.prepare(sql);
      return {
        reader: statement.columns().length > 0,
        all: (parameters) => statement.all(...parameters),
        run: (parameters) => statement.run(...parameters),
        iterate: (parameters) => statement.iterate(...parameters),
      };
    },
  };
  return { database: adapter, exec: (sql) => database.exec(sql), driver: 'node:sqlite' };
}
