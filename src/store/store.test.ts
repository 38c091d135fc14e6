import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, DIALECTS, type TestDatabase } from '../../test/store-fixture.js';
import { aMeasure, aSmallCouncil, aValue, TEST_CHANGE } from '../../test/factories.js';
import { listActions, listRisks } from './actions.js';
import { listAreaGroups, listAreas } from './areas.js';
import { writeCouncilBundle } from './bundle.js';
import { currentCommentary } from './commentary.js';
import { deleteMeasure, getMeasure, listMeasures, retireMeasure } from './measures.js';
import { appliedMigrations, migrateToEmpty, migrateToLatest } from './migrate.js';
import { MIGRATIONS } from './migrations/index.js';
import { isEmptyCouncil, listOrgUnits, listPeople, listRoleAssignments } from './organisation.js';
import { listStrategyItems } from './strategy.js';
import { currentTargets, setTarget } from './targets.js';
import { countValueVersions, currentValues, recordValue, valueHistory, withdrawValue } from './values.js';

const KEY = { measureId: 'CP-ECO-01', period: '2016/17-Q1', areaCode: 'E08000031' };

describe.each(DIALECTS)('store on %s', (dialect) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(dialect);
    await writeCouncilBundle(t.store.db, aSmallCouncil(), TEST_CHANGE);
  });
  afterAll(() => t.drop());

  it('reads back every part of the council it was given', async () => {
    const db = t.store.db;
    const council = aSmallCouncil();
    expect(await listOrgUnits(db)).toEqual([...council.orgUnits].sort((a, b) => a.id.localeCompare(b.id)));
    expect(await listPeople(db)).toEqual(council.people);
    expect(await listRoleAssignments(db)).toEqual(council.roles);
    expect(await listAreas(db, 'ward')).toEqual([council.areas[3]]);
    expect(await listAreaGroups(db)).toEqual(council.areaGroups);
    expect(await listStrategyItems(db)).toEqual(council.strategyItems);
    expect(await listMeasures(db)).toEqual(council.measures);
    expect(await currentTargets(db)).toEqual(council.targets);
    expect(await currentCommentary(db)).toEqual(council.commentary);
    expect(await listActions(db)).toEqual(council.actions);
    expect(await listRisks(db)).toEqual(council.risks);
    expect(await isEmptyCouncil(db)).toBe(false);
  });

  it('keeps every version of a corrected figure and shows the latest as current', async () => {
    const db = t.store.db;
    const outcome = await recordValue(db, aValue({ value: 64.9, numerator: 649 }), {
      by: 'officer@example.org',
      at: '2026-02-01T09:00:00.000Z',
      reason: 'Late returns added',
    });
    expect(outcome).toBe('changed');
    const history = await valueHistory(db, KEY);
    expect(history.map((v) => [v.version, v.value, v.reason])).toEqual([
      [1, 64.5, 'test fixture'],
      [2, 64.9, 'Late returns added'],
    ]);
    const current = await currentValues(db, { measureIds: ['CP-ECO-01'], periods: ['2016/17-Q1'] });
    expect(current).toHaveLength(1);
    expect(current[0]).toMatchObject({ value: 64.9, version: 2, by: 'officer@example.org' });
  });

  it('answers an empty list of measures, areas or periods with nothing, not an error', async () => {
    const db = t.store.db;
    expect(await currentValues(db, { measureIds: [] })).toEqual([]);
    expect(await currentValues(db, { areaCodes: [], measureIds: ['CP-ECO-01'] })).toEqual([]);
    expect(await currentValues(db, { periods: [] })).toEqual([]);
    expect(await currentTargets(db, [])).toEqual([]);
  });

  it('records nothing when the same figure is entered again', async () => {
    const db = t.store.db;
    const before = await countValueVersions(db);
    const again = await recordValue(db, aValue({ value: 64.9, numerator: 649 }), TEST_CHANGE);
    expect(again).toBe('unchanged');
    expect(await countValueVersions(db)).toBe(before);
  });

  it('withdraws a figure without losing its history', async () => {
    const db = t.store.db;
    const key = { ...KEY, period: '2016/17-Q2' };
    expect(
      await withdrawValue(db, key, { ...TEST_CHANGE, reason: 'Entered against the wrong quarter' }),
    ).toBe(true);
    expect(await currentValues(db, { periods: ['2016/17-Q2'] })).toEqual([]);
    expect((await valueHistory(db, key)).map((v) => v.withdrawn)).toEqual([false, true]);
    expect(await recordValue(db, aValue({ period: '2016/17-Q2', value: 65.3 }), TEST_CHANGE)).toBe('created');
  });

  it('refuses to overwrite or delete history, even by direct SQL', async () => {
    const db = t.store.db;
    await expect(sql`update value_version set value = 0`.execute(db)).rejects.toThrow(/append-only/);
    await expect(sql`delete from value_version`.execute(db)).rejects.toThrow(/append-only/);
    await expect(sql`delete from target_version`.execute(db)).rejects.toThrow(/append-only/);
    expect((await valueHistory(db, KEY)).length).toBe(2);
  });

  it('keeps the old target when a target is changed', async () => {
    const db = t.store.db;
    await setTarget(db, { ...aSmallCouncil().targets[0]!, value: 67 }, TEST_CHANGE);
    expect((await currentTargets(db, ['CP-ECO-01']))[0]?.value).toBe(67);
    const versions = await db.selectFrom('target_version').select('version').orderBy('version').execute();
    expect(versions.map((v) => v.version)).toEqual([1, 2]);
  });

  it('refuses to delete a measure that has figures and says to retire it', async () => {
    await expect(deleteMeasure(t.store.db, 'CP-ECO-01')).rejects.toThrow(/has figures.*retire it instead/);
    expect(await getMeasure(t.store.db, 'CP-ECO-01')).not.toBeNull();
  });

  it('deletes a measure that has no history', async () => {
    const db = t.store.db;
    await db.transaction().execute(async (trx) => {
      const { measureToRow } = await import('./measures.js');
      await trx
        .insertInto('measure')
        .values(measureToRow(aMeasure({ id: 'NEW-01', strategyItemIds: [] }), TEST_CHANGE.at))
        .execute();
    });
    await deleteMeasure(db, 'NEW-01');
    expect(await getMeasure(db, 'NEW-01')).toBeNull();
    await expect(deleteMeasure(db, 'NEW-01')).rejects.toThrow(/no measure with code "NEW-01"/);
  });

  it('retires a measure, hiding it from the active list but keeping it and its figures', async () => {
    const db = t.store.db;
    await retireMeasure(db, 'CP-ECO-01', '2026-03-01T00:00:00.000Z', 'Replaced by CP-ECO-02');
    expect(await listMeasures(db)).toEqual([]);
    expect((await listMeasures(db, { includeRetired: true }))[0]?.state).toBe('retired');
    expect((await currentValues(db, { measureIds: ['CP-ECO-01'] })).length).toBeGreaterThan(0);
  });

  it('refuses a second council in the same database', async () => {
    await expect(writeCouncilBundle(t.store.db, aSmallCouncil(), TEST_CHANGE)).rejects.toThrow(
      /already holds a council/,
    );
  });
});

