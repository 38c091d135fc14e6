/**
 * Setting up report schedules: checked against the domain's rules (cron, addresses, level, format,
 * period) and the council's units and people, then kept with their next run. A schedule with any
 * problem is refused whole, with every reason.
 */
import { randomBytes } from 'node:crypto';
import { UserError } from '../../domain/errors.js';
import {
  checkSchedule,
  nextRunOf,
  WHEN_UNAPPROVED,
  type Delivery,
  type Schedule,
  type ScheduleDraft,
  type ScheduleVocabulary,
  type WhenUnapproved,
} from '../../domain/schedules/index.js';
import { LEVEL_SUBJECT, REPORT_FORMATS } from '../../reports/levels.js';
import type { Store } from '../../store/connect.js';
import { addDelivery, listDeliveries } from '../../store/deliveries.js';
import { listOrgUnits, listPeople } from '../../store/organisation.js';
import { getSchedule, insertSchedule, removeSchedule, updateSchedule } from '../../store/schedules.js';
import { cronCalendar, DEFAULT_TIME_ZONE } from './cron.js';
import type { Kysely } from 'kysely';
import { recordAuditEvent } from '../../store/audit.js';
import type { Database } from '../../store/database.js';

export const SCHEDULE_VOCABULARY: ScheduleVocabulary = {
  cron: cronCalendar,
  levels: LEVEL_SUBJECT,
  formats: REPORT_FORMATS,
};

export interface ScheduleInput {
  name: string;
  level: string;
  format: string;
  period: string;
  orgUnitId?: string | null | undefined;
  personId?: string | null | undefined;
  cron: string;
  timeZone?: string | undefined;
  recipients: readonly string[];
  whenUnapproved?: WhenUnapproved | undefined;
  active?: boolean | undefined;
}

export interface Change {
  by: string;
  at: Date;
}

function draftOf(input: ScheduleInput): ScheduleDraft {
  return {
    name: input.name,
    level: input.level,
    format: input.format,
    period: input.period.trim(),
    orgUnitId: input.orgUnitId ?? null,
    personId: input.personId ?? null,
    cron: input.cron.trim(),
    timeZone: input.timeZone ?? DEFAULT_TIME_ZONE,
    recipients: input.recipients.map((r) => r.trim()),
    whenUnapproved: input.whenUnapproved ?? WHEN_UNAPPROVED[0],
    active: input.active ?? true,
  };
}

async function subjectProblems(store: Store, draft: ScheduleDraft): Promise<string[]> {
  const problems: string[] = [];
  if (draft.orgUnitId !== null) {
    const unit = (await listOrgUnits(store.db)).find((u) => u.id === draft.orgUnitId);
    const wanted = LEVEL_SUBJECT[draft.level as keyof typeof LEVEL_SUBJECT];
    if (!unit) problems.push(`orgUnitId: there is no organisation unit with id "${draft.orgUnitId}"`);
    else if (wanted !== undefined && unit.kind !== wanted && wanted !== 'council' && wanted !== 'person') {
      problems.push(
        `orgUnitId: "${unit.id}" is a ${unit.kind}; the ${draft.level} report is about a ${wanted}`,
      );
    }
  }
  if (draft.personId !== null && !(await listPeople(store.db)).some((p) => p.id === draft.personId)) {
    problems.push(`personId: there is no person with id "${draft.personId}"`);
  }
  return problems;
}

async function checked(store: Store, input: ScheduleInput, now: Date): Promise<ScheduleDraft> {
  const result = checkSchedule(draftOf(input), SCHEDULE_VOCABULARY, now);
  const problems = result.ok ? await subjectProblems(store, result.schedule) : result.problems;
  if (!result.ok || problems.length > 0) {
    throw new UserError('invalid-input', `The schedule was not saved: ${problems.join('; ')}`);
  }
  return result.schedule;
}

const nextRunText = (draft: ScheduleDraft, now: Date) =>
  nextRunOf(draft, cronCalendar, now)?.toISOString() ?? null;

export async function createSchedule(store: Store, input: ScheduleInput, change: Change): Promise<Schedule> {
  const draft = await checked(store, input, change.at);
  const id = `sch-${randomBytes(5).toString('hex')}`;
  const stamp = { by: change.by, at: change.at.toISOString() };
  return store.db.transaction().execute(async (trx) => {
    const saved = await insertSchedule(trx, id, draft, nextRunText(draft, change.at), stamp);
    await audit(trx, 'schedule-created', stamp, id, null, saved);
    return saved;
  });
}

export async function changeSchedule(
  store: Store,
  id: string,
  input: ScheduleInput,
  change: Change,
): Promise<Schedule> {
  const before = await scheduleNamed(store, id);
  const draft = await checked(store, input, change.at);
  const stamp = { by: change.by, at: change.at.toISOString() };
  return store.db.transaction().execute(async (trx) => {
    const saved = await updateSchedule(trx, id, draft, nextRunText(draft, change.at), stamp);
    if (!saved) throw notFound(id);
    await audit(trx, 'schedule-changed', stamp, id, before, saved);
    return saved;
  });
}

export async function deleteSchedule(store: Store, id: string, change: Change): Promise<void> {
  const before = await scheduleNamed(store, id);
  const stamp = { by: change.by, at: change.at.toISOString() };
  await store.db.transaction().execute(async (trx) => {
    if (!(await removeSchedule(trx, id, stamp))) throw notFound(id);
    await audit(trx, 'schedule-deleted', stamp, id, before, null);
  });
}

function audit(
  db: Kysely<Database>,
  action: 'schedule-created' | 'schedule-changed' | 'schedule-deleted',
  stamp: { by: string; at: string },
  id: string,
  before: Schedule | null,
  after: Schedule | null,
): Promise<void> {
  return recordAuditEvent(db, {
    at: stamp.at,
    actor: stamp.by,
    action,
    objectType: 'schedule',
    objectId: id,
    before,
    after,
  });
}

export async function scheduleNamed(store: Store, id: string): Promise<Schedule> {
  const schedule = await getSchedule(store.db, id);
  if (!schedule) throw notFound(id);
  return schedule;
}

const notFound = (id: string) => new UserError('not-found', `schedule: there is no schedule with id "${id}"`);

/** Asks for a run of the schedule now; the scheduler sends it on its next round. */
export async function sendScheduleNow(store: Store, id: string, change: Change): Promise<Delivery> {
  const schedule = await scheduleNamed(store, id);
  const at = change.at.toISOString();
  const deliveryId = await addDelivery(store.db, {
    kind: 'report',
    scheduleId: schedule.id,
    title: schedule.name,
    period: null,
    recipients: schedule.recipients,
    scheduledFor: at,
    requestedBy: change.by,
    createdAt: at,
  });
  if (deliveryId === null) {
    throw new UserError('conflict', `schedule "${id}" was asked to send at this very moment already`);
  }
  const [delivery] = (await listDeliveries(store.db, { scheduleId: schedule.id, limit: 5 })).filter(
    (d) => d.id === deliveryId,
  );
  if (!delivery) throw new Error(`delivery ${deliveryId} vanished as it was made`);
  return delivery;
}
