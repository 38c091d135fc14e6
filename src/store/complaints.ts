/** The complaints log. */
import type { Kysely } from 'kysely';
import type { Complaint, ComplaintCause, ComplaintOutcome } from '../domain/pdrr/complaints.js';
import type { Database } from './database.js';

export async function listComplaints(
  db: Kysely<Database>,
  filter: { from?: string; to?: string } = {},
): Promise<Complaint[]> {
  let query = db.selectFrom('complaint').selectAll().orderBy('received_on').orderBy('id');
  if (filter.from !== undefined) query = query.where('received_on', '>=', filter.from);
  if (filter.to !== undefined) query = query.where('received_on', '<=', filter.to);
  return (await query.execute()).map((r) => ({
    id: r.id,
    receivedOn: r.received_on,
    orgUnitId: r.org_unit_id,
    cause: r.cause as ComplaintCause,
    summary: r.summary,
    outcome: r.outcome as ComplaintOutcome,
    respondedOn: r.responded_on,
    learning: r.learning,
  }));
}

export async function complaintExists(db: Kysely<Database>, id: string): Promise<boolean> {
  return (
    (await db.selectFrom('complaint').select('id').where('id', '=', id).executeTakeFirst()) !== undefined
  );
}

export async function saveComplaint(
  db: Kysely<Database>,
  c: Complaint,
  recorded: { by: string; at: string },
  isNew: boolean,
): Promise<void> {
  const columns = {
    received_on: c.receivedOn,
    org_unit_id: c.orgUnitId,
    cause: c.cause,
    summary: c.summary,
    outcome: c.outcome,
    responded_on: c.respondedOn,
    learning: c.learning,
    recorded_by: recorded.by,
    recorded_at: recorded.at,
  };
  if (isNew)
    await db
      .insertInto('complaint')
      .values({ id: c.id, ...columns })
      .execute();
  else await db.updateTable('complaint').set(columns).where('id', '=', c.id).execute();
}
