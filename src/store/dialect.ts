/** The two databases Golden Thread runs on, and the small differences between them. */
import { PostgresAdapter, type Kysely } from 'kysely';

export type DialectName = 'sqlite' | 'postgres';

export function dialectOf<DB>(db: Kysely<DB>): DialectName {
  return db.getExecutor().adapter instanceof PostgresAdapter ? 'postgres' : 'sqlite';
}

/** Booleans are written as 0/1, which both databases accept; read them back with this. */
export function flag(value: number | boolean | null | undefined): boolean {
  return Boolean(value);
}

export function toFlag(value: boolean): number {
  return value ? 1 : 0;
}
