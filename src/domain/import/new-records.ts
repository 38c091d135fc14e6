/**
 * Measures and comparator areas created from a file, when the profile allows it. They are created
 * with only what the file says and plain defaults, and the dry run lists them, so that the officer
 * sees them before they exist and completes their methodology afterwards.
 */
import { isGssCode, type Area, type AreaKind } from '../area.js';
import type { Aggregation, Frequency, Measure, MeasureCategory, Unit, YearKind } from '../measure.js';
import type { Period } from '../period.js';

/** The kind of area an ONS GSS code's entity type names, or null for entities that are not areas here. */
export function areaKindOfCode(code: string): AreaKind | null {
  if (!isGssCode(code)) return null;
  const entity = code.slice(0, 3).toUpperCase();
  if (['E92', 'W92', 'S92', 'N92', 'K02', 'K03', 'K04'].includes(entity)) return 'country';
  if (entity === 'E12') return 'region';
  if (['E05', 'W05', 'S13', 'N08'].includes(entity)) return 'ward';
  if (['E06', 'E07', 'E08', 'E09', 'E10', 'E11', 'E47', 'W06', 'S12', 'N09'].includes(entity))
    return 'authority';
  return null;
}

export type NewArea = { area: Area } | { refused: string };

export function areaFromFile(code: string | null, name: string | null): NewArea {
  const gss = code?.trim().toUpperCase() ?? '';
  const kind = areaKindOfCode(gss);
  if (kind === null) {
    return {
      refused: isGssCode(gss)
        ? `is a GSS code of an entity type (${gss.slice(0, 3)}) that is not a country, region, authority or ward`
        : 'cannot be created: only areas with an ONS GSS code (e.g. E08000031) can be created from a file',
    };
  }
  return { area: { code: gss, name: name?.trim() || gss, kind, parentCode: null } };
}

const CODE_LIKE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$/;

/** The code a measure created from the file gets: the file's own code where it is one. */
export function newMeasureCode(key: string, fingertips: boolean): string {
  const text = key.trim();
  if (fingertips && /^\d+$/.test(text)) return `FT-${text}`;
  if (CODE_LIKE.test(text)) return text;
  const slug = text
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug.slice(0, 40).replace(/-+$/, '') || 'IMPORTED';
}

/** Words a file uses for a unit, read as the unit Golden Thread knows. */
export function unitFromWord(word: string | null): Unit {
  const w = (word ?? '').trim().toLowerCase();
  if (/^(%|per ?cent|percent(age)?|proportion)$/.test(w)) return 'percent';
  if (/^(£|gbp|pounds?|currency|cost|spend)$/.test(w)) return 'currency';
  if (/rate|per 1,?000|per 100,?000/.test(w)) return 'rate';
  if (/^days?$/.test(w)) return 'days';
  if (w === 'ratio') return 'ratio';
  if (w === 'score') return 'score';
  return 'number';
}

function frequencyOf(p: Period): { frequency: Frequency; yearKind: YearKind } {
  switch (p.kind) {
    case 'month':
      return { frequency: 'monthly', yearKind: 'financial' };
    case 'financial-quarter':
    case 'financial-year':
      return { frequency: p.kind === 'financial-year' ? 'annual' : 'quarterly', yearKind: 'financial' };
    case 'calendar-quarter':
    case 'calendar-year':
      return { frequency: p.kind === 'calendar-year' ? 'annual' : 'quarterly', yearKind: 'calendar' };
    case 'academic-year':
      return { frequency: 'annual', yearKind: 'academic' };
  }
}

export interface MeasureFromFile {
  code: string;
  title: string;
  unit: string | null;
  /** The first period the file gives it: sets its frequency and kind of year. */
  period: Period;
  category: MeasureCategory;
  source: string | null;
  /** Where it came from, for its definition: "figures.csv (profile tidy)". */
  origin: string;
  fingertipsId: string | null;
}

export function measureFromFile(input: MeasureFromFile): Measure {
  const unit = unitFromWord(input.unit);
  const aggregation: Aggregation = unit === 'number' || unit === 'currency' ? 'sum' : 'mean';
  return {
    id: input.code,
    title: input.title,
    methodology: {
      definition: `Created by importing ${input.origin}: its definition and methodology are still to be written.`,
      numerator: null,
      denominator: null,
      sourceSystem: input.source,
      calculation: null,
      caveats: null,
    },
    unit,
    ratePer: unit === 'rate' ? 100_000 : null,
    polarity: 'neutral',
    ...frequencyOf(input.period),
    aggregation,
    decimals: 1,
    category: input.category,
    nationalReference: input.fingertipsId === null ? null : `Fingertips ${input.fingertipsId}`,
    ownerId: null,
    orgUnitId: null,
    byWard: false,
    comparatorGroupId: null,
    formula: null,
    tolerance: null,
    toleranceKind: 'absolute',
    dueLagDays: 30,
    isPublic: false,
    state: 'active',
    strategyItemIds: [],
  };
}
