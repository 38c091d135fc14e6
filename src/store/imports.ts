/**
 * Import batches (which file wrote which figure versions, its hash, who and when), the councils'
 * saved import profiles, and the measures and comparator areas an import may create.
 */
import type { Kysely } from 'kysely';
import type { Area } from '../domain/area.js';
import type { Measure } from '../domain/measure.js';
import type { Database } from './database.js';
import { measureToRow } from './measures.js';

export interface ImportBatch {
  id: number;
  fileName: string;
  sha256: string;
  profile: string;
  by: string;
  at: string;
  rowsRead: number;
  created: number;
  changed: number;
  unchanged: number;
  skipped: number;
}

export interface BatchCounts {
  rowsRead: number;
  created: number;
  changed: number;
  unchanged: number;
  skipped: number;
}

/** Opens a batch for a file being committed; its counts are set when the file has been read. */
export async function startImportBatch(
  db: Kysely<Database>,
  batch: { fileName: string; sha256: string; profile: string; by: string; at: string },
): Promise<number> {
  const row = await db
    .insertInto('import_batch')
    .values({
      file_name: batch.fileName,
      sha256: batch.sha256,
      profile: batch.profile,
      imported_by: batch.by,
      imported_at: batch.at,
      rows_read: 0,
      created: 0,
      changed: 0,
      unchanged: 0,
      skipped: 0,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return Number(row.id);
}

export async function finishImportBatch(
  db: Kysely<Database>,
  id: number,
  counts: BatchCounts,
): Promise<void> {
  await db
    .updateTable('import_batch')
    .set({
      rows_read: counts.rowsRead,
      created: counts.created,
      changed: counts.changed,
      unchanged: counts.unchanged,
      skipped: counts.skipped,
    })
    .where('id', '=', id)
    .execute();
}

/**
 * Committed imports, newest first; only those of one file's content when `sha256` is given, only
 * one person's when `by` is, and at most `limit` of them.
 */
export async function listImportBatches(
  db: Kysely<Database>,
  sha256?: string,
  options: { by?: string; limit?: number } = {},
): Promise<ImportBatch[]> {
  let query = db.selectFrom('import_batch').selectAll().orderBy('id', 'desc');
  if (sha256) query = query.where('sha256', '=', sha256);
  if (options.by !== undefined) query = query.where('imported_by', '=', options.by);
  if (options.limit !== undefined) query = query.limit(options.limit);
  const rows = await query.execute();
  return rows.map((r) => ({
    id: Number(r.id),
    fileName: r.file_name,
    sha256: r.sha256,
    profile: r.profile,
    by: r.imported_by,
    at: r.imported_at,
    rowsRead: r.rows_read,
    created: r.created,
    changed: r.changed,
    unchanged: r.unchanged,
    skipped: r.skipped,
  }));
}

/** How many figure versions each batch wrote. */
export async function countVersionsOfBatch(db: Kysely<Database>, batchId: number): Promise<number> {
  const row = await db
    .selectFrom('value_version')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('import_batch_id', '=', batchId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Adds measures that an import creates (the profile allowed it); they have no history yet. */
export async function insertImportedMeasures(
  db: Kysely<Database>,
  measures: readonly Measure[],
  at: string,
): Promise<void> {
  for (const m of measures) await db.insertInto('measure').values(measureToRow(m, at)).execute();
}

/** Adds comparator areas that an import creates (the profile allowed it). */
export async function insertImportedAreas(db: Kysely<Database>, areas: readonly Area[]): Promise<void> {
  for (const a of areas) {
    await db
      .insertInto('area')
      .values({ code: a.code, name: a.name, kind: a.kind, parent_code: a.parentCode })
      .execute();
  }
}

export interface SavedImportProfile {
  name: string;
  /** The profile as the council wrote it (JSON), read by the domain's `parseImportProfile`. */
  definition: unknown;
  createdBy: string;
  createdAt: string;
  updatedBy: string;
  updatedAt: string;
}

function toSaved(row: Database['import_profile']): SavedImportProfile {
  return {
    name: row.name,
    definition: JSON.parse(row.definition) as unknown,
    createdBy: row.created_by,
    createdAt: row.created_at,
    updatedBy: row.updated_by,
    updatedAt: row.updated_at,
  };
}

export async function listImportProfiles(db: Kysely<Database>): Promise<SavedImportProfile[]> {
  const rows = await db.selectFrom('import_profile').selectAll().orderBy('name').execute();
  return rows.map(toSaved);
}

export async function getImportProfile(
  db: Kysely<Database>,
  name: string,
): Promise<SavedImportProfile | null> {
  const row = await db.selectFrom('import_profile').selectAll().where('name', '=', name).executeTakeFirst();
  return row ? toSaved(row) : null;
}

/** Saves a profile under its name, replacing an earlier one of that name (its creation is kept). */
export async function saveImportProfile(
  db: Kysely<Database>,
  name: string,
  definition: unknown,
  change: { by: string; at: string },
): Promise<'created' | 'updated'> {
  const text = JSON.stringify(definition);
  const existing = await db
    .selectFrom('import_profile')
    .select('name')
    .where('name', '=', name)
    .executeTakeFirst();
  await db
    .insertInto('import_profile')
    .values({
      name,
      definition: text,
      created_by: change.by,
      created_at: change.at,
      updated_by: change.by,
      updated_at: change.at,
    })
    .onConflict((oc) =>
      oc.column('name').doUpdateSet({ definition: text, updated_by: change.by, updated_at: change.at }),
    )
    .execute();
  return existing ? 'updated' : 'created';
}
