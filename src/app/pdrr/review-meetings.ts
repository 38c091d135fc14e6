/**
 * Review meetings: set one up (which freezes its pack and builds its agenda from the exceptions),
 * record attendance, decisions and the actions arising, attach the report file, and read what was
 * decided about a measure.
 */
import { UserError } from '../../domain/errors.js';
import { formatPeriod, parsePeriod } from '../../domain/period.js';
import type { OrgUnitKind } from '../../domain/organisation.js';
import {
  COUNCIL_FORUMS,
  REVIEW_FORUM_LABELS,
  type AgendaItem,
  type Attendee,
  type Decision,
  type ReviewForum,
  type ReviewMeeting,
  type ReviewPack,
} from '../../domain/pdrr/review.js';
import type { Store } from '../../store/connect.js';
import { getMeasure } from '../../store/measures.js';
import { listOrgUnits, listPeople } from '../../store/organisation.js';
import {
  getReviewMeeting,
  insertDecision,
  insertReviewMeeting,
  insertReviewPack,
  listAgenda,
  listAttendance,
  listDecisions,
  listReviewMeetings,
  listReviewPacks,
  saveAgenda,
  saveAttendance,
} from '../../store/reviews.js';
import { nextId, type Change } from './ids.js';
import { addKeyAction, type KeyActionInput } from './key-actions.js';
import { buildReviewPack } from './review-pack.js';

/** The kind of unit each forum below the council belongs to. */
const FORUM_UNIT_KIND: Record<Exclude<ReviewForum, 'cabinet' | 'scrutiny-board'>, OrgUnitKind> = {
  'directorate-leadership-team': 'directorate',
  service: 'service',
  team: 'team',
};

export interface MeetingInput {
  id?: string | undefined;
  forum: ReviewForum;
  orgUnitId: string | null;
  title?: string | undefined;
  meetingDate: string;
  asAt: string;
}

const invalid = (message: string) => new UserError('invalid-input', message);

export async function setUpReviewMeeting(
  store: Store,
  input: MeetingInput,
  change: Change,
): Promise<ReviewMeeting> {
  const parsed = parsePeriod(input.asAt);
  if (!parsed.ok) throw invalid(`asAt: ${parsed.error}`);
  let orgUnitId: string | null = null;
  if (!COUNCIL_FORUMS.has(input.forum)) {
    const kind = FORUM_UNIT_KIND[input.forum as keyof typeof FORUM_UNIT_KIND];
    if (input.orgUnitId === null)
      throw invalid(`orgUnitId: a ${REVIEW_FORUM_LABELS[input.forum]} belongs to a ${kind}; name it`);
    const unit = (await listOrgUnits(store.db)).find((u) => u.id === input.orgUnitId);
    if (!unit) throw invalid(`orgUnitId: there is no organisation unit with id "${input.orgUnitId}"`);
    if (unit.kind !== kind)
      throw invalid(
        `orgUnitId: a ${REVIEW_FORUM_LABELS[input.forum]} belongs to a ${kind}, and ${unit.id} is a ${unit.kind}`,
      );
    orgUnitId = unit.id;
  }
  const existing = await listReviewMeetings(store.db);
  if (input.id !== undefined && existing.some((m) => m.id === input.id))
    throw new UserError('conflict', `id: a review meeting "${input.id}" already exists`);
  const asAt = formatPeriod(parsed.period);
  const meeting: ReviewMeeting = {
    id:
      input.id ??
      nextId(
        existing.map((m) => m.id),
        'RM',
      ),
    forum: input.forum,
    orgUnitId,
    title: input.title ?? `${REVIEW_FORUM_LABELS[input.forum]}: performance review, ${asAt}`,
    meetingDate: input.meetingDate,
    asAt,
    createdBy: change.by,
    createdAt: change.at,
  };
  // A meeting set up after it was held (minutes typed up later) judges what was overdue on the day.
  const today = [input.meetingDate, change.at.slice(0, 10)].sort()[0]!;
  const { content, agenda } = await buildReviewPack(store, { forum: meeting.forum, orgUnitId, asAt, today });
  await store.db.transaction().execute(async (trx) => {
    await insertReviewMeeting(trx, meeting);
    await insertReviewPack(trx, {
      meetingId: meeting.id,
      takenAt: change.at,
      content,
      reportFile: null,
      recordedBy: change.by,
    });
    await saveAgenda(trx, meeting.id, agenda);
  });
  return meeting;
}

