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

/** A phase's lines as plain numbers, written in place by `writeLines`: for charts drawn in bulk. */
export interface PhaseLines {
  mean: number;
  averageMovingRange: number;
  lowerLimit: number;
  upperLimit: number;
  lowerTwoSigma: number;
  upperTwoSigma: number;
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
  const lines: PhaseLines = {
    mean: 0,
    averageMovingRange: 0,
    lowerLimit: 0,
    upperLimit: 0,
    lowerTwoSigma: 0,
    upperTwoSigma: 0,
    screenedMovingRanges: 0,
  };
  const limited = writeLines(figures, count, screenOutliers, lines);
  return {
    mean: lines.mean,
    averageMovingRange: limited ? lines.averageMovingRange : null,
    lowerLimit: limited ? lines.lowerLimit : null,
    upperLimit: limited ? lines.upperLimit : null,
    lowerTwoSigma: limited ? lines.lowerTwoSigma : null,
    upperTwoSigma: limited ? lines.upperTwoSigma : null,
    screenedMovingRanges: lines.screenedMovingRanges,
  };
}

/**
 * `phaseLimits` written into `lines`, for 1 ≤ `count`: the mean always, and the other lines
 * only where there are limits, which the answer says: with a single figure there is no moving
 * range, so none.
 */
export function writeLines(
  figures: ArrayLike<number>,
  count: number,
  screenOutliers: boolean,
  lines: PhaseLines,
): boolean {
  let sum = 0;
  for (let i = 0; i < count; i++) sum += figures[i]!;
  const mean = sum / count;
  lines.mean = mean;
  lines.screenedMovingRanges = 0;
  if (count < 2) return false;

  let rangeSum = 0;
  for (let i = 1; i < count; i++) rangeSum += Math.abs(figures[i]! - figures[i - 1]!);
  let averageMovingRange = rangeSum / (count - 1);

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
    lines.screenedMovingRanges = count - 1 - kept;
    // Some range is always below 3.267 × the average of all ranges, so `kept` is never 0.
    averageMovingRange = keptSum / kept;
  }

  const reach = LIMIT_SCALE * averageMovingRange;
  const nearReach = TWO_SIGMA_SCALE * averageMovingRange;
  lines.averageMovingRange = averageMovingRange;
  lines.lowerLimit = mean - reach;
  lines.upperLimit = mean + reach;
  lines.lowerTwoSigma = mean - nearReach;
  lines.upperTwoSigma = mean + nearReach;
  return true;
}
