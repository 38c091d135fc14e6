import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aMeasure, aSmallCouncil, TEST_CHANGE } from '../../test/factories.js';
import { createTestDatabase, DIALECTS, type TestDatabase } from '../../test/store-fixture.js';
import { writeCouncilBundle } from './bundle.js';
import { getMeasure } from './measures.js';
import { insertMeasure, measureHasFigures, retirementOf, updateMeasure } from './measures-admin.js';
import { listAdministeredStrategyItems, listStrategyItems } from './strategy.js';
import { insertStrategyItem, measuresLinkedTo, retireStrategyItem } from './strategy-admin.js';
import { currentTargets, setTarget, targetHistory, withdrawTarget } from './targets.js';

describe.each(DIALECTS)('the catalogue’s writes on %s', (dialect) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(dialect);
    await writeCouncilBundle(t.store.db, aSmallCouncil(), TEST_CHANGE);
  });
  afterAll(() => t.drop());

  it('adds a measure with its links, rewrites it keeping when it was created, and records a retirement', async () => {
    const db = t.store.db;
    await insertMeasure(db, aMeasure({ id: 'CP-NEW-01', strategyItemIds: ['CP'] }), '2026-11-26T00:00:00Z');
    await updateMeasure(
      db,
      aMeasure({ id: 'CP-NEW-01', title: 'Renamed', state: 'retired', strategyItemIds: ['OBJ-JOBS'] }),
      {
        at: '2026-11-26T01:00:00Z',
        reason: 'Replaced',
      },
    );
    expect(await getMeasure(db, 'CP-NEW-01')).toMatchObject({
      title: 'Renamed',
      state: 'retired',
      strategyItemIds: ['OBJ-JOBS'],
    });
    expect(await retirementOf(db, 'CP-NEW-01')).toEqual({ at: '2026-11-26T01:00:00Z', reason: 'Replaced' });
    const row = await db
      .selectFrom('measure')
      .select('created_at')
      .where('id', '=', 'CP-NEW-01')
      .executeTakeFirstOrThrow();
    expect(row.created_at).toBe('2026-11-26T00:00:00Z');
    expect(await measureHasFigures(db, 'CP-NEW-01')).toBe(false);
    expect(await measureHasFigures(db, 'CP-ECO-01')).toBe(true);
  });

  it('keeps every version of a target, a withdrawal too, and leaves no target in force after one', async () => {
    const db = t.store.db;
    const target = {
      measureId: 'CP-ECO-01',
      period: '2017/18-Q1',
      value: 70,
      lower: null,
      upper: null,
      tolerance: null,
    };
    await setTarget(db, target, { ...TEST_CHANGE, reason: 'First' });
    await withdrawTarget(db, 'CP-ECO-01', '2017/18-Q1', { ...TEST_CHANGE, reason: 'Set in error' });
    const history = (await targetHistory(db, 'CP-ECO-01')).filter((v) => v.period === '2017/18-Q1');
    expect(history.map((v) => [v.version, v.withdrawn, v.reason])).toEqual([
      [1, false, 'First'],
      [2, true, 'Set in error'],
    ]);
    expect((await currentTargets(db, ['CP-ECO-01'])).map((x) => x.period)).not.toContain('2017/18-Q1');
    // The history is append-only: the database itself refuses to rewrite it.
    await expect(sql`update target_version set reason = 'x'`.execute(db)).rejects.toThrow(/append-only/);
  });

  it('leaves a retired strategy item out of the thread but keeps it, and its measures’ links', async () => {
    const db = t.store.db;
    const [, priority] = aSmallCouncil().strategyItems;
    await insertStrategyItem(db, { ...priority!, id: 'OUT-OLD', kind: 'outcome', parentId: 'OBJ-JOBS' });
    await db
      .insertInto('measure_strategy_link')
      .values({ measure_id: 'CP-ECO-01', strategy_item_id: 'OUT-OLD' })
      .execute();
    await retireStrategyItem(db, 'OUT-OLD', '2026-11-26T02:00:00Z', 'Merged');
    expect((await listStrategyItems(db)).map((i) => i.id)).not.toContain('OUT-OLD');
    expect((await listAdministeredStrategyItems(db)).find((i) => i.id === 'OUT-OLD')).toMatchObject({
      state: 'retired',
      retiredReason: 'Merged',
    });
    expect(await measuresLinkedTo(db, 'OUT-OLD')).toEqual(['CP-ECO-01']);
    expect((await getMeasure(db, 'CP-ECO-01'))?.strategyItemIds).toContain('OUT-OLD');
  });
});