export interface MeetingRecord {
  meeting: ReviewMeeting;
  /** The pack the meeting reviewed: the latest taken. */
  pack: ReviewPack | null;
  packs: number;
  agenda: AgendaItem[];
  decisions: Decision[];
  attendance: Attendee[];
}

export async function reviewMeeting(store: Store, id: string): Promise<MeetingRecord | null> {
  const meeting = await getReviewMeeting(store.db, id);
  if (!meeting) return null;
  const [packs, agenda, decisions, attendance] = await Promise.all([
    listReviewPacks(store.db, id),
    listAgenda(store.db, id),
    listDecisions(store.db, { meetingId: id }),
    listAttendance(store.db, id),
  ]);
  return { meeting, pack: packs.at(-1) ?? null, packs: packs.length, agenda, decisions, attendance };
}

export { listReviewMeetings };

async function existingMeeting(store: Store, id: string): Promise<ReviewMeeting> {
  const meeting = await getReviewMeeting(store.db, id);
  if (!meeting) throw new UserError('not-found', `There is no review meeting with id "${id}"`);
  return meeting;
}

/** Records a decision, optionally about a measure, optionally with a new key action arising. */
export async function recordDecision(
  store: Store,
  meetingId: string,
  input: { text: string; measureId: string | null; actionArising: KeyActionInput | null },
  change: Change,
): Promise<Decision> {
  await existingMeeting(store, meetingId);
  if (input.measureId !== null && !(await getMeasure(store.db, input.measureId)))
    throw invalid(`measureId: there is no measure with code "${input.measureId}"`);
  // One transaction: a decision is never minuted without the action it set, nor the action without it.
  return store.db.transaction().execute(async (trx) => {
    const actionId = input.actionArising ? await addKeyAction(trx, input.actionArising, change) : null;
    const decision = {
      meetingId,
      text: input.text,
      measureId: input.measureId,
      actionId,
      recordedBy: change.by,
      recordedAt: change.at,
    };
    const id = await insertDecision(trx, decision);
    return { id, ...decision };
  });
}

export async function recordAttendance(
  store: Store,
  meetingId: string,
  list: Attendee[],
): Promise<Attendee[]> {
  await existingMeeting(store, meetingId);
  const names = new Set<string>();
  for (const a of list) {
    if (names.has(a.name)) throw invalid(`attendance: ${a.name} is listed twice`);
    names.add(a.name);
  }
  const people = await listPeople(store.db);
  for (const a of list)
    if (a.personId !== null && !people.some((p) => p.id === a.personId))
      throw invalid(`attendance: there is no person with id "${a.personId}"`);
  await store.db.transaction().execute((trx) => saveAttendance(trx, meetingId, list));
  return listAttendance(store.db, meetingId);
}

/** Attaches the generated report file: a new pack with the same content, since packs never change. */
export async function attachReportFile(
  store: Store,
  meetingId: string,
  fileName: string,
  change: Change,
): Promise<ReviewPack> {
  await existingMeeting(store, meetingId);
  const latest = (await listReviewPacks(store.db, meetingId)).at(-1);
  if (!latest) throw new UserError('conflict', `Review meeting ${meetingId} has no pack to attach a file to`);
  await insertReviewPack(store.db, {
    meetingId,
    takenAt: latest.takenAt,
    content: latest.content,
    reportFile: fileName,
    recordedBy: change.by,
  });
  return (await listReviewPacks(store.db, meetingId)).at(-1)!;
}

export interface MeasureDecision extends Decision {
  meeting: Pick<ReviewMeeting, 'id' | 'forum' | 'title' | 'meetingDate' | 'asAt' | 'orgUnitId'>;
}

/** What review meetings decided about a measure, newest meeting first: for the measure's page. */
export async function decisionsAbout(store: Store, measureId: string): Promise<MeasureDecision[]> {
  const [decisions, meetings] = await Promise.all([
    listDecisions(store.db, { measureId }),
    listReviewMeetings(store.db),
  ]);
  const byId = new Map(meetings.map((m) => [m.id, m]));
  return decisions
    .map((d) => {
      const m = byId.get(d.meetingId)!;
      return {
        ...d,
        meeting: {
          id: m.id,
          forum: m.forum,
          title: m.title,
          meetingDate: m.meetingDate,
          asAt: m.asAt,
          orgUnitId: m.orgUnitId,
        },
      };
    })
    .sort((a, b) => b.meeting.meetingDate.localeCompare(a.meeting.meetingDate) || a.id - b.id);
}
