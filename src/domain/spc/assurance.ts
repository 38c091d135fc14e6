/**
 * Assurance: whether the process, as its limits describe it now, will meet a target. For a single
 * target this follows NHSRplotthedots' `ptd_calculate_assurance_type`: a target beyond a limit
 * (strictly) on the failing side means every likely figure passes; beyond a limit on the passing
 * side, every likely figure fails; between the limits, hit and miss.
 *
 * The package has no target bands. A band is judged the same way by containment: limits wholly
 * inside the band pass, limits wholly outside it fail, anything else is hit and miss.
 */
import type { Assurance, ImprovementDirection, TargetBand } from './types.js';

export function isTargetBand(target: number | TargetBand): target is TargetBand {
  return typeof target === 'object';
}

/** Is the target usable: finite, and for a band, lower ≤ upper? */
export function isValidTarget(target: number | TargetBand): boolean {
  if (!isTargetBand(target)) return Number.isFinite(target);
  return Number.isFinite(target.lower) && Number.isFinite(target.upper) && target.lower <= target.upper;
}

/**
 * Null when there is no target, no limits, or a single target with no improvement direction
 * (with nothing better, nothing passes).
 */
export function assuranceOf(
  lowerLimit: number | null,
  upperLimit: number | null,
  target: number | TargetBand | null | undefined,
  improvement: ImprovementDirection,
): Assurance | null {
  if (target == null || lowerLimit === null || upperLimit === null || !isValidTarget(target)) return null;

  if (isTargetBand(target)) {
    if (target.lower < lowerLimit && upperLimit < target.upper) return 'consistently_passing';
    if (upperLimit < target.lower || lowerLimit > target.upper) return 'consistently_failing';
    return 'hit_and_miss';
  }

  if (improvement === 'neutral') return null;
  const higherIsBetter = improvement === 'increase';
  if (target > upperLimit) return higherIsBetter ? 'consistently_failing' : 'consistently_passing';
  if (target < lowerLimit) return higherIsBetter ? 'consistently_passing' : 'consistently_failing';
  return 'hit_and_miss';
}
