import { zForConfidence } from './normal.js';

/** A figure with its confidence limits, all on the same scale. */
export interface Interval {
  value: number;
  lower: number;
  upper: number;
}

/**
 * The proportion x/n with its Wilson score interval, on the 0–1 scale, as PHEindicatormethods'
 * phe_proportion and wilson_lower/wilson_upper compute it (the arithmetic is kept in the same
 * order so that the limits agree with R's to the last bit or two):
 *   (2x + z² ∓ z√(z² + 4x(1 − x/n))) / 2 / (n + z²).
 * Unlike the textbook p ± z√(p(1−p)/n) it stays inside 0–1 and is sound at x = 0 and x = n.
 * Null when n ≤ 0, x < 0, x > n, an input is not finite, or the confidence is not in (0, 1).
 */
export function wilsonInterval(x: number, n: number, confidence: number): Interval | null {
  if (!Number.isFinite(x) || !Number.isFinite(n) || x < 0 || n <= 0 || x > n) return null;
  const z = zForConfidence(confidence);
  if (z === null) return null;
  const z2 = z * z;
  const spread = z * Math.sqrt(z2 + 4 * x * (1 - x / n));
  // At x = 0 and x = n the limits are exactly 0 and 1, but z·√(z²) ≠ z² can round them an ulp
  // off the scale; pin them there.
  const lower = x === 0 ? 0 : (2 * x + z2 - spread) / 2 / (n + z2);
  const upper = x === n ? 1 : (2 * x + z2 + spread) / 2 / (n + z2);
  return { value: x / n, lower: lower < 0 ? 0 : lower, upper: upper > 1 ? 1 : upper };
}
