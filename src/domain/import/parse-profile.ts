/**
 * Reads a profile someone wrote as JSON. Anything it leaves out comes from the profile it extends
 * (or the defaults); every mistake is returned as "field: message", all at once, never thrown.
 */
import { VALUE_STATUSES } from '../figures.js';
import { MEASURE_CATEGORIES } from '../measure.js';
import { isPeriod, PERIOD_KINDS } from '../period.js';
import { PROFILE_DEFAULTS } from './builtin-profiles.js';
import {
  AMBIGUOUS_DASH_READINGS,
  AREA_MATCHES,
  BARE_YEAR_READINGS,
  IMPORT_SHAPES,
  MEASURE_MATCHES,
  UNKNOWN_CHOICES,
  WIDE_ACROSS,
  YEAR_SPAN_READINGS,
  type ColumnMapping,
  type ImportProfile,
} from './profile.js';
import { checkProfileShape } from './profile-shape.js';

export interface ProfileParseResult {
  profile: ImportProfile | null;
  errors: string[];
}

export const PROFILE_NAME = /^[a-z0-9][a-z0-9-]{0,39}$/;

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads fields of one JSON object, falling back to the base and collecting mistakes. */
class Fields {
  constructor(
    private readonly json: Json,
    private readonly path: string,
    private readonly errors: string[],
  ) {}

  private fail(key: string, message: string): void {
    this.errors.push(`${this.path}${key}: ${message}`);
  }

  text(key: string, base: string): string {
    const v = this.json[key];
    if (v === undefined) return base;
    if (typeof v === 'string') return v;
    this.fail(key, 'must be text');
    return base;
  }

  textOrNull(key: string, base: string | null): string | null {
    const v = this.json[key];
    if (v === undefined) return base;
    if (v === null || typeof v === 'string') return v === '' ? null : v;
    this.fail(key, 'must be text or null');
    return base;
  }

  choice<T extends string>(key: string, choices: readonly T[], base: T): T {
    const v = this.json[key];
    if (v === undefined) return base;
    if ((choices as readonly unknown[]).includes(v)) return v as T;
    this.fail(key, `must be one of ${choices.join(', ')}`);
    return base;
  }

  choiceOrNull<T extends string>(key: string, choices: readonly T[], base: T | null): T | null {
    return this.json[key] === null ? null : this.choice(key, choices, base as T);
  }

  choices<T extends string>(key: string, choices: readonly T[], base: T[]): T[] {
    const v = this.json[key];
    if (v === undefined) return base;
    if (Array.isArray(v) && v.every((x) => (choices as readonly unknown[]).includes(x))) return v as T[];
    this.fail(key, `must be a list of ${choices.join(', ')}`);
    return base;
  }

  texts(key: string, base: string[]): string[] {
    const v = this.json[key];
    if (v === undefined) return base;
    if (typeof v === 'string') return [v];
    if (Array.isArray(v) && v.every((x) => typeof x === 'string')) return v as string[];
    this.fail(key, 'must be text or a list of texts');
    return base;
  }

  integer(key: string, base: number, min: number, max: number): number {
    const v = this.json[key];
    if (v === undefined) return base;
    if (typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max) return v;
    this.fail(key, `must be a whole number from ${min} to ${max}`);
    return base;
  }

  boolean(key: string, base: boolean): boolean {
    const v = this.json[key];
    if (v === undefined) return base;
    if (typeof v === 'boolean') return v;
    this.fail(key, 'must be true or false');
    return base;
  }

  textMap(key: string, base: Record<string, string>): Record<string, string> {
    const v = this.json[key];
    if (v === undefined) return base;
    if (isObject(v) && Object.values(v).every((x) => typeof x === 'string'))
      return v as Record<string, string>;
    this.fail(key, 'must map texts to texts, e.g. {"90366": "PH-LE-01"}');
    return base;
  }

  listMap(key: string, base: Record<string, string[]>): Record<string, string[]> {
    const v = this.json[key];
    if (v === undefined) return base;
    if (
      isObject(v) &&
      Object.values(v).every((x) => Array.isArray(x) && x.every((s) => typeof s === 'string'))
    ) {
      return v as Record<string, string[]>;
    }
    this.fail(key, 'must map column names to lists of values, e.g. {"Sex": ["Persons"]}');
    return base;
  }

  /** A nested object's fields, or an empty one when it is missing. */
  object(key: string): Fields {
    const v = this.json[key];
    if (v !== undefined && !isObject(v)) this.fail(key, 'must be an object');
    return new Fields(isObject(v) ? v : {}, `${this.path}${key}.`, this.errors);
  }

