/**
 * Deliveries: each run of a schedule, each "send now" and each reminder email, with its status,
 * attempts and last error. The report is written here before it is sent, so a failed send keeps
 * it. Runners claim one delivery at a time for a short lease: on PostgreSQL with
 * `FOR UPDATE SKIP LOCKED`, on SQLite in one write statement; so two app servers never send the
 * same delivery at once, and a runner that dies mid-send lets go when its lease ends.
 */
import { isUniqueViolation } from './conflicts.js';
import { PostgresAdapter, sql, type Kysely, type Selectable } from 'kysely';
import type { Delivery, DeliveryKind, DeliveryStatus } from '../domain/schedules/index.js';
import type { Database } from './database.js';
import type { ReportDeliveryTable } from './database-schedules.js';
import { flag, toFlag } from './dialect.js';

const onPostgres = (db: Kysely<Database>) => db.getExecutor().adapter instanceof PostgresAdapter;

type Row = Selectable<ReportDeliveryTable>;

export interface ClaimedDelivery extends Delivery {
  subject: string | null;
  body: string | null;
  content: Buffer | null;
}

const LISTED = [
  'id',
  'kind',
  'schedule_id',
  'title',
  'period',
  'recipients',
  'status',
  'attempts',
  'next_attempt_at',
  'last_error',
  'provisional',
  'file_name',
  'media_type',
  'scheduled_for',
  'requested_by',
  'created_at',
  'sent_at',
] as const;

function rowToDelivery(row: Pick<Row, (typeof LISTED)[number]>, size: number | null): Delivery {
  return {
    id: Number(row.id),
    kind: row.kind as DeliveryKind,
    scheduleId: row.schedule_id,
    title: row.title,
    period: row.period,
    recipients: JSON.parse(row.recipients) as string[],
    status: row.status as DeliveryStatus,
    attempts: row.attempts,
    nextAttemptAt: row.next_attempt_at,
    lastError: row.last_error,
    provisional: flag(row.provisional),
    fileName: row.file_name,
    mediaType: row.media_type,
    size,
    scheduledFor: row.scheduled_for,
    requestedBy: row.requested_by,
    createdAt: row.created_at,
    sentAt: row.sent_at,
  };
}

function toClaimed(row: Row): ClaimedDelivery {
  const content = row.content === null ? null : Buffer.from(row.content);
  return { ...rowToDelivery(row, content?.length ?? null), subject: row.subject, body: row.body, content };
}

export interface NewDelivery {
  kind: DeliveryKind;
  scheduleId: string | null;
  title: string;
  period: string | null;
  recipients: readonly string[];
  scheduledFor: string;
  requestedBy: string | null;
  createdAt: string;
  /** Reminders are written whole when they are made. */
  subject?: string;
  body?: string;
}

/**
 * Adds a delivery due at once; a scheduled run already recorded (same schedule and instant) is
 * not added twice: null then.
 */
export async function addDelivery(db: Kysely<Database>, delivery: NewDelivery): Promise<number | null> {
  const row = await db
    .insertInto('report_delivery')
    .values({
      kind: delivery.kind,
      schedule_id: delivery.scheduleId,
      title: delivery.title,
      period: delivery.period,
      recipients: JSON.stringify(delivery.recipients),
      status: 'due',
      attempts: 0,
      next_attempt_at: delivery.createdAt,
      provisional: toFlag(false),
      subject: delivery.subject ?? null,
      body: delivery.body ?? null,
      scheduled_for: delivery.scheduledFor,
      requested_by: delivery.requestedBy,
      created_at: delivery.createdAt,
    })
    .onConflict((oc) => oc.columns(['kind', 'schedule_id', 'scheduled_for']).doNothing())
    .returning('id')
    .executeTakeFirst();
  return row ? Number(row.id) : null;
}

/**
 * Claims the delivery that has waited longest among those due, failed or waiting whose time has
 * come and that no other runner holds; null when there is none.
 */
export async function claimNextDelivery(
  db: Kysely<Database>,
  runner: string,
  now: string,
  leaseUntil: string,
): Promise<ClaimedDelivery | null> {
  const ready = db
    .selectFrom('report_delivery')
    .select('id')
    .where('status', 'in', ['due', 'failed', 'waiting'])
    .where('next_attempt_at', '<=', now)
    .where((eb) => eb.or([eb('claimed_until', 'is', null), eb('claimed_until', '<', now)]))
    .orderBy('next_attempt_at')
    .orderBy('id')
    .limit(1);
  const candidate = onPostgres(db) ? ready.forUpdate().skipLocked() : ready;
  const row = await db
    .updateTable('report_delivery')
    .set({ claimed_by: runner, claimed_until: leaseUntil })
    .where('id', 'in', candidate)
    .returningAll()
    .executeTakeFirst();
  return row ? toClaimed(row) : null;
}

