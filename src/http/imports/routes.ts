/**
 * Importing figures from the web: a file is uploaded and checked (a dry run, the default), then
 * uploaded again with the preview token to import exactly what was shown, all of it or none. Each
 * row must be for a measure the person enters; measures they may not see are unknown to them.
 */
import type { FastifyRequest } from 'fastify';
import { CHECK_AGAIN, importFile } from '../../app/import/import-file.js';
import { previewTokenOf, readPreviewToken, type PreviewToken } from '../../app/import/preview-token.js';
import { listAllImportProfiles, resolveImportProfile } from '../../app/import/profiles.js';
import { UserError } from '../../domain/errors.js';
import { formatProblem, type ImportProfile, type ImportReport } from '../../domain/import/index.js';
import type { Store } from '../../store/connect.js';
import { listImportBatches } from '../../store/imports.js';
import { listMeasures } from '../../store/measures.js';
import { accountOf } from '../../store/users.js';
import type { AuthSettings } from '../auth/settings.js';
import { scopeFor, signedIn } from '../auth/viewer.js';
import { described, ErrorBodySchema, errorResponses } from '../error-body.js';
import type { ResourceRoutes } from '../resource.js';
import { importPolicy } from './policy.js';
import {
  ImportAnswerSchema,
  ImportBatchListSchema,
  ImportListQuerySchema,
  ImportProfileListSchema,
  WEB_IMPORT_BYTES,
  type ImportAnswer,
} from './schema.js';
import { readUpload, type Upload } from './upload.js';
import multipart from '@fastify/multipart';

const NOT_AN_IMPORTER =
  'Only people who enter figures may import them: measure owners, data owners, managers and performance officers';

export const importRoutes = (settings: AuthSettings): ResourceRoutes =>
  async function importRoutes(app, { store }) {
    // Registered here, not for the whole server: only this route takes files.
    await app.register(multipart, {
      limits: { fileSize: WEB_IMPORT_BYTES, files: 1, fields: 8, fieldSize: 1024, parts: 10 },
    });

    app.post(
      '/imports',
      {
        config: { access: 'user' },
        schema: {
          tags: ['values'],
          summary: 'Check a file of figures (a dry run), or import it',
          description:
            'multipart/form-data with a `file` (.csv, .tsv, .txt or .xlsx, at most ' +
            `${WEB_IMPORT_BYTES / 1024 / 1024} MiB), \`profile\` (an import profile’s name; default) and ` +
            '`dryRun` (`true`, the default, or `false`). A dry run writes nothing and answers the preview: ' +
            'counts, every problem by row and column with the form expected, and samples of the changes, ' +
            'with a `previewToken` when there is something to import. To import, send the same file with ' +
            '`dryRun=false` and that `previewToken`: all of it is written in one transaction, or none. Each ' +
            'row must be for a measure you enter; others are errors naming the measure.',
          consumes: ['multipart/form-data'],
          response: {
            200: described('The preview, or what was imported', ImportAnswerSchema),
            ...errorResponses(400, 401, 403, 404, 409),
            413: described('The file is larger than the web import takes', ErrorBodySchema),
          },
        },
      },
      async (request) => {
        const who = await importer(store, request);
        const upload = await readUpload(request);
        try {
          return await runImport(store, settings, request, who, upload);
        } finally {
          await upload.discard();
        }
      },
    );

    app.get(
      '/imports',
      {
        config: { access: 'user' },
        schema: {
          tags: ['values'],
          summary: 'Recent imports: who, when, which file and what they did',
          description:
            'Newest first. Performance officers and administrators see everyone’s; others their own.',
          querystring: ImportListQuerySchema,
          response: {
            200: described('Imports, newest first', ImportBatchListSchema),
            ...errorResponses(400, 401, 403),
          },
        },
      },
      async (request) => {
        const { account } = await importer(store, request);
        const by = importPolicy.seeEveryonesImports(account) ? undefined : signedIn(request).user.email;
        const imports = await listImportBatches(store.db, undefined, {
          limit: request.query.limit,
          ...(by === undefined ? {} : { by }),
        });
        return { imports };
      },
    );

    app.get(
      '/import-profiles',
      {
        config: { access: 'user' },
        schema: {
          tags: ['values'],
          summary: 'The import profiles to choose from: built in, and those the council saved',
          response: {
            200: described('The profiles', ImportProfileListSchema),
            ...errorResponses(401, 403),
          },
        },
      },
      async (request) => {
        await importer(store, request);
        return { profiles: await listAllImportProfiles(store.db) };
      },
    );
  };

