import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Area } from '../area.js';
import type { Measure } from '../measure.js';
import { periodContainingMonth, PERIOD_KINDS } from '../period.js';
import { builtInProfile } from './builtin-profiles.js';
import { resolveColumns, type Cell } from './columns.js';
import { FigureKeys } from './figure-keys.js';
import { fingertipsId } from './matching.js';
import { areaKindOfCode, newMeasureCode, unitFromWord } from './new-records.js';
import { formatProblem } from './problems.js';
import type { ImportProfile } from './profile.js';
import { RowReader } from './row-reader.js';

const measure = (id: string, extra: Partial<Measure> = {}) =>
  ({
    id,
    title: id,
    yearKind: 'financial',
    state: 'active',
    formula: null,
    nationalReference: null,
    ...extra,
  }) as Measure;
const AREAS: Area[] = [
  { code: 'E08000031', name: 'Wolverhampton', kind: 'authority', parentCode: null },
  { code: 'E05001321', name: 'Bilston East', kind: 'ward', parentCode: 'E08000031' },
  { code: 'E05099999', name: 'Park', kind: 'ward', parentCode: null },
  { code: 'E05099998', name: 'Park', kind: 'ward', parentCode: null },
];

function reader(profile: ImportProfile, header: Cell[], measures = [measure('CP-1')]) {
  const { columns, problems } = resolveColumns(profile, header, { file: 'f.csv', row: 1 });
  if (!columns) throw new Error(problems.map(formatProblem).join('\n'));
  return new RowReader(profile, columns, { measures, areas: AREAS }, 'f.csv');
}

describe('reading rows', () => {
  it('turns a long row into a figure, with missing marks as no figure', () => {
    const r = reader(builtInProfile('default')!, [
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
    ]);
    const row = r.read({
      number: 2,
      cells: ['CP-1', '2017/18-Q1', 'E08000031', '..', '12', '', 'provisional', 'estimated', ' A note ', ''],
    });
    expect(row).toEqual({
      figures: [
        {
          measureId: 'CP-1',
          period: '2017/18-Q1',
          areaCode: 'E08000031',
          value: null,
          numerator: 12,
          denominator: null,
          status: 'provisional',
          qualityFlag: 'estimated',
          note: 'A note',
          source: null,
          row: 2,
          column: 'value',
        },
      ],
      problems: [],
      skipped: false,
    });
  });

  it('reports a bad status and flag with the values allowed', () => {
    const r = reader(builtInProfile('default')!, [
      'measure',
      'period',
      'area_code',
      'value',
      'status',
      'quality_flag',
    ]);
    const row = r.read({ number: 5, cells: ['CP-1', '2017/18-Q1', 'E08000031', '1', 'draft', 'dodgy'] });
    expect(row.figures).toEqual([]);
    expect(row.problems.map(formatProblem)).toEqual([
      'f.csv:5:status: value "draft" is not a status — expected provisional or final (or blank for final)',
      'f.csv:5:quality_flag: value "dodgy" is not a data-quality flag — expected one of estimated, incomplete, suspect, revised-methodology, or blank',
    ]);
  });

  it('passes over blank rows and rows the profile filters out', () => {
    const profile = { ...builtInProfile('fingertips')! };
    const r = reader(
      profile,
      ['Indicator ID', 'Area Code', 'Time period', 'Value', 'Category Type'],
      [measure('PH-1', { nationalReference: 'Fingertips 90366' })],
    );
    expect(r.read({ number: 2, cells: ['', null, '  ', '', ''] }).skipped).toBe(true);
    expect(
      r.read({ number: 3, cells: ['90366', 'E08000031', '2019/20', '1', 'Deprivation deciles'] }).skipped,
    ).toBe(true);
    expect(
      r
        .read({ number: 4, cells: ['90366', 'E08000031', '2019/20', '1', ''] })
        .figures.map((f) => f.measureId),
    ).toEqual(['PH-1']);
  });

  it('refuses an area name that two areas share, asking for the code', () => {
    const r = reader(builtInProfile('tidy')!, ['area_code', 'area_name', 'indicator', 'period', 'value']);
    expect(r.read({ number: 2, cells: ['', 'Park', 'CP-1', '2019', '3'] }).figures).toEqual([]);
    expect(r.finish().map(formatProblem)).toEqual([
      'f.csv:2:area_code: value "Park" is the name of 2 areas (E05099999, E05099998): give the GSS code',
    ]);
  });
});

describe('what files name', () => {
  it('finds the Fingertips indicator a national reference names', () => {
    expect(fingertipsId('PHOF 2.06ii (Fingertips 90323)')).toBe('90323');
    expect(fingertipsId('Fingertips indicator ID: 93088')).toBe('93088');
    expect(fingertipsId('NI 154')).toBeNull();
  });

  it('tells the kind of area from a GSS code', () => {
    expect(
      ['E92000001', 'E12000005', 'E08000031', 'E06000015', 'E05001321', 'W05000001', 'E01000001', 'X'].map(
        areaKindOfCode,
      ),
    ).toEqual(['country', 'region', 'authority', 'authority', 'ward', 'ward', null, null]);
  });

  it('gives measures created from a file a code and a unit from its words', () => {
    expect(newMeasureCode('CP-ECO-09', false)).toBe('CP-ECO-09');
    expect(newMeasureCode('90366', true)).toBe('FT-90366');
    expect(newMeasureCode('Children in low-income families (%)', false)).toBe(
      'CHILDREN-IN-LOW-INCOME-FAMILIES',
    );
    expect(['Percentage', '%', '£', 'Rate per 1,000', 'Days', 'Count'].map(unitFromWord)).toEqual([
      'percent',
      'percent',
      'currency',
      'rate',
      'days',
      'number',
    ]);
  });

  it('remembers every figure key it has seen, as a plain set of text keys would', () => {
    const key = fc.tuple(
      fc.integer({ min: 0, max: 30 }),
      fc.integer({ min: 0, max: 30 }),
      fc.constantFrom(...PERIOD_KINDS),
      fc.integer({ min: 1990 * 12, max: 2030 * 12 }),
    );
    fc.assert(
      fc.property(fc.array(key, { maxLength: 3000 }), (keys) => {
        const packed = new FigureKeys();
        const reference = new Map<string, number>();
        keys.forEach(([m, a, kind, month], row) => {
          const p = periodContainingMonth(kind, month);
          const text = `${m}|${a}|${p.kind}|${p.startMonth}`;
          expect(packed.seen(`M${m}`, `A${a}`, p, row)).toBe(reference.get(text) ?? null);
          if (!reference.has(text)) reference.set(text, row);
        });
      }),
      { numRuns: 50 },
    );
  });
});
