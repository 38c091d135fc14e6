/** Brings a database's schema up to date (or all the way down, for a reset). */
import { Migrator, sql, type Kysely, type MigrationResultSet } from 'kysely';
import { UserError } from '../domain/errors.js';
import type { Database } from './database.js';
import { dialectOf } from './dialect.js';
import { MIGRATIONS } from './migrations/index.js';

const MIGRATION_TABLE = 'kysely_migration';

function migrator(db: Kysely<Database>): Migrator {
  return new Migrator({
    db,
    provider: { getMigrations: async () => MIGRATIONS },
    migrationTableName: MIGRATION_TABLE,
    migrationLockTableName: 'kysely_migration_lock',
  });
}

/** Names of the migrations this database has run. Empty for a new database. */
export async function appliedMigrations(db: Kysely<Database>): Promise<string[]> {
  const tables = await db.introspection.getTables({ withInternalKyselyTables: true });
  if (!tables.some((t) => t.name === MIGRATION_TABLE)) return [];
  const rows = await sql<{
    name: string;
  }>`select name from ${sql.table(MIGRATION_TABLE)} order by name`.execute(db);
  return rows.rows.map((r) => r.name);
}

/** Refuses a database that has been through migrations this version does not know. */
async function refuseNewerDatabase(db: Kysely<Database>): Promise<void> {
  const unknown = (await appliedMigrations(db)).filter((name) => !(name in MIGRATIONS));
  if (unknown.length > 0) {
    throw new UserError(
      'newer-database',
      `This database was written by a newer version of Golden Thread (it has migration ${unknown[0]}, which this version does not know): upgrade Golden Thread before opening it`,
    );
  }
}

function check({ error, results }: MigrationResultSet): string[] {
  if (error) {
    const failed = results?.find((r) => r.status === 'Error');
    const where = failed ? ` in migration ${failed.migrationName}` : '';
    throw new Error(`Migration failed${where}: ${(error as Error).message}`, { cause: error });
  }
  return (results ?? []).map((r) => r.migrationName);
}

/** Runs every pending migration; returns the names it ran. */
export async function migrateToLatest(db: Kysely<Database>): Promise<string[]> {
  await refuseNewerDatabase(db);
  return check(await migrator(db).migrateToLatest());
}

/** Undoes every migration, leaving an empty database. Used by `demo --reset`. */
export async function migrateToEmpty(db: Kysely<Database>): Promise<string[]> {
  await refuseNewerDatabase(db);
  // SQLite empties a table row by row when it drops it, checking foreign keys as it goes, so a
  // strategy item deleted before its children stops the reset; the whole schema is going, so the
  // checks are off until it has gone.
  const sqlite = dialectOf(db) === 'sqlite';
  if (sqlite) await sql`pragma foreign_keys = off`.execute(db);
  try {
    const m = migrator(db);
    const undone: string[] = [];
    for (;;) {
      const names = check(await m.migrateDown());
      if (names.length === 0) return undone;
      undone.push(...names);
    }
  } finally {
    if (sqlite) await sql`pragma foreign_keys = on`.execute(db);
  }
}
