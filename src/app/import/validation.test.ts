import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aMeasure, TEST_CHANGE } from '../../../test/factories.js';
import {
  csv,
  fixtureFolder,
  importSnapshot,
  loadImportTestCouncil,
  type FixtureFolder,
} from '../../../test/import-fixtures.js';
import { createTestDatabase, DIALECTS, type TestDatabase } from '../../../test/store-fixture.js';
import { formatProblem, type ImportReport } from '../../domain/import/index.js';
import { insertImportedMeasures } from '../../store/imports.js';
import { saveCrossMeasureRule, valueWarnings } from '../../store/validation-rules.js';
import { valueHistory } from '../../store/values.js';
import { importFile } from './import-file.js';

const NOW = new Date('2026-03-02T10:00:00.000Z');
const HEADER = ['measure', 'period', 'area_code', 'value', 'numerator', 'denominator', 'note'];
const AREA = 'E08000028';
/** Problems with figures, leaving out the header's (the files leave out optional columns). */
const figureProblems = (report: ImportReport) =>
  report.problems.filter((p) => p.row !== 1).map(formatProblem);
const quarters = ['2019/20-Q1', '2019/20-Q2', '2019/20-Q3', '2019/20-Q4', '2020/21-Q1', '2020/21-Q2'];

describe.each(DIALECTS)('validation rules during an import on %s', (dialect) => {
  let t: TestDatabase;
  let files: FixtureFolder;
  beforeAll(async () => {
    t = await createTestDatabase(dialect);
    await loadImportTestCouncil(t.store);
    await insertImportedMeasures(
      t.store.db,
      [
        aMeasure({ id: 'VAL-PCT', title: 'A share', strategyItemIds: [] }),
        aMeasure({ id: 'VAL-REF', title: 'Referrals', unit: 'number', strategyItemIds: [] }),
        aMeasure({ id: 'VAL-SUP', title: 'Adults supported', unit: 'number', strategyItemIds: [] }),
      ],
      TEST_CHANGE.at,
    );
    files = fixtureFolder();
  });
  afterAll(async () => {
    await t.drop();
    files.remove();
  });

  const run = (path: string, mode: 'dry-run' | 'commit') =>
    importFile(t.store, path, { profile: 'default', mode, by: 'officer@example.org', now: NOW });
  const row = (
    measure: string,
    period: string,
    value: string,
    numerator = '',
    denominator = '',
    note = '',
  ) => [measure, period, AREA, value, numerator, denominator, note];

  it('refuses a file whose figures break an error rule, naming row, column, value and what was expected', async () => {
    const path = files.file(
      'errors.csv',
      csv([
        HEADER,
        row('VAL-PCT', '2019/20-Q1', '64.5', '645', '1000'),
        row('VAL-PCT', '2019/20-Q2', '104.2'),
        row('VAL-PCT', '2019/20-Q3', '65', '1200', '1000'),
        row('VAL-PCT', '2019-12', '65'),
      ]),
    );
    const before = await importSnapshot(t.store);
    const report = await run(path, 'commit');
    expect(report.committed).toBe(false);
    expect(report.problems.filter((p) => p.severity === 'error').map(formatProblem)).toEqual([
      'errors.csv:3:value: value "104.2" is outside the allowed range 0 to 100 (rule range) — expected a figure from 0 to 100',
      'errors.csv:4:numerator: value "1200" is larger than the denominator 1000; a share cannot count more than its whole (rule numerator-within-denominator) — expected a numerator no larger than its denominator',
      'errors.csv:5:period: value "2019-12" is a month, but VAL-PCT is reported quarterly for a financial quarter — expected the form YYYY/YY-Qn, e.g. 2019/20-Q3',
    ]);
    expect(await importSnapshot(t.store)).toEqual(before);
  });

  it('counts warnings in the dry run, records them against the versions a commit writes, and adds none on a second import', async () => {
    const rows = quarters.map((q, i) => row('VAL-PCT', q, String([50, 51, 49, 50, 52, 90][i])));
    const path = files.file('warnings.csv', csv([HEADER, ...rows]));
    const dry = await run(path, 'dry-run');
    expect(dry.errors).toBe(0);
    expect(dry.flaggedFigures).toBe(1);
    expect(figureProblems(dry)).toEqual([
      expect.stringMatching(
        /^warnings\.csv:7:value: warning: value "90" has a z-score of [\d.]+ against this measure's history \(above 3\) \(rule outlier-z-score\)/,
      ),
      expect.stringMatching(/^warnings\.csv:7:value: warning: value "90" has a modified z-score of/),
      'warnings.csv:7:value: warning: value "90" is 73% away from the last period\'s 52 (more than 50%) (rule jump-from-last-period) — expected a change of at most 50% from the last period, or one checked and confirmed',
    ]);
    const committed = await run(path, 'commit');
    expect([committed.committed, committed.figures.created, committed.flaggedFigures]).toEqual([true, 6, 1]);
    const key = { measureId: 'VAL-PCT', period: '2020/21-Q2', areaCode: AREA };
    const warnings = await valueWarnings(t.store.db, key);
    expect(warnings.map((w) => [w.version, w.rule])).toEqual([
      [1, 'outlier-z-score, outlier-modified-z-score, jump-from-last-period'],
    ]);
    const again = await run(path, 'commit');
    expect([again.committed, again.figures.unchanged, again.flaggedFigures]).toEqual([false, 6, 1]);
    expect(await valueWarnings(t.store.db, key)).toHaveLength(1);
    expect((await valueHistory(t.store.db, key)).length).toBe(1);
  });

  it('judges rules across measures on figures far apart in the file, with the database’s figures for the rest', async () => {
    await saveCrossMeasureRule(
      t.store.db,
      {
        id: 'VR-SUP',
        name: 'Adults supported cannot exceed referrals',
        left: '[VAL-SUP]',
        operator: '<=',
        right: '[VAL-REF]',
        importance: 'error',
        active: true,
      },
      { by: 'test', at: TEST_CHANGE.at },
    );
    const broken = files.file(
      'cross.csv',
      csv([
        HEADER,
        row('VAL-SUP', '2019/20-Q1', '120'),
        row('VAL-PCT', '2019/20-Q1', '50'),
        row('VAL-REF', '2019/20-Q1', '100'),
      ]),
    );
    const before = await importSnapshot(t.store);
    const report = await run(broken, 'commit');
    expect(report.problems.filter((p) => p.severity === 'error').map(formatProblem)).toEqual([
      'cross.csv:2:value: rule VR-SUP (Adults supported cannot exceed referrals): the left side [VAL-SUP] is 120, which is not <= the right side [VAL-REF], 100 — expected figures for which [VAL-SUP] <= [VAL-REF]',
    ]);
    expect(await importSnapshot(t.store)).toEqual(before);

    const referrals = files.file('referrals.csv', csv([HEADER, row('VAL-REF', '2019/20-Q2', '100')]));
    expect((await run(referrals, 'commit')).committed).toBe(true);
    const supported = files.file('supported.csv', csv([HEADER, row('VAL-SUP', '2019/20-Q2', '101')]));
    const against = await run(supported, 'dry-run');
    expect(figureProblems(against)).toEqual([
      expect.stringMatching(
        /^supported\.csv:2:value: rule VR-SUP .*is 101, which is not <= the right side \[VAL-REF\], 100/,
      ),
    ]);

    await saveCrossMeasureRule(
      t.store.db,
      {
        id: 'VR-SUP',
        name: 'Adults supported cannot exceed referrals',
        left: '[VAL-SUP]',
        operator: '<=',
        right: '[VAL-REF]',
        importance: 'warning',
        active: true,
      },
      { by: 'test', at: TEST_CHANGE.at },
    );
    const warned = await run(supported, 'commit');
    expect([warned.committed, warned.errors, figureProblems(warned).length]).toEqual([true, 0, 1]);
    const recorded = await valueWarnings(t.store.db, {
      measureId: 'VAL-SUP',
      period: '2019/20-Q2',
      areaCode: AREA,
    });
    expect(recorded.map((w) => [w.version, w.rule])).toEqual([[1, 'cross-measure VR-SUP']]);
  });
});
