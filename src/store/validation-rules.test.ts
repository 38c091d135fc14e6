import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aSmallCouncil, aValue, TEST_CHANGE } from '../../test/factories.js';
import { createTestDatabase, DIALECTS, type TestDatabase } from '../../test/store-fixture.js';
import { writeCouncilBundle } from './bundle.js';
import {
  figuresWithWarnings,
  listCrossMeasureRules,
  measureValidations,
  recordValueWarnings,
  saveCrossMeasureRule,
  saveMeasureValidation,
  valueWarnings,
} from './validation-rules.js';
import { recordValue, valueKey } from './values.js';

const SETTINGS = {
  minimum: 0,
  maximum: 80,
  outlierThreshold: 3.5,
  jumpShare: 0.25,
  severity: { range: 'error', 'outlier-z-score': 'off' } as const,
};
const RULE = {
  id: 'VR-1',
  name: 'Supported within referrals',
  left: '[A]',
  operator: '<=' as const,
  right: '[B]',
  importance: 'error' as const,
  active: true,
};

describe.each(DIALECTS)('validation settings and rules on %s', (dialect) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(dialect);
    await writeCouncilBundle(t.store.db, aSmallCouncil(), TEST_CHANGE);
  });
  afterAll(() => t.drop());

  it('reads back the latest settings of each measure, and keeps the earlier ones', async () => {
    const db = t.store.db;
    expect(await measureValidations(db, ['CP-ECO-01'])).toEqual(new Map());
    await saveMeasureValidation(
      db,
      'CP-ECO-01',
      { ...SETTINGS, maximum: 90 },
      { by: 'a', at: '2026-01-01T00:00:00Z' },
    );
    await saveMeasureValidation(db, 'CP-ECO-01', SETTINGS, { by: 'b', at: '2026-01-02T00:00:00Z' });
    expect((await measureValidations(db)).get('CP-ECO-01')).toEqual({
      measureId: 'CP-ECO-01',
      settings: SETTINGS,
      by: 'b',
      at: '2026-01-02T00:00:00Z',
    });
    const versions = await db.selectFrom('measure_validation').select('changed_by').orderBy('id').execute();
    expect(versions.map((v) => v.changed_by)).toEqual(['a', 'b']);
  });

  it('lists the current version of each rule across measures, switched-off ones too', async () => {
    const db = t.store.db;
    await saveCrossMeasureRule(db, RULE, { by: 'a', at: '2026-01-01T00:00:00Z' });
    await saveCrossMeasureRule(
      db,
      { ...RULE, id: 'VR-0', operator: '==' },
      { by: 'a', at: '2026-01-01T00:00:00Z' },
    );
    await saveCrossMeasureRule(
      db,
      { ...RULE, importance: 'warning', active: false },
      { by: 'b', at: '2026-01-03T00:00:00Z' },
    );
    expect(await listCrossMeasureRules(db)).toEqual([
      { ...RULE, id: 'VR-0', operator: '==', by: 'a', at: '2026-01-01T00:00:00Z' },
      { ...RULE, importance: 'warning', active: false, by: 'b', at: '2026-01-03T00:00:00Z' },
    ]);
  });

  it('keeps warnings per figure version, and knows which figures’ current versions have them', async () => {
    const db = t.store.db;
    const key = { measureId: 'CP-ECO-01', period: '2016/17-Q3', areaCode: 'E08000031' };
    await recordValue(db, aValue({ period: key.period, value: 50 }), TEST_CHANGE);
    await recordValueWarnings(db, [
      { ...key, version: 1, rule: 'jump-from-last-period', message: 'm', at: 'x' },
    ]);
    expect(await figuresWithWarnings(db, ['CP-ECO-01'])).toEqual(new Set([valueKey(key)]));
    await recordValue(db, aValue({ period: key.period, value: 66 }), { ...TEST_CHANGE, reason: 'corrected' });
    expect(await figuresWithWarnings(db, ['CP-ECO-01'])).toEqual(new Set());
    expect((await valueWarnings(db, key)).map((w) => [w.version, w.rule])).toEqual([
      [1, 'jump-from-last-period'],
    ]);
  });

  it('refuses to overwrite settings, rules or warnings: their history is append-only', async () => {
    for (const table of ['measure_validation', 'validation_rule', 'value_warning']) {
      await expect(sql`delete from ${sql.table(table)}`.execute(t.store.db)).rejects.toThrow(/append-only/);
    }
  });
});
