/** The owner's commentary per measure and period, versioned: an edit keeps what was said before. */
import type { Kysely } from 'kysely';
import type { ChangeRecord, Commentary } from '../domain/figures.js';
import type { Database } from './database.js';
import { chunks } from './chunks.js';
import { toFlag } from './dialect.js';

function commentaryRow(c: Commentary, version: number, change: ChangeRecord) {
  return {
    measure_id: c.measureId,
    period: c.period,
    summary: c.summary,
    reasons: c.reasons,
    next_steps: c.nextSteps,
    author_id: c.authorId,
    version,
    withdrawn: toFlag(false),
    recorded_by: change.by,
    recorded_at: change.at,
    reason: change.reason,
  };
}

export async function currentCommentary(db: Kysely<Database>, measureId?: string): Promise<Commentary[]> {
  let query = db
    .selectFrom('commentary_version as c')
    .selectAll('c')
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('commentary_version as newer')
            .select('newer.id')
            .whereRef('newer.measure_id', '=', 'c.measure_id')
            .whereRef('newer.period', '=', 'c.period')
            .whereRef('newer.version', '>', 'c.version'),
        ),
      ),
    );
  if (measureId) query = query.where('c.measure_id', '=', measureId);
  const rows = await query.orderBy('c.measure_id').orderBy('c.period').execute();
  return rows
    .filter((r) => !r.withdrawn)
    .map((r) => ({
      measureId: r.measure_id,
      period: r.period,
      summary: r.summary,
      reasons: r.reasons,
      nextSteps: r.next_steps,
      authorId: r.author_id,
    }));
}

export async function insertFirstCommentary(
  db: Kysely<Database>,
  commentary: readonly Commentary[],
  change: ChangeRecord,
): Promise<void> {
  for (const chunk of chunks(commentary, 11)) {
    await db
      .insertInto('commentary_version')
      .values(chunk.map((c) => commentaryRow(c, 1, change)))
      .execute();
  }
}

/** One version of the commentary on a period, as it was recorded. */
export interface CommentaryVersion extends Commentary {
  version: number;
  /** A withdrawn version takes the commentary back: the period then has none. */
  withdrawn: boolean;
  recordedBy: string;
  recordedAt: string;
  reason: string;
}

/** Every version of a measure's commentary, in the order recorded for each period (oldest first). */
export async function commentaryHistory(
  db: Kysely<Database>,
  measureId: string,
): Promise<CommentaryVersion[]> {
  const rows = await db
    .selectFrom('commentary_version')
    .selectAll()
    .where('measure_id', '=', measureId)
    .orderBy('period')
    .orderBy('version')
    .execute();
  return rows.map((r) => ({
    measureId: r.measure_id,
    period: r.period,
    summary: r.summary,
    reasons: r.reasons,
    nextSteps: r.next_steps,
    authorId: r.author_id,
    version: r.version,
    withdrawn: Boolean(r.withdrawn),
    recordedBy: r.recorded_by,
    recordedAt: r.recorded_at,
    reason: r.reason,
  }));
}

/** Appends the next version of the commentary on one period; what was said before is kept. */
export async function recordCommentary(
  db: Kysely<Database>,
  commentary: Commentary,
  change: ChangeRecord,
): Promise<number> {
  const last = await db
    .selectFrom('commentary_version')
    .select(({ fn }) => fn.max('version').as('version'))
    .where('measure_id', '=', commentary.measureId)
    .where('period', '=', commentary.period)
    .executeTakeFirst();
  const version = Number(last?.version ?? 0) + 1;
  await db
    .insertInto('commentary_version')
    .values(commentaryRow(commentary, version, change))
    .execute();
  return version;
}
