import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  csv,
  fixtureFolder,
  loadImportTestCouncil,
  type FixtureFolder,
} from '../../../test/import-fixtures.js';
import { createTestDatabase, DIALECTS, type TestDatabase } from '../../../test/store-fixture.js';
import { auditTrail } from '../../store/audit.js';
import { approvedValues, recordSignoff, signoffHistory } from '../../store/signoff.js';
import { importFile } from '../import/import-file.js';

const Q2 = { measureId: 'CP-ECO-01', period: '2016/17-Q2', areaCode: 'E08000031' };
const at = '2026-03-01T09:00:00.000Z';

describe.each(DIALECTS)('an import correcting an approved figure on %s', (dialect) => {
  let t: TestDatabase;
  let files: FixtureFolder;
  beforeAll(async () => {
    t = await createTestDatabase(dialect);
    await loadImportTestCouncil(t.store);
    files = fixtureFolder();
    await recordSignoff(t.store.db, { ...Q2, version: 1, state: 'checked', by: 'owner', at, reason: null });
    await recordSignoff(t.store.db, {
      ...Q2,
      version: 1,
      state: 'approved',
      by: 'officer',
      at,
      reason: null,
    });
  });
  afterAll(async () => {
    await t.drop();
    files.remove();
  });

  const file = () =>
    files.file(
      'revised.csv',
      csv([
        ['measure', 'period', 'area_code', 'value'],
        ['CP-ECO-01', 'Q2 2016/17', 'E08000031', '65.3'],
      ]),
    );
  const run = (mode: 'dry-run' | 'commit') =>
    importFile(t.store, file(), {
      profile: 'default',
      mode,
      by: 'officer@example.org',
      now: new Date('2026-03-02T10:00:00Z'),
    });

  it('leaves the approval alone on a dry run', async () => {
    await run('dry-run');
    expect((await approvedValues(t.store.db, { measureIds: ['CP-ECO-01'] })).map((v) => v.period)).toEqual([
      '2016/17-Q2',
    ]);
  });

  it('unlocks it on commit, recording the import as the reason, in the events and the audit trail', async () => {
    await run('commit');
    expect(await approvedValues(t.store.db, { measureIds: ['CP-ECO-01'] })).toEqual([]);
    const unlock = (await signoffHistory(t.store.db, Q2)).at(-1)!;
    expect(unlock).toMatchObject({ version: 1, state: 'unlocked', by: 'officer@example.org' });
    expect(unlock.reason).toMatch(/^Imported from revised\.csv/);
    const trail = await auditTrail(t.store.db, { action: 'figure-unlocked', limit: 10 });
    expect(trail.map((e) => e.objectId)).toEqual(['CP-ECO-01 2016/17-Q2 E08000031']);
  });
});
