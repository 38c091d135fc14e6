import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, DIALECTS, type TestDatabase } from '../../test/store-fixture.js';
import { signoffHistory, approvedValues, signoffStates } from '../store/signoff.js';
import { currentValues, valueKey } from '../store/values.js';
import { loadDemoIfEmpty, resetToDemo } from './demo-council.js';

describe.each(DIALECTS)('the demo council on %s', (dialect) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(dialect);
    await loadDemoIfEmpty(t.store, new Date('2018-05-01T09:00:00Z'));
  }, 60_000);
  afterAll(() => t.drop());

  it('loads its final figures approved for publication and leaves provisional ones entered', async () => {
    const figures = await currentValues(t.store.db);
    const states = await signoffStates(t.store.db, figures);
    const finals = figures.filter((f) => f.status === 'final');
    const provisional = figures.filter((f) => f.status === 'provisional');
    expect(finals.length).toBeGreaterThan(0);
    expect(provisional.length).toBeGreaterThan(0);
    expect(finals.every((f) => states.get(valueKey(f)) === 'approved')).toBe(true);
    expect(provisional.every((f) => states.get(valueKey(f)) === 'entered')).toBe(true);
    expect((await approvedValues(t.store.db)).length).toBe(finals.length);
  });

  it('records who checked and who approved each final figure, checked first', async () => {
    const final = (await currentValues(t.store.db)).find((f) => f.status === 'final')!;
    const events = await signoffHistory(t.store.db, final);
    expect(events.map((e) => e.state)).toEqual(['checked', 'approved']);
    expect(events[1]!.by).toMatch(/@/);
    expect(events.every((e) => e.version === 1 && e.at === '2018-05-01T09:00:00.000Z')).toBe(true);
  });

  // Runs last: it replaces the council the tests above read.
  it('resets a loaded council to a fresh demo, every migration undone and redone', async () => {
    const before = (await currentValues(t.store.db)).length;
    const summary = await resetToDemo(t.store, new Date('2018-06-01T09:00:00Z'));
    expect(summary.values).toBeGreaterThan(0);
    expect((await currentValues(t.store.db)).length).toBe(before);
    const final = (await currentValues(t.store.db)).find((f) => f.status === 'final')!;
    expect((await signoffHistory(t.store.db, final)).every((e) => e.at === '2018-06-01T09:00:00.000Z')).toBe(
      true,
    );
    if (dialect === 'sqlite') {
      // The reset turns SQLite's foreign-key checks off while it drops tables, and back on after.
      const { rows } = await sql<{ foreign_keys: number }>`pragma foreign_keys`.execute(t.store.db);
      expect(rows[0]!.foreign_keys).toBe(1);
    }
  }, 120_000);
});
