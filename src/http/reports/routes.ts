/**
 * Report packs as files: `GET /reports?level=&period=&format=` builds the report for the reader's
 * scope and sends it as PDF, Word, Excel, CSV or HTML, the same document the command line writes.
 */
import { z } from 'zod';
import { UserError } from '../../domain/errors.js';
import { buildReport, MEDIA_TYPES, renderReport, reportFileName } from '../../reports/index.js';
import { recordAuditEvent } from '../../store/audit.js';
import { listOrgUnits } from '../../store/organisation.js';
import type { AuthSettings } from '../auth/settings.js';
import { actorOf, scopeFor } from '../auth/viewer.js';
import { errorResponses } from '../error-body.js';
import type { ResourceRoutes } from '../resource.js';
import { reportPolicy } from './policy.js';
import { ReportQuery } from './schema.js';

const COUNCIL_WIDE = new Set(['cabinet', 'scrutiny', 'leader-annual']);

export const reportRoutes = (settings: AuthSettings): ResourceRoutes =>
  async function reportRoutes(app, { store }) {
    app.get(
      '/reports',
      {
        config: { access: 'user', tokenScope: 'exports' },
        schema: {
          tags: ['reports'],
          summary: 'A report pack for a reporting level and period, as a file: only what you may see',
          querystring: ReportQuery,
          response: {
            200: {
              description: 'The report, as a file to download',
              content: Object.fromEntries(
                Object.values(MEDIA_TYPES).map((type) => [type, { schema: z.string() }]),
              ),
            },
            ...errorResponses(400, 401, 403, 404),
          },
        },
      },
      async (request, reply) => {
        const { level, period, format, unit, person, provisional } = request.query;
        const scope = await scopeFor(request, store);
        if (unit !== undefined) {
          const found = (await listOrgUnits(store.db)).find((u) => u.id === unit);
          if (!found || !reportPolicy.aboutUnit(scope, found))
            throw new UserError('not-found', `unit: there is no organisation unit with id "${unit}"`);
        }
        const personId = level === 'employee' ? (person ?? scope.personId) : null;
        if (level === 'employee' && personId === null)
          throw new UserError(
            'invalid-input',
            'person: your account is not linked to a person; give person=ID',
          );
        if (personId !== null && !reportPolicy.aboutPerson(scope, personId))
          throw new UserError('not-found', `person: there is no person with id "${personId}"`);
        const doc = await buildReport(store, {
          level,
          period,
          today: settings.clock().toISOString().slice(0, 10),
          approvedOnly: reportPolicy.approvedOnly(scope, COUNCIL_WIDE.has(level), provisional),
          scope: { orgUnitId: unit ?? null, personId, viewer: scope },
        });
        const rendered = await renderReport(doc, format);
        await recordAuditEvent(store.db, {
          at: settings.clock().toISOString(),
          actor: actorOf(request),
          action: 'export',
          objectType: 'report',
          objectId: `${level} ${doc.period}`,
          after: { format, unit: unit ?? null, person: personId },
          ip: request.ip,
        });
        return reply
          .type(rendered.mediaType)
          .header('content-disposition', `attachment; filename="${reportFileName(doc, format)}"`)
          .serializer((payload: unknown) => payload as string)
          .send(Buffer.from(rendered.bytes) as never);
      },
    );
  };
