import { deflateRawSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatProblem, SUPPRESSION_MARKS } from '../../domain/import/index.js';
import {
  csv,
  fixtureFolder,
  importSnapshot,
  loadImportTestCouncil,
  unzip,
  windows1252,
  workbook,
  zip,
  type FixtureFolder,
} from '../../../test/import-fixtures.js';
import { createTestDatabase, DIALECTS, type TestDatabase } from '../../../test/store-fixture.js';
import { valueHistory } from '../../store/values.js';
import { aMeasure, TEST_CHANGE } from '../../../test/factories.js';
import {
  defaultValidationSettings,
  VALIDATION_RULES,
  type RuleSetting,
} from '../../domain/validation/index.js';
import { insertImportedMeasures } from '../../store/imports.js';
import { saveMeasureValidation } from '../../store/validation-rules.js';
import { importFile, type ImportFileOptions } from './import-file.js';

const NOW = new Date('2026-03-02T10:00:00.000Z');
const HEADER = ['measure', 'period', 'area_code', 'value', 'note'];
const EXPECTED_EMPTY = 'expected a header row naming the columns, then one row for each figure';

const allOff = () => Object.fromEntries(VALIDATION_RULES.map((r) => [r, 'off' as RuleSetting]));

describe.each(DIALECTS)('bad input on %s: a clear message, and nothing written', (dialect) => {
  let t: TestDatabase;
  let files: FixtureFolder;
  beforeAll(async () => {
    t = await createTestDatabase(dialect);
    await loadImportTestCouncil(t.store);
    // These files test reading, not the validation rules (see validation.test.ts): a monthly measure
    // takes the months, and CP-ECO-01 takes any figure however it compares with the ones before.
    await insertImportedMeasures(
      t.store.db,
      [aMeasure({ id: 'CP-MON-01', frequency: 'monthly', strategyItemIds: [] })],
      TEST_CHANGE.at,
    );
    const off = { ...defaultValidationSettings('number'), severity: allOff() };
    await saveMeasureValidation(t.store.db, 'CP-ECO-01', off, { by: 'test', at: TEST_CHANGE.at });
    await saveMeasureValidation(t.store.db, 'CP-MON-01', off, { by: 'test', at: TEST_CHANGE.at });
    files = fixtureFolder();
  });
  afterAll(async () => {
    await t.drop();
    files.remove();
  });

  const commit = (path: string, more: Partial<ImportFileOptions> = {}) =>
    importFile(t.store, path, { profile: 'default', mode: 'commit', by: 'officer', now: NOW, ...more });

  /** Commits the file; expects it refused with exactly these problem lines and nothing written. */
  async function refused(path: string, lines: (string | RegExp)[], more: Partial<ImportFileOptions> = {}) {
    const before = await importSnapshot(t.store);
    const started = performance.now();
    const report = await commit(path, more);
    const seconds = (performance.now() - started) / 1000;
    expect(report.problems.filter((p) => p.severity === 'error').map(formatProblem)).toEqual(
      lines.map((l) => (typeof l === 'string' ? l : expect.stringMatching(l))),
    );
    expect(report.committed).toBe(false);
    expect(await importSnapshot(t.store)).toEqual(before);
    return { report, seconds };
  }

  async function figure(period: string) {
    const [v] = await valueHistory(t.store.db, { measureId: 'CP-ECO-01', period, areaCode: 'E08000031' });
    return v ? { value: v.value, note: v.note } : null;
  }

  it('refuses an empty file', async () => {
    await refused(files.file('empty.csv', ''), [`empty.csv: is empty — ${EXPECTED_EMPTY}`]);
    await refused(files.file('blank.csv', '\uFEFF\r\n  \r\n'), [`blank.csv: is empty — ${EXPECTED_EMPTY}`]);
  });

  it('says when the first row holds figures rather than column names', async () => {
    await refused(files.file('no-header.csv', csv([['CP-ECO-01', '2016/17-Q1', 'E08000031', '64.5', '']])), [
      'no-header.csv:1: row 1 holds figures, not column names: the file has no header row — expected a header row naming the columns measure, period, area_code, value',
    ]);
  });

  it('refuses duplicated column names', async () => {
    const path = files.file(
      'twice.csv',
      csv([
        ['measure', 'period', 'area_code', 'value', 'Value'],
        ['CP-ECO-01', '2016/17-Q1', 'E08000031', '1', '2'],
      ]),
    );
    await refused(path, [
      'twice.csv:1:Value: is the name of columns D and E: rename one so that the file says which holds what — expected each column named once',
    ]);
  });

  it('detects semicolon- and tab-separated files', async () => {
    for (const [name, separator, words] of [
      ['semicolons.csv', ';', 'semicolon'],
      ['tabs.tsv', '\t', 'tab'],
    ] as const) {
      const path = files.file(
        name,
        csv([HEADER, ['CP-ECO-01', '2019/20-Q1', 'E08000031', '1,234.5', 'a; b, c']], separator),
      );
      const report = await importFile(t.store, path, {
        profile: 'default',
        mode: 'dry-run',
        by: 'officer',
        now: NOW,
      });
      expect(report.readAs).toEqual([`CSV, UTF-8, ${words}-separated`]);
      expect([report.errors, report.samples.created[0]?.after]).toEqual([0, 1234.5]);
    }
  });

  it('reads UTF-8 with a byte-order mark and Windows-1252 files with their £ and é', async () => {
    const text = csv([HEADER, ['CP-ECO-01', '2019/20-Q2', 'E08000031', '5', 'Café costs £5']]);
    const bom = await commit(files.file('bom.csv', `\uFEFF${text}`));
    expect(bom.readAs).toEqual(['CSV, UTF-8 with a byte-order mark, comma-separated']);
    expect(await figure('2019/20-Q2')).toEqual({ value: 5, note: 'Café costs £5' });
    const ansi = await commit(files.file('ansi.csv', windows1252(text.replace('2019/20-Q2', '2019/20-Q3'))));
    expect(ansi.readAs).toEqual(['CSV, Windows-1252, comma-separated']);
    expect(await figure('2019/20-Q3')).toEqual({ value: 5, note: 'Café costs £5' });
    // Excel's "Unicode text": UTF-16 with a byte-order mark, tab-separated.
    const unicode = `\uFEFF${csv([HEADER, ['CP-ECO-01', '2019/20-Q4', 'E08000031', '6', 'Café']], '\t')}`;
    const utf16 = await commit(files.file('unicode.txt', Buffer.from(unicode, 'utf16le')));
    expect(utf16.readAs).toEqual(['CSV, UTF-16 with a byte-order mark, tab-separated']);
    expect(await figure('2019/20-Q4')).toEqual({ value: 6, note: 'Café' });
  });

  it('reads numbers with thousands separators, % and £', async () => {
    const path = files.file(
      'formatted.csv',
      csv([
        HEADER,
        ['CP-ECO-01', '2020/21-Q1', 'E08000031', '"1,234,567.5"', ''],
        ['CP-ECO-01', '2020/21-Q2', 'E08000031', '64.5%', ''],
        ['CP-ECO-01', '2020/21-Q3', 'E08000031', '"£1,200"', ''],
      ]),
    );
    expect((await commit(path)).errors).toBe(0);
    expect([await figure('2020/21-Q1'), await figure('2020/21-Q2'), await figure('2020/21-Q3')]).toEqual([
      { value: 1234567.5, note: null },
      { value: 64.5, note: null },
      { value: 1200, note: null },
    ]);
  });

  it('reads blanks and suppression marks as missing figures, never as 0', async () => {
    const marks = ['', '-', '..', 'n/a', 'x', '*', 'c'];
    expect(SUPPRESSION_MARKS).toEqual(expect.arrayContaining(marks.filter((m) => m !== '')));
    const rows = marks.map((mark, i) => [
      'CP-ECO-01',
      `${2021 + i}/${22 + i}-Q1`,
      'E08000031',
      mark,
      `mark ${i}`,
    ]);
    expect((await commit(files.file('suppressed.csv', csv([HEADER, ...rows])))).errors).toBe(0);
    for (let i = 0; i < marks.length; i += 1) {
      expect(await figure(`${2021 + i}/${22 + i}-Q1`)).toEqual({ value: null, note: `mark ${i}` });
    }
  });

  it('uses the cached value of an Excel formula and flags it; refuses one with no saved value', async () => {
    const book = (withResult: boolean) =>
      workbook((b) => {
        const sheet = b.addWorksheet('Figures');
        sheet.addRow(HEADER);
        sheet.addRow([
          'CP-ECO-01',
          '2028/29-Q1',
          'E08000031',
          { formula: 'B9*2', result: withResult ? 42 : undefined },
          '',
        ]);
        sheet.addRow([
          'CP-ECO-01',
          '2028/29-Q2',
          'E08000031',
          { formula: 'B9*3', result: withResult ? 63 : undefined },
          '',
        ]);
      });
    const report = await commit(files.file('formulas.xlsx', await book(true)));
    expect(report.problems.map(formatProblem)).toEqual([
      'formulas.xlsx:1: warning: has no column "numerator", "denominator", "status", "quality_flag" or "source": read as blank in every row',
      'formulas.xlsx:2:value: warning: value "=B9*2" is a formula (as do 1 more cells below it): its value as Excel last calculated it was used',
    ]);
    expect(await figure('2028/29-Q1')).toEqual({ value: 42, note: null });
    await refused(files.file('uncalculated.xlsx', await book(false)), [
      'uncalculated.xlsx:2:value: value "=B9*2" is a formula with no saved value (as do 1 more cells below it) — expected a value: open the workbook in Excel and save it, so that its formulas are calculated',
    ]);
  });

  it('refuses merged cells in the table, and passes over a merged title above it', async () => {
    const path = files.file(
      'merged.xlsx',
      await workbook((b) => {
        const sheet = b.addWorksheet('Figures');
        sheet.addRow(['Employment, quarterly']);
        sheet.mergeCells('A1:E1');
        sheet.addRow(HEADER);
        sheet.addRow(['CP-ECO-01', '2029/30-Q1', 'E08000031', 1, '']);
        sheet.addRow(['', '2029/30-Q2', 'E08000031', 2, '']);
        sheet.mergeCells('A3:A4');
      }),
    );
    const { report } = await refused(
      path,
      [
        'merged.xlsx:3:A: starts merged cells A3:A4 — expected one value in every cell: unmerge the cells and fill each one in',
        /^merged\.xlsx:4:measure: has no measure/,
      ],
      {
        profile: {
          ...(await import('../../domain/import/index.js')).builtInProfile('default')!,
          headerRow: 2,
        },
      },
    );
    expect(report.readAs).toEqual(['Excel workbook, sheet "Figures"']);
  });

  it('reads dates stored as serial numbers, and date cells, as the month they fall in', async () => {
    const path = files.file(
      'dates.xlsx',
      await workbook((b) => {
        const sheet = b.addWorksheet('Monthly');
        sheet.addRow(HEADER);
        sheet.addRow(['CP-MON-01', 42887, 'E08000031', 10, 'serial for 1 June 2017']);
        sheet.addRow(['CP-MON-01', new Date(Date.UTC(2017, 6, 1)), 'E08000031', 11, 'a date cell']);
        const percent = sheet.addRow(['CP-MON-01', 'Aug-17', 'E08000031', 0.645, 'a percentage cell']);
        percent.getCell(4).numFmt = '0.0%';
      }),
    );
    const report = await importFile(t.store, path, {
      profile: 'default',
      mode: 'dry-run',
      by: 'officer',
      now: NOW,
    });
    expect(report.errors).toBe(0);
    expect(report.samples.created.map((c) => [c.period, c.after])).toEqual([
      ['2017-06', 10],
      ['2017-07', 11],
      ['2017-08', 64.5],
    ]);
  });

  it('refuses a file beyond the stated size limit, naming the limit', async () => {
    const rows = Array.from({ length: 100 }, (_, i) => [
      'CP-ECO-01',
      `${1900 + i}`,
      'E08000031',
      String(i),
      '',
    ]);
    const path = files.file('large.csv', csv([HEADER, ...rows]));
    await refused(
      path,
      [
        /^large\.csv: is 3\.\d KiB, beyond the limit of 2 KiB for CSV files — expected a file of at most 2 KiB: split it by year or by measure$/,
      ],
      {
        limits: { csvBytes: 2048 },
      },
    );
  });

  it('refuses zip bombs on their declared size, their part count, and a part that holds more than it says', async () => {
    const xml = (name: string) => ({ name, data: Buffer.from('<?xml version="1.0"?><x/>') });
    const declared = zip([
      xml('xl/workbook.xml'),
      { name: 'xl/worksheets/sheet1.xml', data: Buffer.from('<x/>'), declaredSize: 4_000_000_000 },
    ]);
    await refused(files.file('declared.xlsx', declared), [
      /^declared\.xlsx: unzips to 3\.7 GiB, beyond the limit of 512 MiB: refused as too large \(or a zip bomb\)/,
    ]);
    const many = zip(Array.from({ length: 1001 }, (_, i) => xml(`xl/part${i}.xml`)));
    await refused(files.file('many.xlsx', many), [
      /^many\.xlsx: has 1,001 parts; a workbook may have at most 1,000/,
    ]);
    const zeros = Buffer.alloc(200 * 1024 * 1024);
    expect(deflateRawSync(zeros).length).toBeLessThan(300 * 1024);
    const lying = zip([
      xml('xl/workbook.xml'),
      { name: 'xl/worksheets/sheet1.xml', data: zeros, declaredSize: 1000 },
    ]);
    const { seconds } = await refused(files.file('lying.xlsx', lying), [
      /^lying\.xlsx: has a part \(xl\/worksheets\/sheet1\.xml\) that holds more than the 1000 bytes it declares: refused as a zip bomb/,
    ]);
    expect(seconds).toBeLessThan(2);
  });

  it('refuses a workbook whose XML declares a DOCTYPE or entities', async () => {
    const good = await workbook((b) => b.addWorksheet('Figures').addRow(HEADER));
    const parts = unzip(good).map((p) =>
      p.name === 'xl/worksheets/sheet1.xml'
        ? {
            ...p,
            data: Buffer.from(
              p.data
                .toString('utf8')
                .replace('?>', '?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>'),
            ),
          }
        : p,
    );
    await refused(files.file('entities.xlsx', zip(parts)), [
      /^entities\.xlsx: has XML \(xl\/worksheets\/sheet1\.xml\) with a DOCTYPE or ENTITY declaration, which a workbook never needs: refused as unsafe/,
    ]);
  });

  it('refuses a .csv that is really a workbook, and a .xlsx that is really text', async () => {
    const book = await workbook((b) => b.addWorksheet('Figures').addRow(HEADER));
    await refused(files.file('renamed.csv', book), [
      'renamed.csv: is named .csv but is really an Excel workbook (.xlsx), or another zip file — expected a CSV file, or this workbook renamed to .xlsx',
    ]);
    await refused(files.file('renamed.xlsx', csv([HEADER])), [
      'renamed.xlsx: is named .xlsx but is really text (a CSV file?) — expected an .xlsx workbook, or this file renamed to .csv',
    ]);
  });
});
