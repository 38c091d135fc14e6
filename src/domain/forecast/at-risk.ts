/**
 * Whether a year-end forecast puts the target at risk. The target is at risk when it lies outside
 * the likely range on the wrong side: above all of it when higher is better, below all of it when
 * lower is better, clear of it either way for a band. Meeting a target exactly counts as meeting it.
 */
import type { Polarity } from '../measure.js';

export interface TargetRange {
  lower: number;
  upper: number;
}

export const FORECAST_VERDICTS = [
  /** The target lies beyond the likely range on the wrong side: at risk. */
  'likely-to-miss',
  /** The target lies within the likely range. */
  'could-go-either-way',
  /** All of the likely range meets the target. */
  'likely-to-meet',
  'no-target',
  /** A single target on a measure where neither direction is better. */
  'no-direction',
  /** A target that is not a finite number, a band given upside down, or a band open at both ends. */
  'unusable-target',
] as const;
export type ForecastVerdict = (typeof FORECAST_VERDICTS)[number];

export function judgeForecast(
  target: number | TargetRange | null,
  polarity: Polarity,
  lower: number,
  upper: number,
): ForecastVerdict {
  if (target === null) return 'no-target';

  if (typeof target === 'object') {
    // An open edge ("45 or more") is an infinite one; a band open at both ends is no target.
    if (
      Number.isNaN(target.lower) ||
      Number.isNaN(target.upper) ||
      target.lower > target.upper ||
      target.lower === Infinity ||
      target.upper === -Infinity ||
      (target.lower === -Infinity && target.upper === Infinity)
    ) {
      return 'unusable-target';
    }
    if (upper < target.lower || lower > target.upper) return 'likely-to-miss';
    if (target.lower <= lower && upper <= target.upper) return 'likely-to-meet';
    return 'could-go-either-way';
  }

  if (!Number.isFinite(target)) return 'unusable-target';
  switch (polarity) {
    case 'higher-better':
      return upper < target ? 'likely-to-miss' : lower >= target ? 'likely-to-meet' : 'could-go-either-way';
    case 'lower-better':
      return lower > target ? 'likely-to-miss' : upper <= target ? 'likely-to-meet' : 'could-go-either-way';
    case 'within-band':
    case 'neutral':
      return 'no-direction';
  }
}
