/** Exports of measures, figures, areas or the strategy tree as CSV or JSON, holding only what the reader may see. */
import { z } from 'zod';
import { EXPORT_FORMATS, EXPORTS, exportTable } from '../../app/export.js';
import { recordAuditEvent } from '../../store/audit.js';
import type { AuthSettings } from '../auth/settings.js';
import { actorOf, scopeFor } from '../auth/viewer.js';
import { errorResponses } from '../error-body.js';
import { oneOf, queryObject } from '../query.js';
import type { ResourceRoutes } from '../resource.js';
import { exportPolicy } from './policy.js';

const ExportParams = z.object({ what: oneOf(EXPORTS) });
const ExportQuery = queryObject({ format: oneOf(EXPORT_FORMATS).default('csv') });

export const exportRoutes = (settings: AuthSettings): ResourceRoutes =>
  async function exportRoutes(app, { store }) {
    app.get(
      '/exports/:what',
      {
        config: { access: 'user', tokenScope: 'exports' },
        schema: {
          tags: ['exports'],
          summary:
            'Download measures, values, areas or the strategy tree as CSV or JSON: only what you may see',
          params: ExportParams,
          querystring: ExportQuery,
          response: {
            200: {
              description: 'The export, as a file',
              content: {
                'text/csv': { schema: z.string() },
                'application/json': { schema: z.array(z.unknown()) },
              },
            },
            ...errorResponses(400, 401, 403),
          },
        },
      },
      async (request, reply) => {
        const { what } = request.params;
        const { format } = request.query;
        const filter = exportPolicy.filter(await scopeFor(request, store));
        const text = await exportTable(store, what, format, filter);
        await recordAuditEvent(store.db, {
          at: settings.clock().toISOString(),
          actor: actorOf(request),
          action: 'export',
          objectType: 'export',
          objectId: what,
          after: { format },
          ip: request.ip,
        });
        return reply
          .type(format === 'csv' ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8')
          .header('content-disposition', `attachment; filename="${what}.${format}"`)
          .serializer((payload: unknown) => String(payload))
          .send(text as never);
      },
    );
  };
