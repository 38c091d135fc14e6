/**
 * The audit trail as a file (CSV or JSON), for administrators and auditors. Exporting it is itself
 * recorded in the trail.
 */
import { stringify } from 'csv-stringify/sync';
import { auditTrail, recordAuditEvent, type AuditEvent, type AuditQuery } from '../store/audit.js';
import type { Store } from '../store/connect.js';

export type AuditExportFormat = 'csv' | 'json';

const PAGE = 1000;

export async function allAuditEvents(
  store: Store,
  query: Omit<AuditQuery, 'limit' | 'after'>,
): Promise<AuditEvent[]> {
  const events: AuditEvent[] = [];
  let after: AuditQuery['after'];
  for (;;) {
    const page = await auditTrail(store.db, { ...query, after, limit: PAGE });
    events.push(...page);
    if (page.length < PAGE) return events;
    after = page.at(-1);
  }
}

/**
 * The trail holds text typed by strangers (the email of a failed sign-in): a cell starting with
 * =, +, - or @ would be run as a formula by a spreadsheet, so it is prefixed with an apostrophe.
 */
export function spreadsheetSafe(text: string | null): string {
  if (text === null) return '';
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

export async function exportAuditTrail(
  store: Store,
  query: Omit<AuditQuery, 'limit' | 'after'>,
  format: AuditExportFormat,
  by: { actor: string; at: Date; ip?: string | null },
): Promise<string> {
  const events = await allAuditEvents(store, query);
  await recordAuditEvent(store.db, {
    at: by.at.toISOString(),
    actor: by.actor,
    action: 'export',
    objectType: 'audit-trail',
    after: { format, events: events.length, ...query },
    ip: by.ip ?? null,
  });
  if (format === 'json') return `${JSON.stringify(events, null, 2)}\n`;
  return stringify(
    events.map((e) => ({
      id: e.id,
      at: e.at,
      actor: spreadsheetSafe(e.actor),
      action: e.action,
      object_type: e.objectType,
      object_id: spreadsheetSafe(e.objectId),
      before: e.before === null ? '' : JSON.stringify(e.before),
      after: e.after === null ? '' : JSON.stringify(e.after),
      ip: e.ip,
    })),
    {
      header: true,
      columns: ['id', 'at', 'actor', 'action', 'object_type', 'object_id', 'before', 'after', 'ip'],
      record_delimiter: 'windows',
    },
  );
}
