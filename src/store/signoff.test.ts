import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aSmallCouncil, aValue, TEST_CHANGE } from '../../test/factories.js';
import { createTestDatabase, DIALECTS, type TestDatabase } from '../../test/store-fixture.js';
import { writeCouncilBundle } from './bundle.js';
import { approvedValues, recordSignoff, signoffHistory, signoffStateOfVersion } from './signoff.js';
import { recordValue } from './values.js';

const KEY = { measureId: 'CP-ECO-01', period: '2016/17-Q1', areaCode: 'E08000031' };
const at = '2026-02-01T09:00:00.000Z';

describe.each(DIALECTS)('sign-off store on %s', (dialect) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(dialect);
    await writeCouncilBundle(t.store.db, aSmallCouncil(), TEST_CHANGE);
  });
  afterAll(() => t.drop());

  it('counts as approved only a current figure whose own version was approved', async () => {
    const db = t.store.db;
    expect(await approvedValues(db, { measureIds: ['CP-ECO-01'] })).toEqual([]);
    await recordSignoff(db, { ...KEY, version: 1, state: 'checked', by: 'owner', at, reason: null });
    expect(await approvedValues(db, { measureIds: ['CP-ECO-01'] })).toEqual([]);
    await recordSignoff(db, { ...KEY, version: 1, state: 'approved', by: 'officer', at, reason: null });
    expect((await approvedValues(db, { measureIds: ['CP-ECO-01'] })).map((v) => v.period)).toEqual([
      '2016/17-Q1',
    ]);
    expect(await signoffStateOfVersion(db, KEY, 1)).toBe('approved');

    await recordValue(db, aValue({ value: 65 }), { by: 'owner', at, reason: 'late returns' });
    expect(await approvedValues(db, { measureIds: ['CP-ECO-01'] })).toEqual([]);
    expect(await signoffStateOfVersion(db, KEY, 2)).toBe('entered');
  });

  it('keeps every event, in order, and refuses to change or delete one', async () => {
    const db = t.store.db;
    expect((await signoffHistory(db, KEY)).map((e) => e.state)).toEqual(['checked', 'approved']);
    await expect(sql`update value_signoff set state = 'checked'`.execute(db)).rejects.toThrow(/append-only/);
    await expect(sql`delete from value_signoff`.execute(db)).rejects.toThrow(/append-only/);
  });

  it('refuses a state it does not know', async () => {
    await expect(
      recordSignoff(t.store.db, {
        ...KEY,
        version: 2,
        state: 'published' as 'approved',
        by: 'x',
        at,
        reason: null,
      }),
    ).rejects.toThrow();
  });
});
