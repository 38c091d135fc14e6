/**
 * A measure as its form holds it (text in every box) and back to what the API takes. Numbers are
 * checked here only for being numbers; what they must be is the API's to say, in words.
 */
import type { MeasureDetail } from '../../api/types.js';
import type { MeasureBody } from './api.js';

export interface MeasureDraft {
  id: string;
  title: string;
  definition: string;
  numerator: string;
  denominator: string;
  sourceSystem: string;
  calculation: string;
  caveats: string;
  category: string;
  unit: string;
  ratePer: string;
  polarity: string;
  frequency: string;
  yearKind: string;
  aggregation: string;
  decimals: string;
  tolerance: string;
  toleranceKind: string;
  dueLagDays: string;
  orgUnitId: string;
  ownerId: string;
  nationalReference: string;
  isPublic: boolean;
  byWard: boolean;
  strategyItemIds: string[];
}

export const EMPTY_DRAFT: MeasureDraft = {
  id: '',
  title: '',
  definition: '',
  numerator: '',
  denominator: '',
  sourceSystem: '',
  calculation: '',
  caveats: '',
  category: 'corporate-plan',
  unit: 'number',
  ratePer: '',
  polarity: 'higher-better',
  frequency: 'quarterly',
  yearKind: 'financial',
  aggregation: 'sum',
  decimals: '0',
  tolerance: '',
  toleranceKind: 'absolute',
  dueLagDays: '30',
  orgUnitId: '',
  ownerId: '',
  nationalReference: '',
  isPublic: false,
  byWard: false,
  strategyItemIds: [],
};

const text = (value: string | null | undefined) => value ?? '';
const number = (value: number | null | undefined) =>
  value === null || value === undefined ? '' : String(value);

export function draftOf(m: MeasureDetail): MeasureDraft {
  return {
    id: m.id,
    title: m.title,
    definition: text(m.methodology.definition),
    numerator: text(m.methodology.numerator),
    denominator: text(m.methodology.denominator),
    sourceSystem: text(m.methodology.sourceSystem),
    calculation: text(m.methodology.calculation),
    caveats: text(m.methodology.caveats),
    category: m.category,
    unit: m.unit,
    ratePer: number(m.ratePer),
    polarity: m.polarity,
    frequency: m.frequency,
    yearKind: m.yearKind,
    aggregation: m.aggregation,
    decimals: String(m.decimals),
    tolerance: number(m.tolerance),
    toleranceKind: m.toleranceKind,
    dueLagDays: String(m.dueLagDays),
    orgUnitId: text(m.orgUnitId),
    ownerId: text(m.ownerId),
    nationalReference: text(m.nationalReference),
    isPublic: m.isPublic,
    byWard: m.byWard,
    strategyItemIds: m.strategyItemIds,
  };
}

/** Where each of the API's field names is on the form, so its message lands beside the box. */
export const FIELD_IDS: Record<string, string> = {
  id: 'measure-id',
  title: 'measure-title',
  'methodology.definition': 'measure-definition',
  methodology: 'measure-definition',
  category: 'measure-category',
  unit: 'measure-unit',
  ratePer: 'measure-rate-per',
  polarity: 'measure-polarity',
  frequency: 'measure-frequency',
  yearKind: 'measure-year-kind',
  aggregation: 'measure-aggregation',
  decimals: 'measure-decimals',
  tolerance: 'measure-tolerance',
  toleranceKind: 'measure-tolerance-kind',
  dueLagDays: 'measure-due',
  orgUnitId: 'measure-unit-org',
  ownerId: 'measure-owner',
  nationalReference: 'measure-national',
  strategyItemIds: 'measure-link',
};

type Parsed = { body: MeasureBody; problems: { field: string; message: string }[] };

export function bodyOf(d: MeasureDraft): Parsed {
  const problems: { field: string; message: string }[] = [];
  const num = (value: string, field: string, what: string): number | null => {
    if (value.trim() === '') return null;
    const n = Number(value.trim());
    if (!Number.isFinite(n))
      problems.push({ field: FIELD_IDS[field]!, message: `Enter ${what} as a number` });
    return Number.isFinite(n) ? n : null;
  };
  const whole = (value: string, field: string, what: string, fallback: number): number => {
    const n = num(value, field, what);
    return n === null ? fallback : n;
  };
  const blank = (value: string) => (value.trim() === '' ? null : value.trim());
  if (d.id.trim() === '')
    problems.push({ field: FIELD_IDS['id']!, message: 'Enter the measure’s code, for example CP-ECO-09' });
  if (d.title.trim() === '')
    problems.push({ field: FIELD_IDS['title']!, message: 'Enter the measure’s title' });
  if (d.definition.trim() === '')
    problems.push({ field: FIELD_IDS['methodology.definition']!, message: 'Enter what the measure counts' });
  const body: MeasureBody = {
    id: d.id.trim(),
    title: d.title.trim(),
    methodology: {
      definition: d.definition.trim(),
      numerator: blank(d.numerator),
      denominator: blank(d.denominator),
      sourceSystem: blank(d.sourceSystem),
      calculation: blank(d.calculation),
      caveats: blank(d.caveats),
    },
    category: d.category,
    unit: d.unit as MeasureBody['unit'],
    ratePer: num(d.ratePer, 'ratePer', 'the number a rate is per'),
    polarity: d.polarity as MeasureBody['polarity'],
    frequency: d.frequency as MeasureBody['frequency'],
    yearKind: d.yearKind,
    aggregation: d.aggregation,
    decimals: whole(d.decimals, 'decimals', 'the decimal places', 0),
    tolerance: num(d.tolerance, 'tolerance', 'the tolerance'),
    toleranceKind: d.toleranceKind,
    dueLagDays: whole(d.dueLagDays, 'dueLagDays', 'the days until a figure is due', 30),
    orgUnitId: blank(d.orgUnitId),
    ownerId: blank(d.ownerId),
    nationalReference: blank(d.nationalReference),
    isPublic: d.isPublic,
    byWard: d.byWard,
    strategyItemIds: d.strategyItemIds,
  };
  return { body, problems };
}
