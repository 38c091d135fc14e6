/**
 * The centre line and process limits of one phase of an XmR chart, computed as NHSRplotthedots'
 * `ptd_spc_standard` does: limits at the mean ± 2.66 average moving ranges, with unusually large
 * moving ranges screened out first (Nelson, 1982).
 */

/** 3 / d2 for moving ranges of two points (d2 = 1.128): the distance to the limits in average moving ranges. */
export const LIMIT_SCALE = 2.66;

/** Two of the three sigmas to the limits, as the package writes it: 2 × (2.66 / 3). */
export const TWO_SIGMA_SCALE = 2 * (LIMIT_SCALE / 3);

/** D4 for moving ranges of two points: a moving range this many times the average, or more, is screened out. */
export const SCREEN_SCALE = 3.267;

/** A phase with fewer figures than this has trial limits (the package's default warning threshold). */
export const TRIAL_LIMIT_FIGURES = 13;

export interface PhaseLimits {
  mean: number;
  /** Null with a single figure: there is no moving range, so no limits. */
  averageMovingRange: number | null;
  lowerLimit: number | null;
  upperLimit: number | null;
  lowerTwoSigma: number | null;
  upperTwoSigma: number | null;
  screenedMovingRanges: number;
}

/**
 * Mean and limits from the first `count` entries of `figures` (the phase's baseline, missing
 * figures already left out, in time order). Null when there are no figures.
 */
export function phaseLimits(
  figures: ArrayLike<number>,
  count: number,
  screenOutliers: boolean,
): PhaseLimits | null {
  if (count <= 0) return null;
  let sum = 0;
  for (let i = 0; i < count; i++) sum += figures[i]!;
  const mean = sum / count;
  if (count < 2) {
    return {
      mean,
      averageMovingRange: null,
      lowerLimit: null,
      upperLimit: null,
      lowerTwoSigma: null,
      upperTwoSigma: null,
      screenedMovingRanges: 0,
    };
  }

  let rangeSum = 0;
  for (let i = 1; i < count; i++) rangeSum += Math.abs(figures[i]! - figures[i - 1]!);
  let averageMovingRange = rangeSum / (count - 1);
  let screenedMovingRanges = 0;

  // With an average of 0 every range is 0 and the package's "keep ranges below 3.267 × 0" would
  // drop them all and leave no average; a flat series has nothing to screen, so it is skipped.
  if (screenOutliers && averageMovingRange > 0) {
    const threshold = SCREEN_SCALE * averageMovingRange;
    let kept = 0;
    let keptSum = 0;
    for (let i = 1; i < count; i++) {
      const range = Math.abs(figures[i]! - figures[i - 1]!);
      if (range < threshold) {
        kept++;
        keptSum += range;
      }
    }
    screenedMovingRanges = count - 1 - kept;
    // Some range is always below 3.267 × the average of all ranges, so `kept` is never 0.
    averageMovingRange = keptSum / kept;
  }

  const reach = LIMIT_SCALE * averageMovingRange;
  const nearReach = TWO_SIGMA_SCALE * averageMovingRange;
  return {
    mean,
    averageMovingRange,
    lowerLimit: mean - reach,
    upperLimit: mean + reach,
    lowerTwoSigma: mean - nearReach,
    upperTwoSigma: mean + nearReach,
    screenedMovingRanges,
  };
}