export interface KeptReport {
  period: string;
  provisional: boolean;
  subject: string;
  body: string;
  fileName: string;
  mediaType: string;
  content: Uint8Array;
}

/** Keeps the produced report with the delivery, before any attempt to send it. */
export async function keepReport(
  db: Kysely<Database>,
  id: number,
  runner: string,
  report: KeptReport,
): Promise<boolean> {
  const result = await db
    .updateTable('report_delivery')
    .set({
      period: report.period,
      provisional: toFlag(report.provisional),
      subject: report.subject,
      body: report.body,
      file_name: report.fileName,
      media_type: report.mediaType,
      content: Buffer.from(report.content),
      status: 'due',
    })
    .where('id', '=', id)
    .where('claimed_by', '=', runner)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export interface Outcome {
  status: DeliveryStatus;
  attempts: number;
  nextAttemptAt: string | null;
  lastError: string | null;
  sentAt?: string;
  period?: string;
}

/** Records how an attempt went and lets go of the claim. */
export async function settleDelivery(
  db: Kysely<Database>,
  id: number,
  runner: string,
  outcome: Outcome,
): Promise<void> {
  await db
    .updateTable('report_delivery')
    .set({
      status: outcome.status,
      attempts: outcome.attempts,
      next_attempt_at: outcome.nextAttemptAt,
      last_error: outcome.lastError,
      ...(outcome.sentAt === undefined ? {} : { sent_at: outcome.sentAt }),
      ...(outcome.period === undefined ? {} : { period: outcome.period }),
      claimed_by: null,
      claimed_until: null,
    })
    .where('id', '=', id)
    .where('claimed_by', '=', runner)
    .execute();
}

const sizeOf = (db: Kysely<Database>) =>
  onPostgres(db) ? sql<number | null>`octet_length(content)` : sql<number | null>`length(content)`;

export interface DeliveryFilter {
  scheduleId?: string | undefined;
  status?: DeliveryStatus | undefined;
  kind?: DeliveryKind | undefined;
  limit?: number | undefined;
}

/** Deliveries, newest first, without their content. */
export async function listDeliveries(db: Kysely<Database>, filter: DeliveryFilter = {}): Promise<Delivery[]> {
  let query = db
    .selectFrom('report_delivery')
    .select([...LISTED, sizeOf(db).as('size')])
    .orderBy('id', 'desc')
    .limit(filter.limit ?? 100);
  if (filter.scheduleId !== undefined) query = query.where('schedule_id', '=', filter.scheduleId);
  if (filter.status !== undefined) query = query.where('status', '=', filter.status);
  if (filter.kind !== undefined) query = query.where('kind', '=', filter.kind);
  const rows = await query.execute();
  return rows.map((r) => rowToDelivery(r, r.size === null ? null : Number(r.size)));
}

export async function getDelivery(db: Kysely<Database>, id: number): Promise<ClaimedDelivery | null> {
  const row = await db.selectFrom('report_delivery').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toClaimed(row) : null;
}

export interface ReminderFigure {
  measureId: string;
  period: string;
}

/** Of these figures, the ones the owner has already been reminded about, as "measure|period". */
export async function remindedAlready(
  db: Kysely<Database>,
  ownerId: string,
  figures: readonly ReminderFigure[],
): Promise<Set<string>> {
  if (figures.length === 0) return new Set();
  const rows = await db
    .selectFrom('reminder_sent')
    .select(['measure_id', 'period'])
    .where('owner_id', '=', ownerId)
    .where(
      'measure_id',
      'in',
      figures.map((f) => f.measureId),
    )
    .execute();
  return new Set(rows.map((r) => `${r.measure_id}|${r.period}`));
}

/**
 * Adds a reminder email and marks its figures as reminded, together: a second runner making the same
 * reminder at the same moment fails on the marks and adds nothing. Null when it lost that race.
 */
export async function addReminder(
  db: Kysely<Database>,
  delivery: NewDelivery,
  ownerId: string,
  figures: readonly ReminderFigure[],
): Promise<number | null> {
  try {
    return await db.transaction().execute(async (trx) => {
      const id = await addDelivery(trx, delivery);
      if (id === null) throw new Error('a reminder is never a scheduled run');
      await trx
        .insertInto('reminder_sent')
        .values(
          figures.map((f) => ({
            measure_id: f.measureId,
            period: f.period,
            owner_id: ownerId,
            delivery_id: id,
            sent_at: delivery.createdAt,
          })),
        )
        .execute();
      return id;
    });
  } catch (error) {
    if (isUniqueViolation(error)) return null;
    throw error;
  }
}
