import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, DIALECTS, type TestDatabase } from '../../test/store-fixture.js';
import type { DashboardVersion } from '../domain/dashboards/card.js';
import { dashboardHistory, savedDashboard, saveDashboardVersion } from './dashboards.js';
import { currentWardBoundaries, saveWardBoundaries } from './ward-boundaries.js';

const version = (n: number, title: string): Omit<DashboardVersion, 'changedBy' | 'changedAt'> => ({
  id: 'service-SVC',
  version: n,
  title,
  ownerOrgUnitId: 'SVC',
  scope: { kind: 'org-unit', id: 'SVC' },
  cards: [
    {
      id: 'c1',
      kind: 'status-counts',
      measureId: null,
      areaCode: null,
      strategyItemId: null,
      title: null,
      column: 0,
      row: 0,
      width: 2,
      height: 1,
    },
  ],
});

describe.each(DIALECTS)('saved dashboards and ward boundaries on %s', (dialect) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase(dialect);
  });
  afterAll(() => database?.drop());

  it('keeps every version of a dashboard with who saved it and when, the latest being current', async () => {
    const db = database.store.db;
    await saveDashboardVersion(db, version(1, 'First'), { by: 'a@example.org', at: '2026-11-25T10:00:00Z' });
    await saveDashboardVersion(db, version(2, 'Second'), { by: 'b@example.org', at: '2026-11-25T11:00:00Z' });
    expect(await savedDashboard(db, 'service-SVC')).toMatchObject({
      title: 'Second',
      version: 2,
      changedBy: 'b@example.org',
      cards: [{ id: 'c1', kind: 'status-counts' }],
    });
    expect((await dashboardHistory(db, 'service-SVC')).map((v) => v.title)).toEqual(['First', 'Second']);
  });

  it('refuses a second save of the same version, and never lets a version be changed or deleted', async () => {
    const db = database.store.db;
    await expect(
      saveDashboardVersion(db, version(2, 'Clash'), { by: 'c@example.org', at: '2026-11-25T12:00:00Z' }),
    ).rejects.toThrow(/unique|duplicate/i);
    await expect(db.updateTable('dashboard_version').set({ title: 'Rewritten' }).execute()).rejects.toThrow(
      /append-only/,
    );
    await expect(db.deleteFrom('dashboard_version').execute()).rejects.toThrow(/append-only/);
  });

  it('keeps uploaded boundaries as versions, a version without them putting the hex map back', async () => {
    const db = database.store.db;
    expect(await currentWardBoundaries(db, 'E08000031')).toBeNull();
    const shapes = { type: 'FeatureCollection' as const, features: [] };
    await saveWardBoundaries(db, 'E08000031', shapes, 'wards.geojson', {
      by: 'admin',
      at: '2026-11-25T10:00:00Z',
    });
    expect(await currentWardBoundaries(db, 'E08000031')).toMatchObject({
      boundaries: shapes,
      fileName: 'wards.geojson',
    });
    await saveWardBoundaries(db, 'E08000031', null, null, { by: 'admin', at: '2026-11-25T11:00:00Z' });
    expect((await currentWardBoundaries(db, 'E08000031'))?.boundaries).toBeNull();
  });
});
