/**
 * The vocabulary of a measure (a KPI), in the council's words. These lists are the single source
 * for the store's check constraints, the API's schemas and the demo council.
 */

/** Which way is good. 'within-band' means a target range; 'neutral' means no judgement. */
export const POLARITIES = ['higher-better', 'lower-better', 'within-band', 'neutral'] as const;
export type Polarity = (typeof POLARITIES)[number];

/** What a figure counts. A rate is per `ratePer` (e.g. per 1,000 population). */
export const UNITS = ['number', 'percent', 'currency', 'rate', 'days', 'ratio', 'score'] as const;
export type Unit = (typeof UNITS)[number];

/** How often a figure is produced. */
export const FREQUENCIES = ['monthly', 'quarterly', 'annual'] as const;
export type Frequency = (typeof FREQUENCIES)[number];

/** How figures for shorter periods or for wards combine into a longer period or the authority. */
export const AGGREGATIONS = ['sum', 'mean', 'ratio', 'latest'] as const;
export type Aggregation = (typeof AGGREGATIONS)[number];

/** Which kind of year an annual measure reports on. */
export const YEAR_KINDS = ['financial', 'calendar', 'academic'] as const;
export type YearKind = (typeof YEAR_KINDS)[number];

/**
 * The categories of information in reports, from section 8.3 of the Performance Management
 * Framework.
 */
export const MEASURE_CATEGORIES = [
  'ward',
  'national',
  'corporate-plan',
  'local-key',
  'business-plan',
  'quality-assurance',
  'finance',
  'hr',
] as const;
export type MeasureCategory = (typeof MEASURE_CATEGORIES)[number];

export const MEASURE_CATEGORY_LABELS: Record<MeasureCategory, string> = {
  ward: 'Ward-level data',
  national: 'National indicator (Single Data List)',
  'corporate-plan': 'Corporate Plan measure',
  'local-key': 'Local key indicator',
  'business-plan': 'Business plan measure',
  'quality-assurance': 'Quality assurance',
  finance: 'Finance',
  hr: 'HR and employee data',
};

/** Tolerance around a target: in the measure's own unit, or as a share of the target. */
export const TOLERANCE_KINDS = ['absolute', 'relative'] as const;
export type ToleranceKind = (typeof TOLERANCE_KINDS)[number];

/** A measure in use, or retired (kept with its history, no longer reported). */
export const MEASURE_STATES = ['active', 'retired'] as const;
export type MeasureState = (typeof MEASURE_STATES)[number];

/** The fields that document how a figure is produced (framework action: "document methodology"). */
export interface Methodology {
  definition: string;
  numerator: string | null;
  denominator: string | null;
  sourceSystem: string | null;
  calculation: string | null;
  caveats: string | null;
}

/** A measure (KPI) with everything the glossary names. */
export interface Measure {
  /** The measure's code, its stable key, e.g. "CP-ECO-01". */
  id: string;
  title: string;
  methodology: Methodology;
  unit: Unit;
  /** For rates: per how many (e.g. 1000). */
  ratePer: number | null;
  polarity: Polarity;
  frequency: Frequency;
  /** For annual measures: which kind of year. */
  yearKind: YearKind;
  aggregation: Aggregation;
  decimals: number;
  category: MeasureCategory;
  /** Reference in the Single Data List or a national indicator set, where there is one. */
  nationalReference: string | null;
  ownerId: string | null;
  orgUnitId: string | null;
  /** Figures broken down by ward. */
  byWard: boolean;
  /** The comparator group (e.g. nearest neighbours) it is benchmarked against. */
  comparatorGroupId: string | null;
  /** For calculated measures: the formula over other measures' codes. */
  formula: string | null;
  /** Default tolerance around the target. */
  tolerance: number | null;
  toleranceKind: ToleranceKind;
  /** Days after a period ends by which its figure is due. */
  dueLagDays: number;
  /** Marked for publication on the public pages. */
  isPublic: boolean;
  state: MeasureState;
  /** Ids of strategy items this measure evidences. */
  strategyItemIds: string[];
}
