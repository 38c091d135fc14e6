/**
 * How the demo catalogue describes a measure: the measure's own fields, kept short with
 * defaults, plus the shape its figures should take (level, trend, seasonality, steps) and the
 * words its owner uses in commentary.
 */
import type {
  Aggregation,
  Frequency,
  MeasureCategory,
  Polarity,
  ToleranceKind,
  Unit,
  YearKind,
} from '../domain/measure.js';
import type { QualityFlag } from '../domain/figures.js';

export interface FigureShape {
  /** The authority's figure in April 2015 (for counts, per period; for cumulative, at year end). */
  level: number;
  /** Change per year, in the measure's unit. */
  trend?: number;
  /** Standard deviation of the period-to-period noise, in the measure's unit. */
  noise?: number;
  /** A yearly cycle: `amplitude` above the trend at `peakMonth` (1 = January), as far below opposite. */
  season?: { amplitude: number; peakMonth: number };
  /**
   * Genuine step changes from the period starting at `from` (a month, e.g. '2016-10'); a
   * `national` step (a new method or exam) moves the comparators too.
   */
  steps?: { from: string; change: number; national?: boolean }[];
  /** Ratio measures: the denominator in April 2015 (per period), growing by `denominatorGrowth` a year. */
  denominator?: number;
  denominatorGrowth?: number;
  /** Decimal places of numerators and denominators (e.g. 1 for days lost and FTE); counts are whole. */
  partDecimals?: number;
  /**
   * The city's figure comes from another measure, so the two always agree: its value as this
   * numerator (a rate of a count), its figure at the end of the period (a year-end position), or
   * its periods added up (a year of monthly flows). The shape still drives comparators and targets.
   */
  derivedFrom?: { measure: string; take: 'numerator' | 'period-end' | 'sum-of-periods' };
  /** Figures build up through the financial year (e.g. council tax collected to date). */
  cumulative?: boolean;
  /**
   * For year-to-date figures: the share of the year's total reached by the end of each month,
   * April to March (e.g. council tax paid in ten instalments). Evenly through the year if omitted.
   */
  cumulativeProfile?: readonly number[];
  /** Ratio measures: the denominator for each year of the plan (e.g. each year's savings target). */
  denominatorByYear?: readonly number[];
  /** Ward-level measures: how strongly the figure follows deprivation (0 = by population only). */
  wardSkew?: number;
  min?: number;
  max?: number;
}

/** England, regional and nearest-neighbour figures for a national indicator. */
export interface ComparatorShape {
  england: number;
  /** West Midlands; defaults to between England and the authority. */
  region?: number;
  /** The neighbours' average; defaults to between England and the authority. */
  neighbours?: number;
  /** How far the neighbours spread around their average (standard deviation). */
  spread: number;
  /** England's change per year; neighbours follow it. */
  trend?: number;
}

export type TargetShape =
  | { values: number[] }
  | { band: [number, number] }
  /** In the good direction from where the measure stood when the year began. */
  | { ambition: number };

export interface Narrative {
  /** Why performance held up, in the owner's words. */
  onTrack: string;
  /** Why it fell short. */
  offTrack: string;
  /** What is being done next. */
  next: string;
}

export interface MeasureSpec {
  id: string;
  title: string;
  category: MeasureCategory;
  nationalReference?: string;
  unit: Unit;
  ratePer?: number;
  polarity: Polarity;
  frequency: Frequency;
  yearKind?: YearKind;
  /** Defaults: counts and money 'sum', ratios 'ratio', days and scores 'mean'. */
  aggregation?: Aggregation;
  decimals?: number;
  /** The owning unit (a team or a service); its leader owns the measure. */
  unitId: string;
  /** The strategy items it evidences. */
  links: string[];
  byWard?: boolean;
  compare?: ComparatorShape;
  isPublic?: boolean;
  /** A calculated measure: the formula's text, its inputs and how they combine. */
  formula?: { text: string; inputs: string[]; combine: (inputs: number[]) => number };
  tolerance?: number;
  toleranceKind?: ToleranceKind;
  dueLagDays?: number;
  definition: string;
  numerator?: string;
  denominator?: string;
  source: string;
  calculation?: string;
  caveats?: string;
  /** How its figures move; not needed for a calculated measure. */
  figures?: FigureShape;
  /** Omitted: a target 'ambition' of one noise step; 'none' for monitoring-only measures. */
  target?: TargetShape | 'none';
  narrative?: Narrative;
  /** The latest period's figure has not arrived (late data). */
  late?: boolean;
  /** Data-quality flags and notes on particular periods. */
  flags?: { period: string; flag: QualityFlag | null; note: string }[];
}
