/**
 * How the council's wards are drawn: the boundaries an administrator uploaded, or else a hex map —
 * the demo council's hand-placed one, or for any other council its wards in rows, alphabetically.
 */
import { readWardBoundaries } from '../../domain/dashboards/boundaries.js';
import { gridHexJson, hexJsonToGeoJson } from '../../domain/dashboards/hexjson.js';
import { UserError } from '../../domain/errors.js';
import { DEMO_HEXMAP, DEMO_HEXMAP_AUTHORITY } from '../../demo/hexmap.js';
import type { Kysely } from 'kysely';
import { recordAuditEvent } from '../../store/audit.js';
import type { Store } from '../../store/connect.js';
import type { Database } from '../../store/database.js';
import type { Changed } from '../../store/dashboards.js';
import {
  currentWardBoundaries,
  saveWardBoundaries,
  wardBoundaryHistory,
  type BoundaryVersion,
} from '../../store/ward-boundaries.js';
import { councilAreas } from '../status/council-areas.js';
import type { WardGeometry } from './types.js';

async function authorityAndWards(store: Store) {
  const areas = await councilAreas(store);
  if (!areas.authority)
    throw new UserError('not-found', 'The council has no authority area set, so it has no wards to map');
  return { authority: areas.authority, wards: areas.wards };
}

export async function wardGeometry(store: Store): Promise<WardGeometry> {
  const { authority, wards } = await authorityAndWards(store);
  const stored = await currentWardBoundaries(store.db, authority.code);
  if (stored?.boundaries)
    return {
      kind: 'boundaries',
      geojson: stored.boundaries,
      source: `Ward boundaries uploaded${stored.fileName ? ` from ${stored.fileName}` : ''} on ${stored.changedAt.slice(0, 10)}`,
    };
  const wardCodes = new Set(wards.map((w) => w.code));
  const authored =
    authority.code === DEMO_HEXMAP_AUTHORITY && Object.keys(DEMO_HEXMAP.hexes).every((c) => wardCodes.has(c));
  return {
    kind: 'hex',
    geojson: hexJsonToGeoJson(authored ? DEMO_HEXMAP : gridHexJson(wards)),
    source: authored
      ? 'Hex map: each ward one hexagon, placed roughly where it lies'
      : 'Hex map: each ward one hexagon, in alphabetical order (upload boundaries for a true map)',
  };
}

/** Checks and keeps uploaded boundaries; every problem with the file is named at once. */
export async function replaceWardBoundaries(
  store: Store,
  geojson: unknown,
  fileName: string | null,
  codeProperty: string | undefined,
  change: Changed,
  ip: string | null = null,
): Promise<{ wards: number; codeProperty: string }> {
  const { authority, wards } = await authorityAndWards(store);
  const reading = readWardBoundaries(geojson, wards, codeProperty);
  if (!reading.ok)
    throw new UserError(
      'invalid-input',
      `The ward boundaries were not saved${fileName ? ` (${fileName})` : ''}: ${reading.problems.join('; ')}`,
    );
  const saved = { wards: reading.boundaries.features.length, codeProperty: reading.codeProperty };
  await store.db.transaction().execute(async (trx) => {
    await saveWardBoundaries(trx, authority.code, reading.boundaries, fileName, change);
    await auditMapChange(trx, change, { kind: 'boundaries', fileName, wards: saved.wards }, ip);
  });
  return saved;
}

/** Puts the hex map back; the uploaded boundaries stay in the history. */
export async function clearWardBoundaries(
  store: Store,
  change: Changed,
  ip: string | null = null,
): Promise<void> {
  const { authority } = await authorityAndWards(store);
  await store.db.transaction().execute(async (trx) => {
    await saveWardBoundaries(trx, authority.code, null, null, change);
    await auditMapChange(trx, change, { kind: 'hex' }, ip);
  });
}

/** The map's change goes in the audit trail in the same transaction as the change itself. */
function auditMapChange(db: Kysely<Database>, change: Changed, after: object, ip: string | null) {
  return recordAuditEvent(db, {
    at: change.at,
    actor: change.by,
    action: 'ward-map-changed',
    objectType: 'ward-map',
    after,
    ip,
  });
}

/** Who uploaded boundaries or put the hex map back, and when: newest first. */
export async function wardMapHistory(store: Store): Promise<BoundaryVersion[]> {
  const { authority } = await authorityAndWards(store);
  return wardBoundaryHistory(store.db, authority.code);
}