describe.each(DIALECTS)('migrations on %s', (dialect) => {
  it('run up, down to empty and up again, leaving the same tables', async () => {
    const t = await createTestDatabase(dialect, { migrate: false });
    try {
      const names = await migrateToLatest(t.store.db);
      expect(names).toEqual(Object.keys(MIGRATIONS));
      const tables = (await t.store.db.introspection.getTables()).map((x) => x.name).sort();
      expect(await migrateToEmpty(t.store.db)).toEqual([...names].reverse());
      expect(await t.store.db.introspection.getTables()).toEqual([]);
      await migrateToLatest(t.store.db);
      expect((await t.store.db.introspection.getTables()).map((x) => x.name).sort()).toEqual(tables);
      expect(await migrateToLatest(t.store.db)).toEqual([]);
    } finally {
      await t.drop();
    }
  });

  it('refuses a database written by a newer version', async () => {
    const t = await createTestDatabase(dialect);
    try {
      await sql`insert into kysely_migration (name, timestamp) values ('2099-01-01T0000-from-the-future', '2099-01-01')`.execute(
        t.store.db,
      );
      await expect(migrateToLatest(t.store.db)).rejects.toThrow(
        /newer version of Golden Thread.*2099-01-01T0000-from-the-future/,
      );
      expect(await appliedMigrations(t.store.db)).toContain('2099-01-01T0000-from-the-future');
    } finally {
      await t.drop();
    }
  });

  it('loads nothing at all when one part of a council is invalid', async () => {
    const t = await createTestDatabase(dialect);
    try {
      const broken = aSmallCouncil();
      broken.values.push(aValue({ areaCode: 'E05999999' }));
      await expect(writeCouncilBundle(t.store.db, broken, TEST_CHANGE)).rejects.toThrow();
      expect(await isEmptyCouncil(t.store.db)).toBe(true);
      expect(await listMeasures(t.store.db)).toEqual([]);
    } finally {
      await t.drop();
    }
  });
});
