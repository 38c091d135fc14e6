/**
 * Sign-off events for figures (append-only: the database refuses UPDATE and DELETE), and the
 * figures that are approved for publication: only those go to Cabinet reports and public pages.
 */
import type { Kysely } from 'kysely';
import type { ValueVersion } from '../domain/figures.js';
import {
  signoffStateOf,
  type SignoffEvent,
  type SignoffEventState,
  type SignoffState,
} from '../domain/signoff/index.js';
import { chunks } from './chunks.js';
import type { Database } from './database.js';
import { currentValues, valueKey, type ValueFilter } from './values.js';

type FigureKey = { measureId: string; period: string; areaCode: string };

export async function recordSignoff(db: Kysely<Database>, event: SignoffEvent): Promise<void> {
  await db
    .insertInto('value_signoff')
    .values({
      measure_id: event.measureId,
      period: event.period,
      area_code: event.areaCode,
      version: event.version,
      state: event.state,
      signed_by: event.by,
      signed_at: event.at,
      reason: event.reason,
    })
    .execute();
}

/** Every sign-off event of one figure, all versions, in the order they were recorded. */
export async function signoffHistory(db: Kysely<Database>, key: FigureKey): Promise<SignoffEvent[]> {
  const rows = await db
    .selectFrom('value_signoff')
    .selectAll()
    .where('measure_id', '=', key.measureId)
    .where('area_code', '=', key.areaCode)
    .where('period', '=', key.period)
    .orderBy('id')
    .execute();
  return rows.map((r) => ({
    measureId: r.measure_id,
    period: r.period,
    areaCode: r.area_code,
    version: r.version,
    state: r.state as SignoffEventState,
    by: r.signed_by,
    at: r.signed_at,
    reason: r.reason,
  }));
}

/** The sign-off state of one version of a figure. */
export async function signoffStateOfVersion(
  db: Kysely<Database>,
  key: FigureKey,
  version: number,
): Promise<SignoffState> {
  return signoffStateOf(await signoffHistory(db, key), version);
}

/** The sign-off state of each current figure, by `valueKey`. */
export async function signoffStates(
  db: Kysely<Database>,
  figures: readonly ValueVersion[],
): Promise<Map<string, SignoffState>> {
  const events = new Map<string, { version: number; state: SignoffEventState }[]>();
  const measureIds = [...new Set(figures.map((f) => f.measureId))];
  for (const chunk of chunks(measureIds, 1)) {
    if (chunk.length === 0) continue;
    const rows = await db
      .selectFrom('value_signoff')
      .select(['measure_id', 'area_code', 'period', 'version', 'state'])
      .where('measure_id', 'in', chunk)
      .orderBy('id')
      .execute();
    for (const r of rows) {
      const key = valueKey({ measureId: r.measure_id, areaCode: r.area_code, period: r.period });
      const list = events.get(key) ?? [];
      list.push({ version: r.version, state: r.state as SignoffEventState });
      events.set(key, list);
    }
  }
  const states = new Map<string, SignoffState>();
  for (const f of figures) states.set(valueKey(f), signoffStateOf(events.get(valueKey(f)) ?? [], f.version));
  return states;
}

/** The current figures whose current version is approved for publication. */
export async function approvedValues(
  db: Kysely<Database>,
  filter: ValueFilter = {},
): Promise<ValueVersion[]> {
  const figures = await currentValues(db, filter);
  const states = await signoffStates(db, figures);
  return figures.filter((f) => states.get(valueKey(f)) === 'approved');
}
