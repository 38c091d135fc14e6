import { chiSquaredQuantile } from './chi-squared.js';
import type { Limits } from './count.js';
import { zForConfidence } from './normal.js';

/**
 * Control limits around a benchmark: the range within which a figure would fall by chance if
 * the area's true value were the benchmark, given the area's size. These are the limits of
 * PHE's funnel plots, and of Fingertips' "SPC for proportions" and "SPC for DSR" comparisons.
 */

/**
 * Limits for a proportion around the benchmark proportion p₀ (0–1 scale) for a denominator N:
 * the Wilson score interval about the expected count E = N p₀,
 *   (2E + z² ∓ z√(z² + 4E(1 − E/N))) / (2(N + z²)),
 * as Fingertips' SpcForProportionsComparer. Null unless 0 ≤ p₀ ≤ 1, N > 0 and both are finite.
 */
export function proportionControlLimits(
  benchmark: number,
  denominator: number,
  confidence: number,
): Limits | null {
  if (!(benchmark >= 0 && benchmark <= 1) || !(denominator > 0) || !Number.isFinite(denominator)) return null;
  const z = zForConfidence(confidence);
  if (z === null) return null;
  const z2 = z * z;
  const expected = denominator * benchmark;
  const spread = z * Math.sqrt(z2 + 4 * expected * (1 - expected / denominator));
  const centre = 2 * expected + z2;
  const divisor = 2 * (denominator + z2);
  return { lower: (centre - spread) / divisor, upper: (centre + spread) / divisor };
}

/**
 * Limits for a rate around the benchmark rate (per perN) for a population: exact Poisson limits
 * about the expected count E = benchmark × population / perN, scaled back to a rate. As in
 * Fingertips' PoisLow/PoisHigh (which it finds by bisection), a fractional E is bounded by the
 * whole counts either side: the lower limit is the mean m with P(K ≥ ⌈E⌉ | m) = (1 − c)/2 and the
 * upper the mean with P(K ≤ ⌊E⌋ | m) = (1 − c)/2, i.e. chi-squared quantiles. (So for an area
 * expecting well under one event the lower limit, for one event, lies above the benchmark.) Null unless the
 * benchmark is ≥ 0, the population and perN are > 0, and all are finite.
 */
export function rateControlLimits(
  benchmark: number,
  population: number,
  confidence: number,
  perN: number = 100_000,
): Limits | null {
  if (!(benchmark >= 0) || !(population > 0) || !(perN > 0)) return null;
  if (!Number.isFinite(benchmark + population + perN)) return null;
  if (!(confidence > 0 && confidence < 1)) return null;
  const tail = (1 - confidence) / 2;
  const expected = benchmark * (population / perN);
  const atLeast = Math.ceil(expected);
  const atMost = Math.floor(expected);
  const lowerMean = atLeast === 0 ? 0 : (chiSquaredQuantile(tail, 2 * atLeast) ?? NaN) / 2;
  const upperMean = (chiSquaredQuantile(1 - tail, 2 * (atMost + 1)) ?? NaN) / 2;
  if (Number.isNaN(lowerMean) || Number.isNaN(upperMean)) return null;
  return { lower: (lowerMean / population) * perN, upper: (upperMean / population) * perN };
}
