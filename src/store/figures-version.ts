/**
 * A cheap fingerprint of everything a status is judged on: the newest figure version, sign-off
 * event, target version and commentary version. All four tables only grow (triggers refuse
 * updates and deletes), so their largest ids change exactly when something is recorded — on any
 * server sharing the database. Each max(id) is read from its primary key's index.
 */
import type { Kysely } from 'kysely';
import type { Database } from './database.js';

const TABLES = ['value_version', 'value_signoff', 'target_version', 'commentary_version'] as const;

export async function figuresVersion(db: Kysely<Database>): Promise<string> {
  const ids = await Promise.all(
    TABLES.map(async (table) => {
      const row = await db
        .selectFrom(table)
        .select(({ fn }) => fn.max('id').as('id'))
        .executeTakeFirst();
      return Number(row?.id ?? 0);
    }),
  );
  return ids.join('.');
}

/**
 * The latest month any figure is recorded for ("2018-03"), or null: where a council's figures end.
 * The staff app judges "as at" the quarter holding it by default, rather than today, whose
 * figures are not yet due.
 */
export async function latestMonthWithFigures(db: Kysely<Database>): Promise<string | null> {
  const row = await db
    .selectFrom('value_version')
    .select(({ fn }) => fn.max('period').as('period'))
    // Months are written YYYY-MM; a calendar quarter (YYYY-Qn) has the same length.
    .where('period', 'like', '____-__')
    .where('period', 'not like', '%Q%')
    .executeTakeFirst();
  return row?.period ?? null;
}
