import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aSmallCouncil, aValue, TEST_CHANGE } from '../../test/factories.js';
import { createTestDatabase, DIALECTS, type TestDatabase } from '../../test/store-fixture.js';
import { writeCouncilBundle } from './bundle.js';
import {
  countVersionsOfBatch,
  finishImportBatch,
  getImportProfile,
  listImportBatches,
  listImportProfiles,
  saveImportProfile,
  startImportBatch,
} from './imports.js';
import {
  compareValues,
  countValueVersions,
  measuresWithFigures,
  recordValues,
  valueHistory,
  withdrawValue,
} from './values.js';

const SHA = 'a'.repeat(64);
const KEY = { measureId: 'CP-ECO-01', areaCode: 'E08000031' };

describe.each(DIALECTS)('imports in the store on %s', (dialect) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(dialect);
    await writeCouncilBundle(t.store.db, aSmallCouncil(), TEST_CHANGE);
  });
  afterAll(() => t.drop());

  it('records a batch of figures as recordValue would, tagging each new version with its import', async () => {
    const db = t.store.db;
    await withdrawValue(db, { ...KEY, period: '2016/17-Q2' }, TEST_CHANGE);
    const batchId = await startImportBatch(db, {
      fileName: 'q.csv',
      sha256: SHA,
      profile: 'default',
      by: 'officer',
      at: TEST_CHANGE.at,
    });
    const before = await countValueVersions(db);
    const figures = [
      aValue({ period: '2016/17-Q1' }), // the same as the test council's
      aValue({ period: '2016/17-Q2', value: 70 }), // its figure was withdrawn
      aValue({ period: '2016/17-Q3', value: 71 }),
      aValue({ period: '2016/17-Q4', value: 72, areaCode: 'E05001321' }),
    ];
    expect((await compareValues(db, figures)).map((c) => [c.outcome, c.nextVersion])).toEqual([
      ['unchanged', null],
      ['created', 3],
      ['created', 1],
      ['created', 1],
    ]);
    expect(await countValueVersions(db)).toBe(before);
    const outcomes = await recordValues(db, figures, { ...TEST_CHANGE, by: 'officer' }, batchId);
    expect(outcomes.map((o) => o.outcome)).toEqual(['unchanged', 'created', 'created', 'created']);
    expect(await countValueVersions(db)).toBe(before + 3);
    expect(await countVersionsOfBatch(db, batchId)).toBe(3);
    const history = await valueHistory(db, { ...KEY, period: '2016/17-Q2' });
    expect(history.map((v) => [v.version, v.value, v.withdrawn, v.by])).toEqual([
      [1, 65.1, false, 'test'],
      [2, 65.1, true, 'test'],
      [3, 70, false, 'officer'],
    ]);
    const changed = await recordValues(
      db,
      [aValue({ period: '2016/17-Q3', value: 71.5 })],
      TEST_CHANGE,
      null,
    );
    expect(changed.map((c) => [c.outcome, c.current?.value])).toEqual([['changed', 71]]);
  });

  it('says which measures have figures, so that a first load needs no look-ups', async () => {
    expect([...(await measuresWithFigures(t.store.db, ['CP-ECO-01', 'NOPE']))]).toEqual(['CP-ECO-01']);
    const compared = await compareValues(t.store.db, [aValue({ period: '2016/17-Q1' })], {
      measuresWithoutFigures: new Set(['CP-ECO-01']),
    });
    // Told (wrongly, here) that the measure has no figures, it does not look: the caller's promise.
    expect(compared.map((c) => c.outcome)).toEqual(['created']);
  });

  it('keeps batches with their counts, findable by the hash of their file', async () => {
    const db = t.store.db;
    const id = await startImportBatch(db, {
      fileName: 'r.csv',
      sha256: 'b'.repeat(64),
      profile: 'tidy',
      by: 'x',
      at: '2026-02-02T00:00:00.000Z',
    });
    await finishImportBatch(db, id, { rowsRead: 10, created: 4, changed: 3, unchanged: 2, skipped: 1 });
    const found = await listImportBatches(db, 'b'.repeat(64));
    expect(found).toEqual([
      {
        id,
        fileName: 'r.csv',
        sha256: 'b'.repeat(64),
        profile: 'tidy',
        by: 'x',
        at: '2026-02-02T00:00:00.000Z',
        rowsRead: 10,
        created: 4,
        changed: 3,
        unchanged: 2,
        skipped: 1,
      },
    ]);
    expect((await listImportBatches(db)).map((b) => b.fileName)).toEqual(['r.csv', 'q.csv']);
  });

  it('saves import profiles, replacing one of the same name but keeping when it was created', async () => {
    const db = t.store.db;
    expect(
      await saveImportProfile(db, 'ours', { extends: 'tidy' }, { by: 'a', at: '2026-01-01T00:00:00.000Z' }),
    ).toBe('created');
    expect(
      await saveImportProfile(
        db,
        'ours',
        { extends: 'fingertips' },
        { by: 'b', at: '2026-01-02T00:00:00.000Z' },
      ),
    ).toBe('updated');
    expect(await getImportProfile(db, 'ours')).toEqual({
      name: 'ours',
      definition: { extends: 'fingertips' },
      createdBy: 'a',
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedBy: 'b',
      updatedAt: '2026-01-02T00:00:00.000Z',
    });
    expect((await listImportProfiles(db)).map((p) => p.name)).toEqual(['ours']);
    expect(await getImportProfile(db, 'theirs')).toBeNull();
  });

  // Last: it adds batches the tests above do not expect.
  it('lists batches newest first, one person’s when asked, and at most as many as asked', async () => {
    const db = t.store.db;
    const batch = (fileName: string, by: string) =>
      startImportBatch(db, { fileName, sha256: 'b'.repeat(64), profile: 'default', by, at: TEST_CHANGE.at });
    const first = await batch('one.csv', 'owner@example.org');
    await batch('two.csv', 'officer@example.org');
    const third = await batch('three.csv', 'owner@example.org');
    const owners = await listImportBatches(db, 'b'.repeat(64), { by: 'owner@example.org' });
    expect(owners.map((b) => b.id)).toEqual([third, first]);
    const latest = await listImportBatches(db, 'b'.repeat(64), { limit: 2 });
    expect(latest.map((b) => b.fileName)).toEqual(['three.csv', 'two.csv']);
  });
});
