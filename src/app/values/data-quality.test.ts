import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aSmallCouncil, TEST_CHANGE } from '../../../test/factories.js';
import { createTestDatabase, DIALECTS, type TestDatabase } from '../../../test/store-fixture.js';
import { writeCouncilBundle } from '../../store/bundle.js';
import { listMeasures } from '../../store/measures.js';
import { recordValueWarnings } from '../../store/validation-rules.js';
import { dataQuality } from './data-quality.js';

describe.each(DIALECTS)('the data-quality view on %s', (dialect) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(dialect);
    await writeCouncilBundle(t.store.db, aSmallCouncil(), TEST_CHANGE);
  });
  afterAll(() => t.drop());

  it('counts a figure the validation rules warned about among those with warnings', async () => {
    const measures = await listMeasures(t.store.db);
    const before = (await dataQuality(t.store, measures, '2017-06-01')).measures[0]!;
    expect([before.figures, before.flagged]).toEqual([2, 0]);
    await recordValueWarnings(t.store.db, [
      {
        measureId: 'CP-ECO-01',
        period: '2016/17-Q2',
        areaCode: 'E08000031',
        version: 1,
        rule: 'jump-from-last-period',
        message: 'value: 65.1 is 60% away from the last period',
        at: TEST_CHANGE.at,
      },
    ]);
    const after = (await dataQuality(t.store, measures, '2017-06-01')).measures[0]!;
    expect([after.flagged, after.warningShare]).toEqual([1, 0.5]);
  });
});
