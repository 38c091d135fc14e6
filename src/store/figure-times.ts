/**
 * When each figure first arrived and was last changed: the facts that timeliness and "last
 * updated" are judged on. Read from the figures' versions, which keep every change with its time.
 */
import type { Kysely } from 'kysely';
import type { FigureRecord } from '../domain/quality/index.js';
import { chunks } from './chunks.js';
import type { Database } from './database.js';
import { currentValues, valueKey } from './values.js';

/** The current figures of these measures (every area), with their first and latest recording times. */
export async function figureRecords(
  db: Kysely<Database>,
  measureIds: readonly string[],
): Promise<Map<string, FigureRecord[]>> {
  const times = new Map<string, { first: string; last: string }>();
  for (const chunk of chunks(measureIds, 1)) {
    if (chunk.length === 0) continue;
    const rows = await db
      .selectFrom('value_version')
      .select(({ fn }) => [
        'measure_id',
        'area_code',
        'period',
        fn.min('recorded_at').as('first'),
        fn.max('recorded_at').as('last'),
      ])
      .where('measure_id', 'in', chunk)
      .groupBy(['measure_id', 'area_code', 'period'])
      .execute();
    for (const r of rows) {
      times.set(valueKey({ measureId: r.measure_id, areaCode: r.area_code, period: r.period }), {
        first: r.first,
        last: r.last,
      });
    }
  }
  const byMeasure = new Map<string, FigureRecord[]>(measureIds.map((id) => [id, []]));
  for (const v of await currentValues(db, { measureIds })) {
    const time = times.get(valueKey(v));
    byMeasure.get(v.measureId)?.push({
      period: v.period,
      areaCode: v.areaCode,
      qualityFlag: v.qualityFlag,
      firstRecordedAt: time?.first ?? v.at,
      lastRecordedAt: time?.last ?? v.at,
    });
  }
  return byMeasure;
}
