/**
 * Sign-off of a whole council's final figures at once, for a council loaded whole (the demo): each
 * first version marked final is checked by its measure's owner and approved for publication, in two
 * INSERT … SELECT statements rather than a row at a time, so that loading stays quick.
 */
import { sql, type Kysely } from 'kysely';
import { chunks } from './chunks.js';
import type { Database } from './database.js';

export interface BulkSignoff {
  /** Who approved them; also who checked those of measures with no owner's email. */
  approvedBy: string;
  at: string;
}

/** Records every final first version as checked (by its owner), then approved. Returns how many. */
export async function approveFinalFirstVersions(db: Kysely<Database>, signoff: BulkSignoff): Promise<number> {
  const finals = () =>
    db
      .selectFrom('value_version as v')
      .innerJoin('measure as m', 'm.id', 'v.measure_id')
      .leftJoin('person as p', 'p.id', 'm.owner_id')
      .where('v.version', '=', 1)
      .where('v.status', '=', 'final');
  const columns = [
    'measure_id',
    'period',
    'area_code',
    'version',
    'state',
    'signed_by',
    'signed_at',
    'reason',
  ] as const;
  // Checked first, so that each figure's latest event (by id) is its approval.
  await db
    .insertInto('value_signoff')
    .columns(columns)
    .expression(
      finals().select(({ fn }) => [
        'v.measure_id',
        'v.period',
        'v.area_code',
        'v.version',
        sql.lit('checked').as('state'),
        fn.coalesce('p.email', sql.val(signoff.approvedBy)).as('signed_by'),
        sql.val(signoff.at).as('signed_at'),
        sql.lit(null).as('reason'),
      ]),
    )
    .execute();
  const approved = await db
    .insertInto('value_signoff')
    .columns(columns)
    .expression(
      finals().select([
        'v.measure_id',
        'v.period',
        'v.area_code',
        'v.version',
        sql.lit('approved').as('state'),
        sql.val(signoff.approvedBy).as('signed_by'),
        sql.val(signoff.at).as('signed_at'),
        sql.lit(null).as('reason'),
      ]),
    )
    .executeTakeFirst();
  return Number(approved.numInsertedOrUpdatedRows ?? 0);
}

export interface FigureRef {
  measureId: string;
  period: string;
  areaCode: string;
  version: number;
}

/** Records each of these figure versions as checked, then approved (for test councils and loads). */
export async function approveFirstVersions(
  db: Kysely<Database>,
  figures: readonly FigureRef[],
  signoff: BulkSignoff & { checkedBy: (figure: FigureRef) => string },
): Promise<void> {
  const rows = figures.flatMap((f) => {
    const key = { measure_id: f.measureId, period: f.period, area_code: f.areaCode, version: f.version };
    return [
      { ...key, state: 'checked', signed_by: signoff.checkedBy(f), signed_at: signoff.at, reason: null },
      { ...key, state: 'approved', signed_by: signoff.approvedBy, signed_at: signoff.at, reason: null },
    ];
  });
  for (const chunk of chunks(rows, 8)) {
    if (chunk.length > 0) await db.insertInto('value_signoff').values(chunk).execute();
  }
}
