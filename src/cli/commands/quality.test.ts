import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aSmallCouncil, TEST_CHANGE } from '../../../test/factories.js';
import { createTestDatabase, DIALECTS, type TestDatabase } from '../../../test/store-fixture.js';
import { writeCouncilBundle } from '../../store/bundle.js';
import { runCliCaptured, whereIs } from '../../../test/cli-run.js';

describe.each(DIALECTS)('golden-thread quality on %s', (dialect) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(dialect);
    await writeCouncilBundle(t.store.db, aSmallCouncil(), TEST_CHANGE);
  });
  afterAll(() => t.drop());

  async function cli(args: string[]) {
    const where = whereIs(t);
    return runCliCaptured([...args, ...where.args], { env: where.env });
  }

  it('prints completeness, timeliness and methodology per directorate and measure', async () => {
    const run = await cli(['quality', '--today', '2016-12-01']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Data quality on 2016-12-01');
    expect(run.stdout).toMatch(/^Place\s+1\s+50%\s+0%\s+0%\s+100%\s+2026-01-01$/m);
    expect(run.stdout).toMatch(/^CP-ECO-01\s+50% \(2\/4\)\s+0%\s+0%\s+none\s+2026-01-01$/m);
  });

  it('gives the same figures as JSON', async () => {
    const run = await cli(['quality', '--today', '2016-12-01', '--format', 'json']);
    expect(JSON.parse(run.stdout).measures[0]).toMatchObject({ measureId: 'CP-ECO-01', completeness: 0.5 });
  });

  it('refuses a date it cannot read, naming the option', async () => {
    const run = await cli(['quality', '--today', '1/12/2016']);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain('--today: "1/12/2016" is not a date');
  });
});
