/** Review meetings, their frozen packs, agendas, decisions and attendance. */
import type { Kysely } from 'kysely';
import type {
  AgendaItem,
  AgendaKind,
  Attendance,
  Attendee,
  Decision,
  ReviewForum,
  ReviewMeeting,
  ReviewPack,
} from '../domain/pdrr/review.js';
import type { Database } from './database.js';

const meetingOf = (r: Database['review_meeting']): ReviewMeeting => ({
  id: r.id,
  forum: r.forum as ReviewForum,
  orgUnitId: r.org_unit_id,
  title: r.title,
  meetingDate: r.meeting_date,
  asAt: r.as_at,
  createdBy: r.created_by,
  createdAt: r.created_at,
});

export async function listReviewMeetings(db: Kysely<Database>): Promise<ReviewMeeting[]> {
  const rows = await db
    .selectFrom('review_meeting')
    .selectAll()
    .orderBy('meeting_date', 'desc')
    .orderBy('id')
    .execute();
  return rows.map(meetingOf);
}

export async function getReviewMeeting(db: Kysely<Database>, id: string): Promise<ReviewMeeting | null> {
  const row = await db.selectFrom('review_meeting').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? meetingOf(row) : null;
}

export async function insertReviewMeeting(db: Kysely<Database>, m: ReviewMeeting): Promise<void> {
  await db
    .insertInto('review_meeting')
    .values({
      id: m.id,
      forum: m.forum,
      org_unit_id: m.orgUnitId,
      title: m.title,
      meeting_date: m.meetingDate,
      as_at: m.asAt,
      created_by: m.createdBy,
      created_at: m.createdAt,
    })
    .execute();
}

export async function insertReviewPack(db: Kysely<Database>, pack: Omit<ReviewPack, 'id'>): Promise<number> {
  const row = await db
    .insertInto('review_pack')
    .values({
      meeting_id: pack.meetingId,
      taken_at: pack.takenAt,
      content: JSON.stringify(pack.content),
      report_file: pack.reportFile,
      recorded_by: pack.recordedBy,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return Number(row.id);
}

/** Packs of a meeting, oldest first: the latest is the one the meeting reviewed. */
export async function listReviewPacks(db: Kysely<Database>, meetingId: string): Promise<ReviewPack[]> {
  const rows = await db
    .selectFrom('review_pack')
    .selectAll()
    .where('meeting_id', '=', meetingId)
    .orderBy('id')
    .execute();
  return rows.map((r) => ({
    id: Number(r.id),
    meetingId: r.meeting_id,
    takenAt: r.taken_at,
    content: JSON.parse(r.content) as unknown,
    reportFile: r.report_file,
    recordedBy: r.recorded_by,
  }));
}

export async function saveAgenda(
  db: Kysely<Database>,
  meetingId: string,
  items: readonly AgendaItem[],
): Promise<void> {
  await db.deleteFrom('review_agenda_item').where('meeting_id', '=', meetingId).execute();
  for (let i = 0; i < items.length; i += 200) {
    await db
      .insertInto('review_agenda_item')
      .values(
        items.slice(i, i + 200).map((item, j) => ({
          meeting_id: meetingId,
          position: i + j,
          kind: item.kind,
          subject_id: item.subjectId,
          title: item.title,
          detail: item.detail,
        })),
      )
      .execute();
  }
}

export async function listAgenda(db: Kysely<Database>, meetingId: string): Promise<AgendaItem[]> {
  const rows = await db
    .selectFrom('review_agenda_item')
    .selectAll()
    .where('meeting_id', '=', meetingId)
    .orderBy('position')
    .execute();
  return rows.map((r) => ({
    kind: r.kind as AgendaKind,
    subjectId: r.subject_id,
    title: r.title,
    detail: r.detail,
  }));
}

export async function insertDecision(db: Kysely<Database>, d: Omit<Decision, 'id'>): Promise<number> {
  const row = await db
    .insertInto('review_decision')
    .values({
      meeting_id: d.meetingId,
      text: d.text,
      measure_id: d.measureId,
      action_id: d.actionId,
      recorded_by: d.recordedBy,
      recorded_at: d.recordedAt,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return Number(row.id);
}

export async function listDecisions(
  db: Kysely<Database>,
  filter: { meetingId?: string; measureId?: string },
): Promise<Decision[]> {
  let query = db.selectFrom('review_decision').selectAll().orderBy('id');
  if (filter.meetingId !== undefined) query = query.where('meeting_id', '=', filter.meetingId);
  if (filter.measureId !== undefined) query = query.where('measure_id', '=', filter.measureId);
  return (await query.execute()).map((r) => ({
    id: Number(r.id),
    meetingId: r.meeting_id,
    text: r.text,
    measureId: r.measure_id,
    actionId: r.action_id,
    recordedBy: r.recorded_by,
    recordedAt: r.recorded_at,
  }));
}

/** Replaces the attendance record of a meeting with the list given. */
export async function saveAttendance(
  db: Kysely<Database>,
  meetingId: string,
  list: readonly Attendee[],
): Promise<void> {
  await db.deleteFrom('review_attendance').where('meeting_id', '=', meetingId).execute();
  if (list.length > 0)
    await db
      .insertInto('review_attendance')
      .values(
        list.map((a) => ({
          meeting_id: meetingId,
          name: a.name,
          person_id: a.personId,
          role: a.role,
          attendance: a.attendance,
        })),
      )
      .execute();
}

export async function listAttendance(db: Kysely<Database>, meetingId: string): Promise<Attendee[]> {
  const rows = await db
    .selectFrom('review_attendance')
    .selectAll()
    .where('meeting_id', '=', meetingId)
    .orderBy('name')
    .execute();
  return rows.map((r) => ({
    name: r.name,
    personId: r.person_id,
    role: r.role,
    attendance: r.attendance as Attendance,
  }));
}
