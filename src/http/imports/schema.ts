/** Importing figures from a file over HTTP: the preview (or what was written), past imports and profiles. */
import { z } from 'zod';
import { queryObject } from '../query.js';

/** The largest file the web import takes; larger ones go through `golden-thread import`. */
export const WEB_IMPORT_BYTES = 20 * 1024 * 1024;

export const ImportProblemSchema = z.object({
  severity: z.enum(['error', 'warning']),
  file: z.string(),
  row: z.number().int().nullable().describe('The row as a spreadsheet numbers it; null for the whole file'),
  column: z.string().nullable().describe('The column’s header (or letter); null for the whole row'),
  value: z.string().nullable().describe('The value as it stood in the file'),
  message: z.string(),
  expected: z.string().nullable().describe('The form that was expected'),
  text: z.string().describe('`file:row:column: value "x" … — expected …`, as the command line prints it'),
});

const FigureChangeSchema = z.object({
  measureId: z.string(),
  period: z.string(),
  areaCode: z.string(),
  row: z.number().int(),
  before: z.number().nullable().describe('The current figure before the import; null when there is none'),
  after: z.number().nullable(),
});

const CountsSchema = z.object({
  created: z.number().int().describe('New figures'),
  changed: z.number().int().describe('Figures whose value or details would change'),
  unchanged: z.number().int().describe('Figures the file gives exactly as they stand'),
});

export const ImportAnswerSchema = z
  .object({
    file: z.string(),
    sha256: z.string().nullable(),
    profile: z.string(),
    mode: z.enum(['dry-run', 'commit']),
    readAs: z.array(z.string()).describe('How the file was read: format, encoding, separator or sheet'),
    rows: z.number().int(),
    skippedRows: z.number().int(),
    figures: CountsSchema,
    flaggedFigures: z.number().int().describe('Figures the validation rules flag with a warning'),
    byMeasure: z.array(CountsSchema.extend({ measureId: z.string() })),
    samples: z.object({
      created: z.array(FigureChangeSchema),
      changed: z.array(FigureChangeSchema),
    }),
    newMeasures: z.array(z.object({ id: z.string(), title: z.string() })),
    newAreas: z.array(z.object({ code: z.string(), name: z.string() })),
    errors: z.number().int(),
    warnings: z.number().int(),
    problems: z.array(ImportProblemSchema).describe('Errors first, then warnings; the first 500 of each'),
    committed: z.boolean().describe('The figures were written'),
    batchId: z.number().int().nullable(),
    earlierImports: z.array(
      z.object({ batchId: z.number().int(), at: z.string(), by: z.string(), fileName: z.string() }),
    ),
    previewToken: z
      .string()
      .nullable()
      .describe(
        'From a dry run with no errors and something to import: send it back with the same file and `dryRun=false` to import exactly what was shown',
      ),
  })
  .meta({ id: 'ImportAnswer' });
export type ImportAnswer = z.infer<typeof ImportAnswerSchema>;

/** The form fields beside the file; sent as text, as forms send them. */
export const ImportFieldsSchema = z.strictObject(
  {
    profile: z
      .string()
      .regex(/^[a-z0-9-]{1,40}$/, { error: 'must be an import profile’s name, e.g. default' })
      .default('default'),
    dryRun: z.enum(['true', 'false'], { error: 'must be true or false' }).default('true'),
    previewToken: z.string().max(200, { error: 'is longer than any preview token' }).optional(),
  },
  {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? 'is not a field of an import; expected file, profile, dryRun, previewToken'
        : undefined,
  },
);

export const ImportBatchListSchema = z
  .object({
    imports: z.array(
      z.object({
        id: z.number().int(),
        fileName: z.string(),
        sha256: z.string(),
        profile: z.string(),
        by: z.string(),
        at: z.string(),
        rowsRead: z.number().int(),
        created: z.number().int(),
        changed: z.number().int(),
        unchanged: z.number().int(),
        skipped: z.number().int(),
      }),
    ),
  })
  .meta({ id: 'ImportBatchList' });

export const ImportListQuerySchema = queryObject({
  limit: z.coerce
    .number({ error: 'must be a whole number from 1 to 200' })
    .int({ error: 'must be a whole number from 1 to 200' })
    .min(1, { error: 'must be a whole number from 1 to 200' })
    .max(200, { error: 'must be a whole number from 1 to 200' })
    .default(50),
});

export const ImportProfileListSchema = z
  .object({
    profiles: z.array(
      z.object({
        name: z.string(),
        description: z.string(),
        builtIn: z.boolean(),
        updatedBy: z.string().nullable(),
        updatedAt: z.string().nullable(),
      }),
    ),
  })
  .meta({ id: 'ImportProfileList' });
