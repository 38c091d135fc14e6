/**
 * The audit trail: who did what to which object, when, with the state before and after. The table
 * is append-only (the database refuses UPDATE and DELETE). Figure changes are not copied into it:
 * every figure is already kept as versions with who, when and why, and `auditTrail` reads them
 * from there as events of their own, so that no writer of figures can be missed.
 */
import type { Kysely } from 'kysely';
import type { Database } from './database.js';

export const AUDIT_ACTIONS = [
  'sign-in',
  'sign-in-failed',
  'sign-out',
  'user-added',
  'user-disabled',
  'password-changed',
  'role-changed',
  'sso-linked',
  'user-changed',
  'user-enabled',
  'password-reset',
  'token-created',
  'token-revoked',
  'export',
  'figure-changed',
  'figure-checked',
  'figure-approved',
  'figure-unlocked',
  'scorecard-changed',
  // Settings that change how figures are checked, published and sent.
  'validation-settings-changed',
  'validation-rule-changed',
  'publication-rule-changed',
  'schedule-created',
  'schedule-changed',
  'schedule-deleted',
  // The catalogue's administration: measures, their targets and the strategy tree.
  'measure-created',
  'measure-changed',
  'measure-retired',
  'measure-reinstated',
  'target-set',
  'target-withdrawn',
  'strategy-item-created',
  'strategy-item-changed',
  'strategy-item-retired',
  // Ward maps: boundaries uploaded, or the hex map put back.
  'ward-map-changed',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export interface AuditEvent {
  /** `event-N` for the audit table, `figure-N` for a figure version. */
  id: string;
  at: string;
  actor: string | null;
  action: AuditAction;
  objectType: string | null;
  objectId: string | null;
  before: unknown;
  after: unknown;
  ip: string | null;
}

export interface NewAuditEvent {
  at: string;
  actor: string | null;
  action: Exclude<AuditAction, 'figure-changed'>;
  objectType?: string | null;
  objectId?: string | null;
  before?: unknown;
  after?: unknown;
  ip?: string | null;
}

const json = (value: unknown) => (value === undefined || value === null ? null : JSON.stringify(value));

export async function recordAuditEvent(db: Kysely<Database>, e: NewAuditEvent): Promise<void> {
  await db
    .insertInto('audit_event')
    .values({
      at: e.at,
      actor: e.actor,
      action: e.action,
      object_type: e.objectType ?? null,
      object_id: e.objectId ?? null,
      before: json(e.before),
      after: json(e.after),
      ip: e.ip ?? null,
    })
    .execute();
}

export interface AuditQuery {
  /** Only events at or after this time (ISO). */
  from?: string | undefined;
  /** Only events before this time (ISO). */
  to?: string | undefined;
  action?: AuditAction | undefined;
  /** Events after this position, oldest first: `at` then id. */
  after?: { at: string; id: string } | undefined;
  limit: number;
}

/** Orders events by time, then by id, so that pages never overlap or skip. */
function compareEvents(a: { at: string; id: string }, b: { at: string; id: string }): number {
  if (a.at !== b.at) return a.at < b.at ? -1 : 1;
  return sortKey(a.id) < sortKey(b.id) ? -1 : sortKey(a.id) > sortKey(b.id) ? 1 : 0;
}

function sortKey(id: string): string {
  const [kind, n] = id.split('-');
  return `${kind}-${(n ?? '').padStart(15, '0')}`;
}

/** The trail oldest first, from the audit table and the figures' versions merged by time. */
export async function auditTrail(db: Kysely<Database>, q: AuditQuery): Promise<AuditEvent[]> {
  const wantEvents = q.action !== 'figure-changed';
  const wantFigures = q.action === undefined || q.action === 'figure-changed';
  const [events, figures] = await Promise.all([
    wantEvents ? eventRows(db, q, cursorFor('event', q.after)) : Promise.resolve([]),
    wantFigures ? figureRows(db, q, cursorFor('figure', q.after)) : Promise.resolve([]),
  ]);
  return [...events, ...figures].sort(compareEvents).slice(0, q.limit);
}

/**
 * Where one source resumes after the cursor. At the cursor's own time, events sort before figures:
 * a figure cursor skips every event at that time, an event cursor keeps every figure at it.
 */
interface SourceCursor {
  at: string;
  /** Rows at `at` with an id above this are kept; null keeps none of them, -1 keeps all. */
  afterId: number | null;
}

function cursorFor(source: 'event' | 'figure', after: AuditQuery['after']): SourceCursor | null {
  if (!after) return null;
  const [kind, n] = after.id.split('-');
  if (kind === source) return { at: after.at, afterId: Number(n) };
  return { at: after.at, afterId: source === 'figure' ? -1 : null };
}

async function eventRows(db: Kysely<Database>, q: AuditQuery, cursor: SourceCursor | null) {
  let query = db.selectFrom('audit_event').selectAll().orderBy('at').orderBy('id');
  if (q.action) query = query.where('action', '=', q.action);
  if (q.from) query = query.where('at', '>=', q.from);
  if (q.to) query = query.where('at', '<', q.to);
  if (cursor) {
    const { at, afterId } = cursor;
    query = query.where((eb) =>
      afterId === null
        ? eb('at', '>', at)
        : eb.or([eb('at', '>', at), eb.and([eb('at', '=', at), eb('id', '>', afterId)])]),
    );
  }
  const rows = await query.limit(q.limit).execute();
  return rows.map((r): AuditEvent => ({
    id: `event-${r.id}`,
    at: r.at,
    actor: r.actor,
    action: r.action as AuditAction,
    objectType: r.object_type,
    objectId: r.object_id,
    before: r.before === null ? null : (JSON.parse(r.before) as unknown),
    after: r.after === null ? null : (JSON.parse(r.after) as unknown),
    ip: r.ip,
  }));
}

async function figureRows(db: Kysely<Database>, q: AuditQuery, cursor: SourceCursor | null) {
  let query = db
    .selectFrom('value_version as v')
    .leftJoin('value_version as p', (join) =>
      join
        .onRef('p.measure_id', '=', 'v.measure_id')
        .onRef('p.period', '=', 'v.period')
        .onRef('p.area_code', '=', 'v.area_code')
        .on((eb) => eb('p.version', '=', eb('v.version', '-', 1))),
    )
    .select([
      'v.id',
      'v.measure_id',
      'v.period',
      'v.area_code',
      'v.value',
      'v.withdrawn',
      'v.recorded_by',
      'v.recorded_at',
      'v.reason',
      'v.version',
      'p.value as before_value',
      'p.withdrawn as before_withdrawn',
    ])
    .orderBy('v.recorded_at')
    .orderBy('v.id');
  if (q.from) query = query.where('v.recorded_at', '>=', q.from);
  if (q.to) query = query.where('v.recorded_at', '<', q.to);
  if (cursor) {
    const { at, afterId } = cursor;
    query = query.where((eb) =>
      afterId === null
        ? eb('v.recorded_at', '>', at)
        : eb.or([
            eb('v.recorded_at', '>', at),
            eb.and([eb('v.recorded_at', '=', at), eb('v.id', '>', afterId)]),
          ]),
    );
  }
  const rows = await query.limit(q.limit).execute();
  return rows.map((r): AuditEvent => ({
    id: `figure-${r.id}`,
    at: r.recorded_at,
    actor: r.recorded_by,
    action: 'figure-changed',
    objectType: 'figure',
    objectId: `${r.measure_id} ${r.period} ${r.area_code}`,
    before: r.version > 1 ? { value: r.before_value, withdrawn: Boolean(r.before_withdrawn) } : null,
    after: { value: r.value, withdrawn: Boolean(r.withdrawn), version: r.version, reason: r.reason },
    ip: null,
  }));
}
