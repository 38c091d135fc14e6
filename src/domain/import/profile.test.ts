import { describe, expect, it } from 'vitest';
import { BUILT_IN_PROFILES, builtInProfile } from './builtin-profiles.js';
import { parseImportProfile } from './parse-profile.js';
import { checkProfileShape } from './profile-shape.js';
import { columnKey } from './profile.js';

describe('import profiles', () => {
  it('has built-in profiles that are complete for their shape', () => {
    expect(BUILT_IN_PROFILES.map((p) => p.name)).toEqual(['default', 'tidy', 'fingertips']);
    for (const p of BUILT_IN_PROFILES) expect(checkProfileShape(p), p.name).toEqual([]);
  });

  it('maps the values export columns in the default profile', () => {
    const p = builtInProfile('default')!;
    expect([
      p.columns.measure,
      p.columns.period,
      p.columns.area,
      p.columns.value,
      p.columns.qualityFlag,
    ]).toEqual([['measure'], 'period', 'area_code', 'value', 'quality_flag']);
    expect(p.periods).toMatchObject({ bareYear: 'calendar', yearSpan: 'financial', ambiguousDash: 'month' });
  });

  it('reads a profile that extends another, taking what it leaves out from its base', () => {
    const result = parseImportProfile(
      { name: 'ft-female', keepRowsWhere: { Sex: ['Female'] }, measures: { map: { '90366': 'PH-LE-01' } } },
      builtInProfile('fingertips')!,
    );
    expect(result.errors).toEqual([]);
    expect(result.profile).toMatchObject({
      name: 'ft-female',
      description: 'Fingertips (OHID public health profiles) CSV download',
      columns: { value: 'Value', area: 'Area Code' },
      keepRowsWhere: { Sex: ['Female'] },
      measures: { match: ['fingertips-id'], map: { '90366': 'PH-LE-01' }, unknown: 'report' },
    });
  });

  it('lists every mistake at once, as field: message', () => {
    const result = parseImportProfile({
      name: 'Bad Name',
      shape: 'wide',
      headerRow: 0,
      columns: { measure: 7, value: 'v' },
      periods: { bareYear: 'fiscal' },
      measures: { unknown: 'guess' },
      fixed: { period: 'June 2017' },
      colour: 'red',
    });
    expect(result.profile).toBeNull();
    expect(result.errors).toEqual([
      'colour: is not a profile setting (known: name, description, extends, shape, across, sheet, headerRow, columns, ignoreColumns, fixed, defaults, periods, numbers, measures, areas, keepRowsWhere, skipRowsWhere)',
      'name: must be 1–40 lower-case letters, digits or hyphens',
      'headerRow: must be a whole number from 1 to 1000',
      'columns.measure: must be text or a list of texts',
      'periods.bareYear: must be one of calendar, financial, academic, measure',
      'measures.unknown: must be one of report, skip, create',
      'fixed.period: "June 2017" must be a period in its canonical form',
      'across: a wide profile must say whether its columns are periods or areas',
      'columns.measure: name the column(s) that say the measure, or give fixed.measure',
      'columns.area: name the column that says the area (code or name), or give fixed.area',
      'columns.value: a wide profile reads its figures from the columns across',
    ]);
  });

  it('is not JSON-object-shaped when it is a list or text', () => {
    expect(parseImportProfile([]).errors).toEqual(['the profile must be a JSON object']);
    expect(parseImportProfile('default').errors).toEqual(['the profile must be a JSON object']);
  });

  it('compares headers without case, spacing, underscores or a byte-order mark', () => {
    expect(columnKey('\uFEFFArea_Code ')).toBe(columnKey('area code'));
    expect(columnKey('Time  period')).toBe('time period');
  });
});
