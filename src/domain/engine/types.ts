/** What the engine takes in about a measure and what it gives back for one period. */
import type { Figure } from '../formula/index.js';
import type { YearEndForecast } from '../forecast/index.js';
import type { Measure } from '../measure.js';
import type { Assurance, SpecialCause, Variation, XmrChart } from '../spc/index.js';
import type { BenchmarkComparison, QuantileBand } from '../statistics/index.js';
import type { DirectionJudgement, DirectionResult } from '../status/direction.js';
import type { RagJudgement, RagResult } from '../status/rag.js';
import type { Confidence, FigureInterval } from './interval.js';
import type { TargetInput } from './series.js';

/** The parts of a measure the engine reads. */
export type MeasureDefinition = Pick<
  Measure,
  | 'id'
  | 'unit'
  | 'ratePer'
  | 'polarity'
  | 'frequency'
  | 'yearKind'
  | 'aggregation'
  | 'decimals'
  | 'tolerance'
  | 'toleranceKind'
  | 'dueLagDays'
> &
  /** A retired measure is no longer reported, so no later figure is ever overdue (by default active). */
  Partial<Pick<Measure, 'state'>>;

/** A benchmark's figure for the period: England, the region, or a comparator group's mean or median. */
export interface Benchmark {
  /** As it reads in a sentence: "England", "the West Midlands", "nearest neighbours". */
  name: string;
  areaCode?: string | null;
  value: number | null;
}

export interface MeasureStatusOptions {
  /** The period to judge (canonical text); by default the latest period with a figure. */
  period?: string;
  /** The level of the interval shown (default 0.95). Benchmarks are always compared at 95%. */
  confidence?: Confidence;
  /** Compare with benchmarks at 95% only (Fingertips' single level, default) or at 95% and 99.8%. */
  benchmarkLevels?: 'one' | 'two';
  /** Count a change on the previous period or last year only when the intervals do not overlap. */
  significantChangeOnly?: boolean;
  /** Leave unusually large moving ranges out of the SPC limits (default true). */
  screenOutliers?: boolean;
  /** Periods (canonical text) at which the SPC chart starts a new phase. */
  rebaseAt?: readonly string[];
  /** Write the plain-English summary (default true); a bulk run that needs only statuses may skip it. */
  summary?: boolean;
  /** The comparator group's figures for the period, this authority's own among them: for rank and quartile. */
  comparatorValues?: readonly (number | null)[];
}

/** The target that applied, and the period it was set for (a year's target may judge its months). */
export type AppliedTarget = TargetInput;

export interface BenchmarkStatus extends Benchmark {
  comparison: BenchmarkComparison | null;
  /** Why there is no comparison, where there is none. */
  reason: string | null;
}

/** What the SPC chart says, without the chart: what a dashboard of many measures shows. */
export interface SpcVerdict {
  variation: Variation | null;
  /** The latest figure's special cause, if it is one. */
  specialCause: SpecialCause | null;
  /** The period (canonical text) where the latest run of that special cause began. */
  since: string | null;
  assurance: Assurance | null;
}

export interface SpcStatus extends SpcVerdict {
  chart: XmrChart;
  /** The same period as `since`, as people write it ("June 2017"). */
  sinceLabel: string | null;
}

/**
 * Everything the engine judges about a measure for a period, as data, without the words: what a
 * roll-up or a dashboard of thousands of measures reads. Each reason is still there, as data.
 */
export interface MeasureVerdicts {
  measureId: string;
  period: string | null;
  dueDate: string | null;
  figure: Figure | null;
  target: AppliedTarget | null;
  /** RAG with its reason, and for how many periods running (this one included) it has held. */
  rag: RagJudgement & { runLength: number };
  direction: { previousPeriod: DirectionJudgement; samePeriodLastYear: DirectionJudgement };
  interval: FigureInterval | null;
  intervalReason: string | null;
  benchmarks: BenchmarkStatus[];
  /** Rank and quartile within the comparator group, where its figures were given. */
  groupPosition: QuantileBand | null;
  spc: SpcVerdict | null;
  forecast: YearEndForecast | null;
  /** Why there is no forecast, where there is none. */
  forecastReason: string | null;
  /** Problems with the input that left parts of the status out. */
  problems: string[];
}

/** The verdicts with their words: each status's sentence, the SPC chart and the summary. */
export interface MeasureStatus extends MeasureVerdicts {
  periodLabel: string | null;
  rag: RagResult & { runLength: number };
  direction: { previousPeriod: DirectionResult; samePeriodLastYear: DirectionResult };
  spc: SpcStatus | null;
  /** Null only when the options asked for no summary. */
  summary: string | null;
}
