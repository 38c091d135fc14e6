import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatProblem } from '../../domain/import/index.js';
import {
  csv,
  fixtureFolder,
  loadImportTestCouncil,
  workbook,
  type FixtureFolder,
} from '../../../test/import-fixtures.js';
import { createTestDatabase, DIALECTS, type TestDatabase } from '../../../test/store-fixture.js';
import { importFile } from './import-file.js';
import { listAllImportProfiles, resolveImportProfile, saveImportProfileJson } from './profiles.js';

const NOW = new Date('2026-03-02T10:00:00.000Z');
const CHANGE = { by: 'officer', at: NOW.toISOString() };

/** The columns of a Fingertips CSV download (fingertips.phe.org.uk, "Export table as CSV file"). */
const FINGERTIPS_COLUMNS = [
  'Indicator ID',
  'Indicator Name',
  'Parent Code',
  'Parent Name',
  'Area Code',
  'Area Name',
  'Area Type',
  'Sex',
  'Age',
  'Category Type',
  'Category',
  'Time period',
  'Value',
  'Lower CI 95.0 limit',
  'Upper CI 95.0 limit',
  'Lower CI 99.8 limit',
  'Upper CI 99.8 limit',
  'Count',
  'Denominator',
  'Value note',
  'Recent Trend',
  'Compared to England value or percentiles',
  'Compared to percentiles',
  'Time period Sortable',
  'New data',
  'Compared to goal',
];

function fingertipsRow(
  area: [string, string, string],
  sex: string,
  category: [string, string],
  period: string,
  value: string,
) {
  return [
    '90366',
    '"Life expectancy at birth, (upper age band 90+)"',
    'E12000005',
    'West Midlands region',
    ...area,
    sex,
    'All ages',
    ...category,
    period,
    value,
    '80.7',
    '81.5',
    '80.5',
    '81.7',
    '',
    '',
    '',
    'Cannot be calculated',
    'Worse',
    'Not compared',
    `${period}0000`,
    '',
    '',
  ];
}

