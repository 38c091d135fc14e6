/**
 * The vocabulary of an XmR (individuals and moving range) chart, as NHS England's "Making Data
 * Count" and the NHS-R Community's NHSRplotthedots package use it.
 */

/** Which way is good. 'neutral' draws the chart without judging high or low. */
export const IMPROVEMENT_DIRECTIONS = ['increase', 'decrease', 'neutral'] as const;
export type ImprovementDirection = (typeof IMPROVEMENT_DIRECTIONS)[number];

/** What one special-cause point says, once the improvement direction is applied. */
export const SPECIAL_CAUSES = ['improvement', 'concern', 'neutral_high', 'neutral_low'] as const;
export type SpecialCause = (typeof SPECIAL_CAUSES)[number];

/**
 * The rules that mark a point as special cause, in the order the package tries them: a point that
 * matches several is labelled by the first.
 */
export const SPECIAL_CAUSE_RULES = ['outside_limits', 'trend', 'two_in_three', 'shift'] as const;
export type SpecialCauseRule = (typeof SPECIAL_CAUSE_RULES)[number];

/** The variation icon: what the latest point says about the process. */
export const VARIATIONS = [
  'common_cause',
  'special_cause_improvement',
  'special_cause_concern',
  'special_cause_neutral_high',
  'special_cause_neutral_low',
] as const;
export type Variation = (typeof VARIATIONS)[number];

/** The assurance icon: can the process, as it runs now, be relied on to meet the target? */
export const ASSURANCES = ['consistently_passing', 'consistently_failing', 'hit_and_miss'] as const;
export type Assurance = (typeof ASSURANCES)[number];

/** A target range: figures from `lower` to `upper` pass. */
export interface TargetBand {
  lower: number;
  upper: number;
}

export interface XmrOptions {
  improvement: ImprovementDirection;
  /** Leave unusually large moving ranges out of the limits (default true; false matches the MDC Excel tool). */
  screenOutliers?: boolean;
  /** A single target, judged by the improvement direction, or a band. */
  target?: number | TargetBand | null;
  /** Positions (0-based) at which a new phase, with its own mean and limits, starts. */
  rebaseAt?: readonly number[];
  /** Base each phase's mean and limits on its first `fixAfter` points only. */
  fixAfter?: number | null;
}

/** One phase of the chart: points `start` to `end − 1` share a mean and limits. */
export interface XmrPhase {
  start: number;
  end: number;
  /** Non-null figures in the phase. */
  figures: number;
  /** Figures that set the mean and limits (all of them unless `fixAfter` is given). */
  baselineFigures: number;
  /** Moving ranges left out of the average moving range by screening. */
  screenedMovingRanges: number;
  mean: number | null;
  averageMovingRange: number | null;
  lowerLimit: number | null;
  upperLimit: number | null;
  /** Two-sigma lines: two thirds of the way from the mean to each limit. */
  lowerTwoSigma: number | null;
  upperTwoSigma: number | null;
  /** Fewer figures than make reliable limits: they are trial limits until more data arrives. */
  trialLimits: boolean;
}

export interface XmrPoint {
  /** The figure; null where it is missing (it still has a place on the chart). */
  value: number | null;
  phase: number;
  mean: number | null;
  lowerLimit: number | null;
  upperLimit: number | null;
  specialCause: SpecialCause | null;
  rule: SpecialCauseRule | null;
}

export interface XmrChart {
  /** The latest phase's mean and limits: the ones that describe the process now. */
  mean: number | null;
  lowerLimit: number | null;
  upperLimit: number | null;
  phases: XmrPhase[];
  points: XmrPoint[];
  /** Null without a usable target, without limits, or for a single target with neutral direction. */
  assurance: Assurance | null;
  /** From the latest figure; null when there are no limits to judge it by. */
  variation: Variation | null;
  warnings: string[];
}

/** What a chart says, without its points: for statuses worked out by the hundred thousand. */
export interface XmrVerdict {
  /** The latest phase's mean and limits. */
  mean: number | null;
  lowerLimit: number | null;
  upperLimit: number | null;
  /** As `XmrChart.variation`. */
  variation: Variation | null;
  assurance: Assurance | null;
  /** The position of the latest figure in any phase; −1 without one. */
  latest: number;
  /** The latest figure's special cause. */
  specialCause: SpecialCause | null;
  /** Where the run of points with that special cause began (gaps do not end it); −1 without one. */
  since: number;
}
