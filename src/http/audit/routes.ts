/** The audit trail for administrators: a page at a time as JSON, or the whole range as CSV (itself audited). */
import { exportAuditTrail } from '../../app/audit-export.js';
import { UserError } from '../../domain/errors.js';
import { auditTrail } from '../../store/audit.js';
import type { AuthSettings } from '../auth/settings.js';
import { actorOf, scopeFor } from '../auth/viewer.js';
import { described, errorResponses } from '../error-body.js';
import type { ResourceRoutes } from '../resource.js';
import { auditPolicy } from './policy.js';
import { AuditPageSchema, AuditQuery } from './schema.js';

function decodeCursor(text: string): { at: string; id: string } | null {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
    if (!Array.isArray(parsed) || parsed.length !== 2) return null;
    const [at, id] = parsed as unknown[];
    if (typeof at !== 'string' || Number.isNaN(Date.parse(at))) return null;
    if (typeof id !== 'string' || !/^(event|figure)-\d{1,15}$/.test(id)) return null;
    return { at, id };
  } catch {
    return null;
  }
}

const encodeCursor = (e: { at: string; id: string }) =>
  Buffer.from(JSON.stringify([e.at, e.id])).toString('base64url');

export const auditRoutes = (settings: AuthSettings): ResourceRoutes =>
  async function auditRoutes(app, { store }) {
    app.get(
      '/audit',
      {
        config: { access: 'admin', tokenScope: 'audit' },
        schema: {
          tags: ['audit'],
          summary:
            'The audit trail, oldest first: sign-ins, failed sign-ins, role and figure changes, exports',
          querystring: AuditQuery,
          response: {
            200: described('One page of events (or CSV when format=csv)', AuditPageSchema),
            ...errorResponses(400, 401, 403),
          },
        },
      },
      async (request, reply) => {
        if (!auditPolicy.read(await scopeFor(request, store))) {
          throw new UserError('forbidden', 'Only administrators may read the audit trail');
        }
        const { from, to, action, limit, format } = request.query;
        if (format === 'csv') {
          const csv = await exportAuditTrail(store, { from, to, action }, 'csv', {
            actor: actorOf(request),
            at: settings.clock(),
            ip: request.ip,
          });
          return (
            reply
              .type('text/csv; charset=utf-8')
              .header('content-disposition', 'attachment; filename="audit-trail.csv"')
              .serializer((payload: unknown) => String(payload))
              // The response schema describes the JSON form; the CSV form is sent as text past it.
              .send(csv as never)
          );
        }
        const after = request.query.after === undefined ? undefined : decodeCursor(request.query.after);
        if (after === null) {
          throw new UserError(
            'invalid-input',
            'after: is not a cursor from this API; follow the `next` of the previous page',
          );
        }
        const events = await auditTrail(store.db, { from, to, action, after, limit });
        const last = events.at(-1);
        return { events, next: events.length === limit && last ? encodeCursor(last) : null };
      },
    );
  };
