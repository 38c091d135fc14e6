/**
 * The profiles every council has without saving anything: Golden Thread's own values export, the
 * tidy layout many council data teams publish, and Fingertips' CSV downloads.
 */
import type { ColumnMapping, ImportProfile } from './profile.js';

export const NO_COLUMNS: ColumnMapping = {
  measure: [],
  measureName: null,
  period: null,
  area: null,
  areaName: null,
  value: null,
  numerator: null,
  denominator: null,
  status: null,
  qualityFlag: null,
  note: null,
  source: null,
  unit: null,
};

/** What a saved profile has for anything it does not say. */
export const PROFILE_DEFAULTS: Omit<ImportProfile, 'name' | 'description'> = {
  shape: 'long',
  across: null,
  sheet: null,
  headerRow: 1,
  columns: NO_COLUMNS,
  ignoreColumns: [],
  fixed: { measure: null, area: null, period: null },
  defaults: { status: 'final', source: null },
  periods: { bareYear: 'calendar', yearSpan: 'financial', ambiguousDash: 'month', dates: 'month' },
  numbers: { decimalComma: false },
  measures: { match: ['code'], map: {}, unknown: 'report', category: 'local-key' },
  areas: { match: ['code'], map: {}, unknown: 'report' },
  keepRowsWhere: {},
  skipRowsWhere: {},
};

/** `golden-thread export values --format csv`, read back exactly: periods in their canonical forms. */
const defaultProfile: ImportProfile = {
  ...PROFILE_DEFAULTS,
  name: 'default',
  description: 'Golden Thread values export (golden-thread export values --format csv)',
  columns: {
    ...NO_COLUMNS,
    measure: ['measure'],
    period: 'period',
    area: 'area_code',
    value: 'value',
    numerator: 'numerator',
    denominator: 'denominator',
    status: 'status',
    qualityFlag: 'quality_flag',
    note: 'note',
    source: 'source',
  },
};

/** `area_code, area_name, indicator, period, measure, unit, value`, as council data teams publish. */
const tidyProfile: ImportProfile = {
  ...PROFILE_DEFAULTS,
  name: 'tidy',
  description: 'Tidy open data: area_code, area_name, indicator, period, measure, unit, value',
  columns: {
    ...NO_COLUMNS,
    measure: ['indicator'],
    measureName: 'indicator',
    period: 'period',
    area: 'area_code',
    areaName: 'area_name',
    value: 'value',
    unit: 'unit',
  },
  periods: { bareYear: 'measure', yearSpan: 'measure', ambiguousDash: 'year', dates: 'month' },
  measures: {
    match: ['code', 'title', 'national-reference'],
    map: {},
    unknown: 'report',
    category: 'local-key',
  },
  areas: { match: ['code', 'name'], map: {}, unknown: 'report' },
};

/**
 * A Fingertips (OHID public health profiles) CSV download. Rows for a category of the population
 * (deprivation deciles, ethnic groups) are passed over: only whole-population figures are read.
 */
const fingertipsProfile: ImportProfile = {
  ...PROFILE_DEFAULTS,
  name: 'fingertips',
  description: 'Fingertips (OHID public health profiles) CSV download',
  columns: {
    ...NO_COLUMNS,
    measure: ['Indicator ID'],
    measureName: 'Indicator Name',
    period: 'Time period',
    area: 'Area Code',
    areaName: 'Area Name',
    value: 'Value',
    numerator: 'Count',
    denominator: 'Denominator',
    note: 'Value note',
  },
  defaults: { status: 'final', source: 'Fingertips (OHID)' },
  periods: { bareYear: 'measure', yearSpan: 'measure', ambiguousDash: 'year', dates: 'month' },
  measures: { match: ['fingertips-id'], map: {}, unknown: 'report', category: 'national' },
  keepRowsWhere: { 'Category Type': [''] },
};

export const BUILT_IN_PROFILES: readonly ImportProfile[] = [defaultProfile, tidyProfile, fingertipsProfile];

export function builtInProfile(name: string): ImportProfile | null {
  return BUILT_IN_PROFILES.find((p) => p.name === name) ?? null;
}