  unknownKeys(known: readonly string[]): void {
    for (const key of Object.keys(this.json)) {
      if (!known.includes(key)) this.fail(key, `is not a profile setting (known: ${known.join(', ')})`);
    }
  }
}

const COLUMN_KEYS = Object.keys(PROFILE_DEFAULTS.columns) as (keyof ColumnMapping)[];
const TOP_KEYS = [
  'name',
  'description',
  'extends',
  'shape',
  'across',
  'sheet',
  'headerRow',
  'columns',
  'ignoreColumns',
  'fixed',
  'defaults',
  'periods',
  'numbers',
  'measures',
  'areas',
  'keepRowsWhere',
  'skipRowsWhere',
];

function readColumns(f: Fields, base: ColumnMapping): ColumnMapping {
  f.unknownKeys(COLUMN_KEYS);
  const columns = { ...base, measure: f.texts('measure', base.measure) };
  for (const key of COLUMN_KEYS) if (key !== 'measure') columns[key] = f.textOrNull(key, base[key]);
  return columns;
}

/**
 * Reads a profile from parsed JSON. `base` is the profile it extends (its `extends` names it; the
 * caller looks it up); without one, the defaults.
 */
export function parseImportProfile(json: unknown, base?: Omit<ImportProfile, 'name'>): ProfileParseResult {
  if (!isObject(json)) return { profile: null, errors: ['the profile must be a JSON object'] };
  const errors: string[] = [];
  const from = base ?? { ...PROFILE_DEFAULTS, description: '' };
  const f = new Fields(json, '', errors);
  f.unknownKeys(TOP_KEYS);
  const name = f.text('name', '');
  if (!PROFILE_NAME.test(name)) errors.push('name: must be 1–40 lower-case letters, digits or hyphens');
  const fixed = f.object('fixed');
  const defaults = f.object('defaults');
  const periods = f.object('periods');
  const measures = f.object('measures');
  const areas = f.object('areas');
  const profile: ImportProfile = {
    name,
    description: f.text('description', from.description),
    shape: f.choice('shape', IMPORT_SHAPES, from.shape),
    across: f.choiceOrNull('across', WIDE_ACROSS, from.across),
    sheet: f.textOrNull('sheet', from.sheet),
    headerRow: f.integer('headerRow', from.headerRow, 1, 1000),
    columns: readColumns(f.object('columns'), from.columns),
    ignoreColumns: f.texts('ignoreColumns', from.ignoreColumns),
    fixed: {
      measure: fixed.textOrNull('measure', from.fixed.measure),
      area: fixed.textOrNull('area', from.fixed.area),
      period: fixed.textOrNull('period', from.fixed.period),
    },
    defaults: {
      status: defaults.choice('status', VALUE_STATUSES, from.defaults.status),
      source: defaults.textOrNull('source', from.defaults.source),
    },
    periods: {
      bareYear: periods.choice('bareYear', BARE_YEAR_READINGS, from.periods.bareYear),
      yearSpan: periods.choice('yearSpan', YEAR_SPAN_READINGS, from.periods.yearSpan),
      ambiguousDash: periods.choice('ambiguousDash', AMBIGUOUS_DASH_READINGS, from.periods.ambiguousDash),
      dates: periods.choice('dates', PERIOD_KINDS, from.periods.dates),
    },
    numbers: { decimalComma: f.object('numbers').boolean('decimalComma', from.numbers.decimalComma) },
    measures: {
      match: measures.choices('match', MEASURE_MATCHES, from.measures.match),
      map: measures.textMap('map', from.measures.map),
      unknown: measures.choice('unknown', UNKNOWN_CHOICES, from.measures.unknown),
      category: measures.choice('category', MEASURE_CATEGORIES, from.measures.category),
    },
    areas: {
      match: areas.choices('match', AREA_MATCHES, from.areas.match),
      map: areas.textMap('map', from.areas.map),
      unknown: areas.choice('unknown', UNKNOWN_CHOICES, from.areas.unknown),
    },
    keepRowsWhere: f.listMap('keepRowsWhere', from.keepRowsWhere),
    skipRowsWhere: f.listMap('skipRowsWhere', from.skipRowsWhere),
  };
  if (profile.fixed.period !== null && !isPeriod(profile.fixed.period)) {
    errors.push(`fixed.period: "${profile.fixed.period}" must be a period in its canonical form`);
  }
  errors.push(...checkProfileShape(profile));
  return errors.length > 0 ? { profile: null, errors } : { profile, errors };
}
