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
