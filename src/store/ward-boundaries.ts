/**
 * The ward boundaries an administrator uploaded for the authority, kept as versions (append-only):
 * the latest is current, and a version without boundaries puts the hex map back.
 */
import type { Kysely } from 'kysely';
import type { WardFeatureCollection } from '../domain/dashboards/hexjson.js';
import type { Database } from './database.js';
import type { Changed } from './dashboards.js';

export interface StoredBoundaries {
  authorityCode: string;
  /** Null: the administrator went back to the hex map. */
  boundaries: WardFeatureCollection | null;
  fileName: string | null;
  changedBy: string;
  changedAt: string;
}

export async function currentWardBoundaries(
  db: Kysely<Database>,
  authorityCode: string,
): Promise<StoredBoundaries | null> {
  const row = await db
    .selectFrom('ward_boundary_version')
    .selectAll()
    .where('authority_code', '=', authorityCode)
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (!row) return null;
  return {
    authorityCode: row.authority_code,
    boundaries: row.geojson === null ? null : (JSON.parse(row.geojson) as WardFeatureCollection),
    fileName: row.file_name,
    changedBy: row.changed_by,
    changedAt: row.changed_at,
  };
}

export async function saveWardBoundaries(
  db: Kysely<Database>,
  authorityCode: string,
  boundaries: WardFeatureCollection | null,
  fileName: string | null,
  change: Changed,
): Promise<void> {
  await db
    .insertInto('ward_boundary_version')
    .values({
      authority_code: authorityCode,
      geojson: boundaries === null ? null : JSON.stringify(boundaries),
      file_name: fileName,
      changed_by: change.by,
      changed_at: change.at,
    })
    .execute();
}

export interface BoundaryVersion {
  /** Uploaded boundaries, or the hex map put back. */
  kind: 'boundaries' | 'hex';
  fileName: string | null;
  wards: number;
  changedBy: string;
  changedAt: string;
}

/** Every upload and every return to the hex map, newest first. */
export async function wardBoundaryHistory(
  db: Kysely<Database>,
  authorityCode: string,
): Promise<BoundaryVersion[]> {
  const rows = await db
    .selectFrom('ward_boundary_version')
    .selectAll()
    .where('authority_code', '=', authorityCode)
    .orderBy('id', 'desc')
    .execute();
  return rows.map((row) => ({
    kind: row.geojson === null ? 'hex' : 'boundaries',
    fileName: row.file_name,
    wards: row.geojson === null ? 0 : (JSON.parse(row.geojson) as WardFeatureCollection).features.length,
    changedBy: row.changed_by,
    changedAt: row.changed_at,
  }));
}

/** The newest version's id (0 when there is none): it changes exactly when the map does. */
export async function wardBoundaryVersionId(db: Kysely<Database>): Promise<number> {
  const row = await db
    .selectFrom('ward_boundary_version')
    .select(({ fn }) => fn.max('id').as('id'))
    .executeTakeFirst();
  return Number(row?.id ?? 0);
}
