/**
 * Building blocks for migrations that must produce the same schema on SQLite and PostgreSQL.
 * Migrations are history: they spell out their own lists of allowed values rather than importing
 * today's domain lists, so that a later change to the domain never rewrites an old migration.
 */
import { sql, type ColumnDefinitionBuilder, type CreateTableBuilder, type Kysely } from 'kysely';
import { dialectOf } from '../dialect.js';

export type AnyKysely = Kysely<unknown>;

/** A boolean column: `boolean` on PostgreSQL, `integer` 0/1 on SQLite. */
export function flagType(db: AnyKysely) {
  return dialectOf(db) === 'postgres' ? 'boolean' : 'integer';
}

/** An auto-numbered integer primary key. */
export function withIdentity<T extends string, C extends string>(
  db: AnyKysely,
  table: CreateTableBuilder<T, C>,
): CreateTableBuilder<T, C | 'id'> {
  return dialectOf(db) === 'postgres'
    ? table.addColumn('id', 'integer', (c) => c.primaryKey().generatedByDefaultAsIdentity())
    : table.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement());
}

/** A CHECK that a text column holds one of the listed values. */
export function oneOf(column: string, values: readonly string[]) {
  return sql`${sql.ref(column)} in (${sql.join(values.map((v) => sql.lit(v)))})`;
}

export function flagDefault(db: AnyKysely, value: boolean) {
  return (c: ColumnDefinitionBuilder) =>
    c.notNull().defaultTo(dialectOf(db) === 'postgres' ? sql.lit(value) : value ? 1 : 0);
}

/**
 * Makes a history table append-only: the database itself refuses UPDATE and DELETE, so that no
 * code path, present or future, can overwrite a figure's history.
 */
export async function makeAppendOnly(db: AnyKysely, table: string): Promise<void> {
  if (dialectOf(db) === 'postgres') {
    await sql`create or replace function golden_thread_append_only() returns trigger language plpgsql as $$
      begin
        raise exception '% is append-only: history is never overwritten', TG_TABLE_NAME;
      end $$`.execute(db);
    await sql`create trigger ${sql.id(`${table}_append_only`)} before update or delete on ${sql.table(table)}
      for each row execute function golden_thread_append_only()`.execute(db);
    return;
  }
  for (const event of ['update', 'delete'] as const) {
    await sql`create trigger ${sql.id(`${table}_no_${event}`)} before ${sql.raw(event)} on ${sql.table(table)}
      begin select raise(abort, ${sql.lit(`${table} is append-only: history is never overwritten`)}); end`.execute(
      db,
    );
  }
}
