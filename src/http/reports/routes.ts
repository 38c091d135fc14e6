/**
 * Report packs as files: `GET /reports?level=&period=&format=` builds the report for the reader's
 * scope and sends it as PDF, Word, Excel, CSV or HTML, the same document the command line writes;
 * with `infographic=true`, its one-page infographic as SVG or PNG (`format=png&width=`).
 */
import { z } from 'zod';
import { UserError } from '../../domain/errors.js';
import {
  buildReport,
  infographicFileName,
  INFOGRAPHIC_MEDIA_TYPES,
  isReportFormat,
  MEDIA_TYPES,
  renderInfographicFile,
  renderReport,
  reportFileName,
  type InfographicFormat,
  type ReportDocument,
  type ReportFormat,
} from '../../reports/index.js';
import { recordAuditEvent } from '../../store/audit.js';
import { listOrgUnits } from '../../store/organisation.js';
import type { AuthSettings } from '../auth/settings.js';
import { actorOf, scopeFor } from '../auth/viewer.js';
import { errorResponses } from '../error-body.js';
import type { ResourceRoutes } from '../resource.js';
import { reportPolicy } from './policy.js';
import { ReportQuery } from './schema.js';

const COUNCIL_WIDE = new Set(['cabinet', 'scrutiny', 'leader-annual']);

type Wanted =
  | { infographic: true; format: InfographicFormat; width?: number }
  | { infographic: false; format: ReportFormat };

/** The pack in a report format, or the infographic in a picture format: a mismatch is refused before any figures are gathered. */
function wantedFile(query: { format?: string; infographic: boolean; width?: number }): Wanted {
  const { width } = query;
  if (query.infographic) {
    const format = query.format ?? 'svg';
    if (format !== 'svg' && format !== 'png')
      throw new UserError(
        'invalid-input',
        `format: the infographic is a picture, not ${format}; give format=svg or format=png`,
      );
    if (width !== undefined && format !== 'png')
      throw new UserError('invalid-input', 'width: only a PNG infographic has a width; give format=png');
    return { infographic: true, format, width };
  }
  const format = query.format ?? 'pdf';
  if (!isReportFormat(format))
    throw new UserError(
      'invalid-input',
      `format: ${format} is for the one-page infographic; add infographic=true, or give pdf, docx, xlsx, csv or html`,
    );
  if (width !== undefined)
    throw new UserError('invalid-input', 'width: only a PNG infographic has a width; add infographic=true');
  return { infographic: false, format };
}

async function fileFor(
  doc: ReportDocument,
  wanted: Wanted,
): Promise<{ bytes: Uint8Array; mediaType: string; fileName: string }> {
  if (wanted.infographic)
    return {
      bytes: renderInfographicFile(doc, wanted.format, { width: wanted.width }),
      mediaType: INFOGRAPHIC_MEDIA_TYPES[wanted.format],
      fileName: infographicFileName(doc, wanted.format),
    };
  const rendered = await renderReport(doc, wanted.format);
  return {
    bytes: rendered.bytes,
    mediaType: rendered.mediaType,
    fileName: reportFileName(doc, wanted.format),
  };
}

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
                [...Object.values(MEDIA_TYPES), ...Object.values(INFOGRAPHIC_MEDIA_TYPES)].map((type) => [
                  type,
                  { schema: z.string() },
                ]),
              ),
            },
            ...errorResponses(400, 401, 403, 404),
          },
        },
      },
      async (request, reply) => {
        const { level, period, unit, person, provisional } = request.query;
        const wanted = wantedFile(request.query);
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
        const file = await fileFor(doc, wanted);
        await recordAuditEvent(store.db, {
          at: settings.clock().toISOString(),
          actor: actorOf(request),
          action: 'export',
          objectType: 'report',
          objectId: `${level} ${doc.period}`,
          after: {
            format: wanted.format,
            infographic: wanted.infographic,
            unit: unit ?? null,
            person: personId,
          },
          ip: request.ip,
        });
        return reply
          .type(file.mediaType)
          .header('content-disposition', `attachment; filename="${file.fileName}"`)
          .serializer((payload: unknown) => payload as string)
          .send(Buffer.from(file.bytes) as never);
      },
    );
  };
