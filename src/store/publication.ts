/**
 * What the public site needs from the database beyond figures: each measure's small-number
 * suppression rule (kept as versions; the latest is current) and a cheap "data version" that
 * changes whenever anything a public page shows could have changed.
 */
import type { Kysely } from 'kysely';
import type { Database } from './database.js';
import { toFlag } from './dialect.js';

export interface SuppressionRuleChange {
  measureId: string;
  /** Counts from 1 up to (not including) this are withheld; null lifts suppression. */
  suppressBelow: number | null;
  by: string;
  at: string;
}

/** The current suppression threshold of each measure that has a rule in force, by measure code. */
export async function suppressionRules(db: Kysely<Database>): Promise<Map<string, number>> {
  const rows = await db.selectFrom('publication_rule').selectAll().orderBy('id').execute();
  const current = new Map<string, number | null>();
  for (const r of rows) current.set(r.measure_id, r.suppress_below);
  const rules = new Map<string, number>();
  for (const [id, below] of current) if (below !== null) rules.set(id, below);
  return rules;
}

export async function setSuppressionRule(db: Kysely<Database>, change: SuppressionRuleChange): Promise<void> {
  await db
    .insertInto('publication_rule')
    .values({
      measure_id: change.measureId,
      suppress_below: change.suppressBelow,
      changed_by: change.by,
      changed_at: change.at,
    })
    .execute();
}

/**
 * A text that changes when a figure, target, commentary, sign-off, publication rule or the set of
 * published measures changes. Every table read is append-only with an identity key, so the
 * largest id is an index look-up on both databases, and every app server computes the same text.
 */
export async function publicDataVersion(db: Kysely<Database>): Promise<string> {
  const row = await db
    .selectNoFrom((eb) => [
      eb
        .selectFrom('value_version')
        .select((s) => s.fn.max('id').as('n'))
        .as('figures'),
      eb
        .selectFrom('value_signoff')
        .select((s) => s.fn.max('id').as('n'))
        .as('signoffs'),
      eb
        .selectFrom('target_version')
        .select((s) => s.fn.max('id').as('n'))
        .as('targets'),
      eb
        .selectFrom('commentary_version')
        .select((s) => s.fn.max('id').as('n'))
        .as('commentary'),
      eb
        .selectFrom('publication_rule')
        .select((s) => s.fn.max('id').as('n'))
        .as('rules'),
      eb
        .selectFrom('measure')
        .select((s) => s.fn.countAll().as('n'))
        .where('is_public', '=', toFlag(true))
        .where('state', '=', 'active')
        .as('published'),
      eb
        .selectFrom('measure')
        .select((s) => s.fn.countAll().as('n'))
        .as('measures'),
      eb
        .selectFrom('area')
        .select((s) => s.fn.countAll().as('n'))
        .as('areas'),
    ])
    .executeTakeFirstOrThrow();
  return Object.values(row)
    .map((v) => String(v ?? 0))
    .join('.');
}
