import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aSmallCouncil, TEST_CHANGE } from '../../test/factories.js';
import { createTestDatabase, DIALECTS, type TestDatabase } from '../../test/store-fixture.js';
import { currentScorecardSetting, saveScorecardSetting } from './balanced-scorecards.js';
import { writeCouncilBundle } from './bundle.js';
import { commentaryHistory, currentCommentary, recordCommentary } from './commentary.js';

const change = (by: string) => ({ by, at: '2026-11-26T02:00:00Z' });

describe.each(DIALECTS)('balanced scorecard settings and commentary history on %s', (dialect) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase(dialect);
    await writeCouncilBundle(database.store.db, aSmallCouncil(), TEST_CHANGE);
  });
  afterAll(() => database?.drop());

  it('has no setting for a plan until one is saved, then keeps each version with the latest current', async () => {
    const db = database.store.db;
    expect(await currentScorecardSetting(db, 'CP')).toBeNull();
    await saveScorecardSetting(
      db,
      'CP',
      1,
      [
        { name: 'Residents', description: 'Outcomes', measureIds: ['CP-ECO-01'] },
        { name: 'Money', description: null, measureIds: [] },
      ],
      change('a@example.org'),
    );
    await saveScorecardSetting(
      db,
      'CP',
      2,
      [
        { name: 'Money', description: null, measureIds: ['CP-ECO-01'] },
        { name: 'Residents and customers', description: null, measureIds: [] },
      ],
      change('b@example.org'),
    );
    expect(await currentScorecardSetting(db, 'CP')).toEqual({
      planId: 'CP',
      version: 2,
      changedBy: 'b@example.org',
      changedAt: '2026-11-26T02:00:00Z',
      perspectives: [
        { name: 'Money', description: null, measureIds: ['CP-ECO-01'] },
        { name: 'Residents and customers', description: null, measureIds: [] },
      ],
    });
  });

  it('refuses a measure in two perspectives, a second save of a version, and any change to what was saved', async () => {
    const db = database.store.db;
    await expect(
      db.transaction().execute((trx) =>
        saveScorecardSetting(
          trx,
          'OBJ-JOBS',
          1,
          [
            { name: 'A', description: null, measureIds: ['CP-ECO-01'] },
            { name: 'B', description: null, measureIds: ['CP-ECO-01'] },
          ],
          change('c@example.org'),
        ),
      ),
    ).rejects.toThrow(/unique|duplicate/i);
    // The transaction left nothing half-written.
    expect(await currentScorecardSetting(db, 'OBJ-JOBS')).toBeNull();
    await expect(
      saveScorecardSetting(db, 'CP', 2, [{ name: 'Clash', description: null, measureIds: [] }], change('d')),
    ).rejects.toThrow(/unique|duplicate/i);
    await expect(
      db.updateTable('balanced_scorecard_perspective').set({ name: 'Renamed' }).execute(),
    ).rejects.toThrow(/append-only/);
    await expect(db.deleteFrom('balanced_scorecard_measure').execute()).rejects.toThrow(/append-only/);
  });

  it('keeps every version of commentary on a period, the latest being current', async () => {
    const db = database.store.db;
    const said = {
      measureId: 'CP-ECO-01',
      period: '2016/17-Q2',
      summary: 'Employment rose again, by more than we first thought.',
      reasons: 'Revised survey weights',
      nextSteps: null,
      authorId: 'P1',
    };
    expect(await recordCommentary(db, said, { ...TEST_CHANGE, reason: 'Corrected' })).toBe(2);
    const history = await commentaryHistory(db, 'CP-ECO-01');
    expect(history.map((v) => [v.period, v.version, v.summary, v.reason])).toEqual([
      ['2016/17-Q2', 1, 'Employment rose for the second quarter.', 'test fixture'],
      ['2016/17-Q2', 2, 'Employment rose again, by more than we first thought.', 'Corrected'],
    ]);
    expect(history.every((v) => v.withdrawn === false && v.recordedBy === 'test')).toBe(true);
    expect((await currentCommentary(db, 'CP-ECO-01')).map((c) => c.summary)).toEqual([said.summary]);
  });
});
