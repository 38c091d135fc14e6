/**
 * Open-data downloads: every public table as `.csv`, `.csv-metadata.json` (CSV on the Web) and
 * `.json`, at /data/<table id>.<format>. Rate-limited with the public API.
 */
import type { FastifyInstance } from 'fastify';
import { tableToCsv, tableToCsvw, tableToJson } from '../../app/public/csv.js';
import { openDataTable } from '../../app/public/tables.js';
import { errorBody } from '../error-body.js';
import type { Answer } from './cache.js';
import { JSON_TYPE, type PublicContext } from './context.js';

const FORMATS = /^(.+?)\.(csv-metadata\.json|csv|json)$/;
const TABLE_ID = /^[A-Za-z0-9._-]+(\/[A-Za-z0-9._-]+){0,2}$/;

export function dataRoutes(app: FastifyInstance, ctx: PublicContext): void {
  app.get(
    `${ctx.options.basePath}/data/*`,
    { schema: { hide: true }, config: { access: 'public' } },
    (request, reply) =>
      ctx.cache.answer(request, reply, async (): Promise<Answer> => {
        const path = (request.params as { '*': string })['*'];
        const match = FORMATS.exec(path);
        const notFound: Answer = {
          status: 404,
          type: JSON_TYPE,
          body: JSON.stringify(
            errorBody(
              'not-found',
              `There is no published table at ${request.url.split('?')[0]}; the tables are listed at ${ctx.links.openData}`,
            ),
          ),
        };
        if (!match || !TABLE_ID.test(match[1]!)) return notFound;
        const [, id, format] = match as unknown as [string, string, string];
        const site = await ctx.site();
        const table = await openDataTable(ctx.store, site, id, await ctx.judging());
        if (!table) return notFound;
        const file = id.replaceAll('/', '-');
        if (format === 'csv')
          return {
            status: 200,
            type: 'text/csv; charset=utf-8; header=present',
            body: tableToCsv(table),
            headers: { 'content-disposition': `attachment; filename="${file}.csv"` },
          };
        if (format === 'json')
          return { status: 200, type: JSON_TYPE, body: JSON.stringify(tableToJson(table)) };
        const csvName = id.split('/').at(-1)!;
        const metadata = tableToCsvw(table, `${encodeURIComponent(csvName)}.csv`, site.councilName, null);
        return {
          status: 200,
          type: 'application/csvm+json; charset=utf-8',
          body: JSON.stringify(metadata, null, 2),
        };
      }),
  );
}
