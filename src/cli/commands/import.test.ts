import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  csv,
  fixtureFolder,
  importSnapshot,
  loadImportTestCouncil,
  type FixtureFolder,
} from '../../../test/import-fixtures.js';
import { createTestDatabase, DIALECTS, type TestDatabase } from '../../../test/store-fixture.js';
import { runCliCaptured, whereIs } from '../../../test/cli-run.js';

const HEADER = ['measure', 'period', 'area_code', 'value'];

describe.each(DIALECTS)('golden-thread import on %s', (dialect) => {
  let t: TestDatabase;
  let files: FixtureFolder;
  beforeAll(async () => {
    t = await createTestDatabase(dialect);
    await loadImportTestCouncil(t.store);
    files = fixtureFolder();
  });
  afterAll(async () => {
    await t.drop();
    files.remove();
  });

  async function cli(args: string[]) {
    const where = whereIs(t);
    return runCliCaptured([...args, ...where.args], { env: { ...where.env, USER: 'tester' } });
  }

  const quarters = () =>
    files.file(
      'quarters.csv',
      csv([
        HEADER,
        ['CP-ECO-01', 'Q2 2016/17', 'E08000031', '65.3'],
        ['CP-ECO-01', 'Q3 2016/17', 'E08000031', '66'],
      ]),
    );

  it('dry-runs by default, listing what would change and writing nothing', async () => {
    const before = await importSnapshot(t.store);
    const run = await cli(['import', quarters()]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Dry run of quarters.csv with profile "default": nothing has been written.');
    expect(run.stdout).toContain('Figures: would create 1, would change 1, would leave 0 unchanged.');
    expect(run.stdout).toContain('Would change:\n  CP-ECO-01 2016/17-Q2 E08000031: 65.1 → 65.3 (row 2)');
    expect(run.stdout).toContain('Would create:\n  CP-ECO-01 2016/17-Q3 E08000031: 66 (row 3)');
    expect(run.stdout).toContain('Run again with --commit to import it.');
    expect(await importSnapshot(t.store)).toEqual(before);
  });

  it('says how many figures the validation rules flagged, and prints a rule that was broken', async () => {
    const path = files.file(
      'rules.csv',
      csv([
        HEADER,
        ['CP-ECO-01', 'Q3 2016/17', 'E08000031', '99.5'],
        ['CP-ECO-01', 'Q4 2016/17', 'E08000031', '101'],
      ]),
    );
    const run = await cli(['import', path]);
    expect(run.stdout).toContain('Validation: 1 figure would be flagged with warnings');
    expect(run.stdout + run.stderr).toContain(
      'rules.csv:3:value: value "101" is outside the allowed range 0 to 100 (rule range) — expected a figure from 0 to 100',
    );
  });

  it('commits with --commit, and changes nothing when the same file comes again', async () => {
    const first = await cli(['import', quarters(), '--commit']);
    expect([first.code, first.stdout]).toEqual([0, expect.stringContaining('Committed as import batch')]);
    const before = await importSnapshot(t.store);
    const again = await cli(['import', quarters(), '--commit']);
    expect(again.stdout).toContain('Nothing imported: every figure already matches.');
    expect(again.stdout).toMatch(
      /The same file was imported before: batch \d+, quarters\.csv, by cli:\S+ at /,
    );
    expect(await importSnapshot(t.store)).toEqual(before);
  });

  it('prints each problem as file:row:column and exits non-zero, importing nothing', async () => {
    const before = await importSnapshot(t.store);
    const path = files.file(
      'bad.csv',
      csv([
        HEADER,
        ['CP-ECO-01', 'Q4 2016/17', 'E08000031', '67'],
        ['CP-ECO-01', 'Q5 2016/17', 'E08000031', 'sixty'],
      ]),
    );
    const run = await cli(['import', path, '--commit']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      'bad.csv:3:period: value "Q5 2016/17" is not a period — expected a period such as 2017-06, Jun-17',
    );
    expect(run.stderr).toContain(
      'bad.csv:3:value: value "sixty" is not a number — expected a number such as 1234.5',
    );
    expect(run.stderr).toContain('golden-thread: bad.csv has 2 errors: nothing was imported');
    expect(await importSnapshot(t.store)).toEqual(before);
  });

  it('refuses --dry-run and --commit together', async () => {
    const run = await cli(['import', quarters(), '--dry-run', '--commit']);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toMatch(/option '--dry-run' cannot be used with option '--commit'/);
  });

  it('round-trips the values export through import without changing anything', async () => {
    const out = files.file('values.csv', '');
    expect((await cli(['export', 'values', '--format', 'csv', '--out', out])).code).toBe(0);
    const before = await importSnapshot(t.store);
    const run = await cli(['import', out, '--commit']);
    expect([run.code, run.stdout]).toEqual([
      0,
      expect.stringContaining('Nothing imported: every figure already matches.'),
    ]);
    expect(await importSnapshot(t.store)).toEqual(before);
  });

  it('lists, saves and shows import profiles', async () => {
    const json = files.file(
      'mine.json',
      JSON.stringify({ extends: 'tidy', description: 'Our tidy extracts', areas: { unknown: 'skip' } }),
    );
    const saved = await cli(['import-profile', 'save', 'ours', json]);
    expect([saved.code, saved.stderr]).toEqual([0, 'Saved import profile "ours"\n']);
    const list = await cli(['import-profile', 'list']);
    expect(list.stdout).toMatch(/^default +Golden Thread values export .* — built in$/m);
    expect(list.stdout).toMatch(/^ours +Our tidy extracts — saved by cli:\S+ at \d{4}-/m);
    const shown = JSON.parse((await cli(['import-profile', 'show', 'ours'])).stdout) as {
      columns: { measure: string[] };
      areas: { unknown: string };
    };
    expect([shown.columns.measure, shown.areas.unknown]).toEqual([['indicator'], 'skip']);
    const bad = await cli(['import-profile', 'save', 'broken', files.file('broken.json', '{"shape": ')]);
    expect([bad.code, bad.stderr]).toEqual([
      1,
      expect.stringMatching(/^golden-thread: \S+broken\.json is not JSON: /),
    ]);
  });
});
