import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatProblem } from '../../domain/import/index.js';
import {
  csv,
  fixtureFolder,
  importSnapshot,
  loadImportTestCouncil,
  type FixtureFolder,
} from '../../../test/import-fixtures.js';
import { createTestDatabase, DIALECTS, type TestDatabase } from '../../../test/store-fixture.js';
import { listAreas } from '../../store/areas.js';
import { countVersionsOfBatch, listImportBatches } from '../../store/imports.js';
import { getMeasure } from '../../store/measures.js';
import { currentValues, recordValue, valueHistory } from '../../store/values.js';
import { aValue, TEST_CHANGE } from '../../../test/factories.js';
import { exportTable } from '../export.js';
import { importFile, type ImportFileOptions } from './import-file.js';

const NOW = new Date('2026-03-02T10:00:00.000Z');
const HEADER = [
  'measure',
  'period',
  'area_code',
  'value',
  'numerator',
  'denominator',
  'status',
  'quality_flag',
  'note',
  'source',
];

describe.each(DIALECTS)('importing figures on %s', (dialect) => {
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

  const run = (path: string, mode: 'dry-run' | 'commit', more: Partial<ImportFileOptions> = {}) =>
    importFile(t.store, path, { profile: 'default', mode, by: 'officer@example.org', now: NOW, ...more });

  // The test council holds CP-ECO-01 for 2016/17-Q1 (64.5) and Q2 (65.1) in Wolverhampton.
  const quarterFile = () =>
    files.file(
      'quarters.csv',
      csv([
        HEADER,
        ['CP-ECO-01', '2016/17-Q1', 'E08000031', '64.5', '645', '1000', 'final', '', '', 'APS extract'],
        [
          'CP-ECO-01',
          '2016/17-Q2',
          'E08000031',
          '65.3',
          '653',
          '1000',
          'final',
          '',
          'Late returns',
          'APS extract',
        ],
        ['CP-ECO-01', '2016/17-Q3', 'E08000031', '66', '660', '1000', 'provisional', '', '', 'APS extract'],
      ]),
    );

  it('shows in a dry run what would be created, changed and left alone, and writes nothing', async () => {
    const before = await importSnapshot(t.store);
    const report = await run(quarterFile(), 'dry-run');
    expect(report.errors).toBe(0);
    expect(report.figures).toEqual({ created: 1, changed: 1, unchanged: 1 });
    expect(report.samples.changed).toEqual([
      {
        measureId: 'CP-ECO-01',
        period: '2016/17-Q2',
        areaCode: 'E08000031',
        row: 3,
        before: 65.1,
        after: 65.3,
      },
    ]);
    expect(report.samples.created.map((c) => c.period)).toEqual(['2016/17-Q3']);
    expect(report.samples.unchanged.map((c) => c.period)).toEqual(['2016/17-Q1']);
    expect(report.byMeasure['CP-ECO-01']).toEqual({ created: 1, changed: 1, unchanged: 1 });
    expect(report.committed).toBe(false);
    expect(report.readAs).toEqual(['CSV, UTF-8, comma-separated']);
    expect(await importSnapshot(t.store)).toEqual(before);
  });

  it('commits the figures in one go, recording the file, its hash, who and when', async () => {
    const path = quarterFile();
    const before = await importSnapshot(t.store);
    const report = await run(path, 'commit');
    expect(report.committed).toBe(true);
    expect(await importSnapshot(t.store)).toEqual({ ...before, versions: before.versions + 2, batches: 1 });
    const sha256 = createHash('sha256').update(readFileSync(path)).digest('hex');
    const [batch] = await listImportBatches(t.store.db);
    expect(batch).toMatchObject({
      id: report.batchId,
      fileName: 'quarters.csv',
      sha256,
      profile: 'default',
      by: 'officer@example.org',
      at: NOW.toISOString(),
      rowsRead: 3,
      created: 1,
      changed: 1,
      unchanged: 1,
    });
    expect(await countVersionsOfBatch(t.store.db, batch!.id)).toBe(2);
    const history = await valueHistory(t.store.db, {
      measureId: 'CP-ECO-01',
      period: '2016/17-Q2',
      areaCode: 'E08000031',
    });
    expect(history.map((v) => [v.version, v.value, v.note, v.by])).toEqual([
      [1, 65.1, null, 'test'],
      [2, 65.3, 'Late returns', 'officer@example.org'],
    ]);
    expect(history[1]!.reason).toMatch(
      /^Imported from quarters\.csv \(SHA-256 [0-9a-f]{12}…, profile default\)$/,
    );
  });

  it('changes nothing when the same file is imported again, not even a batch', async () => {
    const before = await importSnapshot(t.store);
    const report = await run(quarterFile(), 'commit');
    expect(report.figures).toEqual({ created: 0, changed: 0, unchanged: 3 });
    expect(report.committed).toBe(false);
    expect(report.earlierImports).toHaveLength(1);
    expect(await importSnapshot(t.store)).toEqual(before);
  });

  it('writes nothing at all from a file with one bad row', async () => {
    const before = await importSnapshot(t.store);
    const path = files.file(
      'one-bad-row.csv',
      csv([
        HEADER,
        ['CP-ECO-01', '2016/17-Q4', 'E08000031', '67', '', '', 'final', '', '', ''],
        ['CP-ECO-01', '2017/18-Q1', 'E08000031', 'sixty', '', '', 'final', '', '', ''],
        ['CP-ECO-01', '2017/18-Q2', 'E08000031', '68', '', '', 'final', '', '', ''],
      ]),
    );
    const report = await run(path, 'commit');
    expect(report.committed).toBe(false);
    expect(report.errors).toBe(1);
    expect(report.problems.map(formatProblem)).toEqual([
      'one-bad-row.csv:3:value: value "sixty" is not a number — expected a number such as 1234.5, 1,234.5, 45%, £1,200 or -3, or a blank or a suppression mark (-, .., n/a, x, *, c) for no figure',
    ]);
    expect(await importSnapshot(t.store)).toEqual(before);
  });

  it('reads back its own values export with the default profile and changes nothing', async () => {
    const before = await importSnapshot(t.store);
    const current = await currentValues(t.store.db);
    const path = files.file('values-export.csv', await exportTable(t.store, 'values', 'csv'));
    const report = await run(path, 'commit');
    expect(report.errors).toBe(0);
    expect(report.figures).toEqual({ created: 0, changed: 0, unchanged: current.length });
    expect(await importSnapshot(t.store)).toEqual(before);
  });

  it('reports measures and areas the council does not have, once each, and creates none', async () => {
    const before = await importSnapshot(t.store);
    const path = files.file(
      'unknown.csv',
      csv([
        HEADER,
        ['NEW-01', '2016/17-Q1', 'E08000031', '1', '', '', '', '', '', ''],
        ['NEW-01', '2016/17-Q2', 'E08000031', '2', '', '', '', '', '', ''],
        ['CP-ECO-01', '2016/17-Q1', 'E06000015', '3', '', '', '', '', '', ''],
      ]),
    );
    const report = await run(path, 'commit');
    expect(report.problems.map(formatProblem)).toEqual([
      'unknown.csv:2:measure: value "NEW-01" is not a measure of this council (looked for it by code) (and on 1 more row) — expected a measure of this council, or a profile that maps it (or creates unknown measures)',
      'unknown.csv:4:area_code: value "E06000015" is not an area known to this council (looked for it by code) — expected a area of this council, or a profile that maps it (or creates unknown areas)'.replace(
        'a area',
        'an area',
      ),
    ]);
    expect(await importSnapshot(t.store)).toEqual(before);
  });

  it('creates measures and comparator areas from the file only when the profile says so', async () => {
    const path = files.file(
      'creates.csv',
      csv([
        ['indicator', 'area_code', 'area_name', 'period', 'unit', 'value'],
        ['Households in temporary accommodation', 'E06000015', 'Derby', '2016/17', 'Number', '120'],
        ['Households in temporary accommodation', 'E08000031', 'Wolverhampton', '2016/17', 'Number', '340'],
      ]),
    );
    const refused = await run(path, 'dry-run', { profile: 'tidy' });
    expect(refused.errors).toBe(2);
    const creating = { ...(await import('../../domain/import/index.js')).builtInProfile('tidy')! };
    creating.measures = { ...creating.measures, unknown: 'create' };
    creating.areas = { ...creating.areas, unknown: 'create' };
    const dry = await run(path, 'dry-run', { profile: creating });
    expect(dry.errors).toBe(0);
    expect(dry.newMeasures).toEqual([
      {
        id: 'HOUSEHOLDS-IN-TEMPORARY-ACCOMMODATION',
        title: 'Households in temporary accommodation',
        unit: 'number',
        frequency: 'annual',
      },
    ]);
    expect(dry.newAreas).toEqual([{ code: 'E06000015', name: 'Derby', kind: 'authority', parentCode: null }]);
    expect(await getMeasure(t.store.db, 'HOUSEHOLDS-IN-TEMPORARY-ACCOMMODATION')).toBeNull();
    const done = await run(path, 'commit', { profile: creating });
    expect(done.committed).toBe(true);
    expect(await getMeasure(t.store.db, 'HOUSEHOLDS-IN-TEMPORARY-ACCOMMODATION')).toMatchObject({
      unit: 'number',
      yearKind: 'financial',
    });
    expect((await listAreas(t.store.db)).map((a) => a.code)).toContain('E06000015');
    const again = await run(path, 'commit', { profile: creating });
    expect([again.committed, again.newMeasures, again.figures.unchanged]).toEqual([false, [], 2]);
  });

  it('refuses a file that gives the same measure, period and area twice', async () => {
    const before = await importSnapshot(t.store);
    const path = files.file(
      'twice.csv',
      csv([
        HEADER,
        ['CP-ECO-01', '2018/19-Q1', 'E08000031', '1', '', '', '', '', '', ''],
        ['CP-ECO-01', '2018/19-Q1', 'E08000031', '1', '', '', '', '', '', ''],
      ]),
    );
    const report = await run(path, 'commit');
    expect(report.problems.map(formatProblem)).toEqual([
      'twice.csv:3: gives CP-ECO-01 for 2018/19-Q1 in E08000031 a second time: row 2 gave it already — expected each measure, period and area once in a file',
    ]);
    expect(await importSnapshot(t.store)).toEqual(before);
  });

  it('takes no new figures for a retired measure, though its unchanged ones may come back', async () => {
    await recordValue(
      t.store.db,
      aValue({ measureId: 'OLD-01', period: '2015/16-Q1', value: 3 }),
      TEST_CHANGE,
    );
    const row = (measure: string, period: string, value: string) => [
      measure,
      period,
      'E08000031',
      value,
      '645',
      '1000',
      'final',
      '',
      '',
      'APS extract',
    ];
    const unchanged = files.file('retired-same.csv', csv([HEADER, row('OLD-01', '2015/16-Q1', '3')]));
    expect((await run(unchanged, 'dry-run')).errors).toBe(0);
    const before = await importSnapshot(t.store);
    const path = files.file(
      'retired.csv',
      csv([
        HEADER,
        row('OLD-01', '2015/16-Q1', '3'),
        row('OLD-01', '2015/16-Q2', '4'),
        row('OLD-01', '2015/16-Q3', '5'),
        row('CALC-01', '2015/16-Q1', '9'),
      ]),
    );
    const report = await run(path, 'commit');
    expect(report.problems.map(formatProblem)).toEqual([
      'retired.csv:3: gives a new figure for OLD-01 (and 1 more), which is retired and takes no new figures — expected figures for measures in use (a retired measure keeps the figures it has)',
    ]);
    expect(report.figures).toEqual({ created: 3, changed: 0, unchanged: 1 });
    expect(await importSnapshot(t.store)).toEqual(before);
  });

  it('reads a file in a worker thread to the same report as in the main thread', async () => {
    const rows = Array.from({ length: 2500 }, (_, i) => [
      'CP-ECO-01',
      `${1000 + Math.floor(i / 4)}/${String((1001 + Math.floor(i / 4)) % 100).padStart(2, '0')}-Q${(i % 4) + 1}`,
      'E08000028',
      // Steady figures, so that the validation rules have nothing to say about them.
      String(50 + (i % 4) / 10),
      '',
      '',
      'final',
      '',
      '',
      'bench',
    ]);
    rows[1200]![3] = 'n/k';
    const path = files.file('threads.csv', csv([HEADER, ...rows]));
    const before = await importSnapshot(t.store);
    const inMain = await run(path, 'commit', { worker: false });
    const inWorker = await run(path, 'commit', { worker: true });
    expect(inWorker).toEqual(inMain);
    expect(inWorker.problems.map(formatProblem)).toEqual([
      expect.stringMatching(/^threads\.csv:1202:value: value "n\/k" is not a number/),
    ]);
    expect(inWorker.figures.created).toBe(2499);
    expect(await importSnapshot(t.store)).toEqual(before);
    rows[1200]![3] = '50';
    const committed = await run(files.file('threads-good.csv', csv([HEADER, ...rows])), 'commit', {
      worker: true,
    });
    expect([committed.committed, committed.figures.created]).toEqual([true, 2500]);
    expect(await importSnapshot(t.store)).toEqual({
      ...before,
      versions: before.versions + 2500,
      batches: before.batches + 1,
    });
  });
});