type Importer = Awaited<ReturnType<typeof importer>>;

async function importer(store: Store, request: FastifyRequest) {
  const [account, scope, measures] = await Promise.all([
    accountOf(store.db, signedIn(request).user),
    scopeFor(request, store),
    listMeasures(store.db, { includeRetired: true }),
  ]);
  if (!importPolicy.import(account, scope, measures)) throw new UserError('forbidden', NOT_AN_IMPORTER);
  return { account, scope };
}

async function profileNamed(store: Store, name: string): Promise<ImportProfile> {
  try {
    return await resolveImportProfile(store.db, name);
  } catch (error) {
    if (error instanceof UserError && error.code === 'not-found') {
      throw new UserError('invalid-input', `profile: ${error.message}`);
    }
    throw error;
  }
}

/** The token a confirmed import brings, checked against the file and profile it comes with. */
function confirmation(upload: Upload, profile: ImportProfile): PreviewToken {
  const text = upload.fields.previewToken;
  if (text === undefined) {
    throw new UserError(
      'invalid-input',
      'previewToken: is required to import; check the file first (dryRun=true) and send the previewToken it gives',
    );
  }
  const token = readPreviewToken(text);
  if (!token)
    throw new UserError('invalid-input', 'previewToken: is not one a dry run gave; check the file again');
  if (token.sha256 !== upload.sha256) {
    throw new UserError(
      'refused',
      `${upload.fileName} is not the file that was checked (its content differs): check it again before importing`,
    );
  }
  if (token.profile !== profile.name) {
    throw new UserError(
      'refused',
      `The file was checked with profile "${token.profile}", not "${profile.name}": check it again with this profile`,
    );
  }
  return token;
}

async function runImport(
  store: Store,
  settings: AuthSettings,
  request: FastifyRequest,
  { account, scope }: Importer,
  upload: Upload,
): Promise<ImportAnswer> {
  const profile = await profileNamed(store, upload.fields.profile);
  const creates = profile.measures.unknown === 'create' || profile.areas.unknown === 'create';
  if (creates && !importPolicy.createRecords(account)) {
    throw new UserError(
      'forbidden',
      `Profile "${profile.name}" creates measures or areas a file names; only performance officers and administrators may use it`,
    );
  }
  const dryRun = upload.fields.dryRun === 'true';
  const token = dryRun ? null : confirmation(upload, profile);
  const report = await importFile(store, upload.path, {
    profile,
    mode: dryRun ? 'dry-run' : 'commit',
    by: signedIn(request).user.email,
    now: settings.clock(),
    fileName: upload.fileName,
    reach: {
      sees: (m) => importPolicy.sees(scope, m),
      enters: (m) => importPolicy.enters(account, scope, m),
    },
    ...(token ? { expectFigures: token.figures } : {}),
  });
  if (!dryRun && report.errors > 0) refuseCommit(report);
  return answerOf(report);
}

/** A commit that found errors wrote nothing: say so, with the first problem. */
function refuseCommit(report: ImportReport): never {
  const first = report.problems.find((p) => p.severity === 'error')!;
  if (first.expected === CHECK_AGAIN) {
    throw new UserError('refused', `${report.file} ${first.message}: check it again`);
  }
  const more = report.errors > 1 ? ` (and ${report.errors - 1} more errors)` : '';
  throw new UserError(
    'invalid-input',
    `Nothing was imported: ${formatProblem(first)}${more}. Check the file again to see every problem`,
  );
}

function answerOf(report: ImportReport): ImportAnswer {
  return {
    file: report.file,
    sha256: report.sha256,
    profile: report.profile,
    mode: report.mode,
    readAs: report.readAs,
    rows: report.rows,
    skippedRows: report.skippedRows,
    figures: report.figures,
    flaggedFigures: report.flaggedFigures,
    byMeasure: Object.entries(report.byMeasure).map(([measureId, counts]) => ({ measureId, ...counts })),
    samples: { created: report.samples.created, changed: report.samples.changed },
    newMeasures: report.newMeasures.map((m) => ({ id: m.id, title: m.title })),
    newAreas: report.newAreas.map((a) => ({ code: a.code, name: a.name })),
    errors: report.errors,
    warnings: report.warnings,
    problems: report.problems.map((p) => ({ ...p, text: formatProblem(p) })),
    committed: report.committed,
    batchId: report.batchId,
    earlierImports: report.earlierImports,
    previewToken: previewTokenOf(report),
  };
}