describe.each(DIALECTS)('published layouts on %s', (dialect) => {
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

  const dryRun = (path: string, profile: string) =>
    importFile(t.store, path, { profile, mode: 'dry-run', by: 'officer', now: NOW });

  it('imports the tidy layout, finding measures by title and areas by code or name', async () => {
    const path = files.file(
      'tidy.csv',
      csv([
        ['area_code', 'area_name', 'indicator', 'period', 'measure', 'unit', 'value'],
        [
          'E08000031',
          'Wolverhampton',
          'Pupils meeting the expected standard at KS2',
          '2018-19',
          'Percentage',
          'Pupils',
          '61.2',
        ],
        [
          '',
          'Bilston East',
          'Pupils meeting the expected standard at KS2',
          '2018-19',
          'Percentage',
          'Pupils',
          '57',
        ],
        [
          'E92000001',
          'England',
          'pupils meeting the expected standard at ks2',
          '2018-19',
          'Percentage',
          'Pupils',
          '65',
        ],
      ]),
    );
    const report = await dryRun(path, 'tidy');
    expect(report.problems.map(formatProblem)).toEqual([]);
    expect(report.samples.created.map((c) => [c.measureId, c.period, c.areaCode, c.after])).toEqual([
      ['ED-KS2-01', 'AY2018/19', 'E08000031', 61.2],
      ['ED-KS2-01', 'AY2018/19', 'E05001321', 57],
      ['ED-KS2-01', 'AY2018/19', 'E92000001', 65],
    ]);
  });

  it('imports a Fingertips download, by the indicator id in the measure national reference, whole population only', async () => {
    const path = files.file(
      'fingertips.csv',
      csv([
        FINGERTIPS_COLUMNS,
        fingertipsRow(['E92000001', 'England', 'England'], 'Female', ['', ''], '2019', '83.4'),
        fingertipsRow(['E08000031', 'Wolverhampton', 'UA'], 'Female', ['', ''], '2019', '81.1'),
        fingertipsRow(['E08000028', 'Sandwell', 'UA'], 'Female', ['', ''], '2019', '80.9'),
        fingertipsRow(
          ['E08000031', 'Wolverhampton', 'UA'],
          'Female',
          ['"LA deprivation deciles in England (IMD2019)"', 'Most deprived decile'],
          '2019',
          '78.2',
        ),
      ]),
    );
    const report = await dryRun(path, 'fingertips');
    expect(report.problems.map(formatProblem)).toEqual([]);
    expect([report.rows, report.skippedRows]).toEqual([4, 1]);
    expect(report.samples.created.map((c) => [c.measureId, c.period, c.areaCode, c.after])).toEqual([
      ['PH-LE-01', '2019', 'E92000001', 83.4],
      ['PH-LE-01', '2019', 'E08000031', 81.1],
      ['PH-LE-01', '2019', 'E08000028', 80.9],
    ]);
  });

  it('reports a Fingertips span of pooled years once, naming the span and the forms it can read', async () => {
    const path = files.file(
      'fingertips-pooled.csv',
      csv([
        FINGERTIPS_COLUMNS,
        fingertipsRow(['E92000001', 'England', 'England'], 'Female', ['', ''], '2015 - 17', '83.1'),
        fingertipsRow(['E08000031', 'Wolverhampton', 'UA'], 'Female', ['', ''], '2015 - 17', '80.9'),
        fingertipsRow(['E08000028', 'Sandwell', 'UA'], 'Female', ['', ''], '2015 - 17', '80.6'),
        fingertipsRow(['E08000031', 'Wolverhampton', 'UA'], 'Female', ['', ''], 'Jan - Dec 2018', '81.0'),
      ]),
    );
    const report = await dryRun(path, 'fingertips');
    expect(report.problems.map(formatProblem)).toEqual([
      'fingertips-pooled.csv:2:Time period: value "2015 - 17" is 3 calendar years pooled (2015 to 2017), which Golden Thread cannot hold as one period (and on 2 more rows) — expected one period, such as 2017, 2017/18, 2017/18 Q1, Apr - Jun 2017 or 2017-06: leave these rows out with the profile\'s skipRowsWhere, or import the indicator\'s single-year figures',
    ]);
    expect(report.samples.created.map((c) => [c.period, c.areaCode, c.after])).toEqual([
      ['2018', 'E08000031', 81],
    ]);
  });

  it('says how to choose when a Fingertips file gives one indicator for both sexes', async () => {
    const path = files.file(
      'fingertips-sexes.csv',
      csv([
        FINGERTIPS_COLUMNS,
        fingertipsRow(['E08000031', 'Wolverhampton', 'UA'], 'Male', ['', ''], '2019', '77.6'),
        fingertipsRow(['E08000031', 'Wolverhampton', 'UA'], 'Female', ['', ''], '2019', '81.1'),
      ]),
    );
    expect((await dryRun(path, 'fingertips')).problems.map(formatProblem)).toEqual([
      'fingertips-sexes.csv:3: gives PH-LE-01 for 2019 in E08000031 a second time: row 2 gave it already — expected each measure, period and area once in a file',
    ]);
    await saveImportProfileJson(
      t.store.db,
      'fingertips-female',
      { extends: 'fingertips', keepRowsWhere: { 'Category Type': [''], Sex: ['Female'] } },
      CHANGE,
    );
    const report = await dryRun(path, 'fingertips-female');
    expect([report.errors, report.skippedRows, report.samples.created.map((c) => c.after)]).toEqual([
      0,
      1,
      [81.1],
    ]);
  });

  it('imports wide files with periods across, from a saved profile', async () => {
    await saveImportProfileJson(
      t.store.db,
      'quarters-across',
      {
        description: 'Quarters across',
        shape: 'wide',
        across: 'period',
        columns: { measure: 'Measure', area: 'Area' },
        ignoreColumns: ['Total'],
      },
      CHANGE,
    );
    const path = files.file(
      'across.xlsx',
      await workbook((b) => {
        const sheet = b.addWorksheet('Quarters');
        sheet.addRow(['Measure', 'Area', 'Q3 2016/17', 'Q4 2016/17', 'Total']);
        sheet.addRow(['CP-ECO-01', 'E08000031', 66.1, '', 130]);
        sheet.addRow(['CP-ECO-01', 'E08000028', 'c', 61, 61]);
      }),
    );
    const report = await dryRun(path, 'quarters-across');
    expect(report.problems.map(formatProblem)).toEqual([]);
    expect(report.samples.created.map((c) => [c.period, c.areaCode, c.after])).toEqual([
      ['2016/17-Q3', 'E08000031', 66.1],
      ['2016/17-Q3', 'E08000028', null],
      ['2016/17-Q4', 'E08000028', 61],
    ]);
  });

  it('imports wide files with areas across, named as the council names them', async () => {
    await saveImportProfileJson(
      t.store.db,
      'areas-across',
      {
        shape: 'wide',
        across: 'area',
        columns: { measure: 'Measure', period: 'Period' },
        areas: { match: ['code', 'name'] },
      },
      CHANGE,
    );
    const path = files.file(
      'areas.csv',
      csv([
        ['Measure', 'Period', 'Wolverhampton', 'Bilston East', 'Narnia'],
        ['CP-ECO-01', 'Q1 2017/18', '70', '64', '1'],
      ]),
    );
    const report = await dryRun(path, 'areas-across');
    expect(report.problems.map(formatProblem)).toEqual([
      'areas.csv:1:Narnia: value "Narnia" is not an area known to this council (looked for it by code, name) — expected an area of this council, or a profile that maps it (or creates unknown areas)',
    ]);
    expect(report.samples.created.map((c) => [c.period, c.areaCode, c.after])).toEqual([
      ['2017/18-Q1', 'E08000031', 70],
      ['2017/18-Q1', 'E05001321', 64],
    ]);
  });

  it('lists built-in and saved profiles, and refuses to replace a built-in one', async () => {
    const names = (await listAllImportProfiles(t.store.db)).map(
      (p) => `${p.name}${p.builtIn ? ' (built in)' : ''}`,
    );
    expect(names).toEqual([
      'default (built in)',
      'tidy (built in)',
      'fingertips (built in)',
      'areas-across',
      'fingertips-female',
      'quarters-across',
    ]);
    await expect(saveImportProfileJson(t.store.db, 'tidy', {}, CHANGE)).rejects.toThrow(
      /built-in profile and cannot be replaced/,
    );
    await expect(saveImportProfileJson(t.store.db, 'loop', { extends: 'loop' }, CHANGE)).rejects.toThrow(
      /extends itself through loop → loop/,
    );
    await expect(
      saveImportProfileJson(t.store.db, 'bad', { shape: 'tall', columns: { valu: 'x' } }, CHANGE),
    ).rejects.toThrow(/shape: must be one of long, wide\n {2}columns\.valu: is not a profile setting/);
    expect((await resolveImportProfile(t.store.db, 'fingertips-female')).columns.value).toBe('Value');
    await expect(resolveImportProfile(t.store.db, 'nope')).rejects.toThrow(
      /no import profile "nope": choose one of default, tidy, fingertips, areas-across/,
    );
  });
});
