import { chiSquaredQuantile } from './chi-squared.js';
import { zForConfidence } from './normal.js';

/**
 * Confidence limits for an observed count of events, treated as Poisson, on the count scale.
 * The limit functions below take z (or the confidence) already worked out so that the rate and
 * DSR functions, run over thousands of series, neither allocate nor repeat the normal quantile.
 */

/** Lower and upper confidence limits for a count or rate. */
export interface Limits {
  lower: number;
  upper: number;
}

/**
 * Byar's approximation to the lower limit (Breslow & Day 1987), as PHE's byars_lower:
 * x (1 − 1/(9x) − z/(3√x))³. NaN when it fails (x = 0, or negative for a count below about 2),
 * which the callers turn into null.
 */
export function byarsLowerLimit(x: number, z: number): number {
  const root = 1 - 1 / (9 * x) - z / (3 * Math.sqrt(x));
  // R cubes with powl; Math.pow rounds the same way where root·root·root can differ by an ulp.
  const lower = x * Math.pow(root, 3);
  return lower >= 0 ? lower : NaN;
}

/** Byar's upper limit, as PHE's byars_upper: (x + 1)(1 − 1/(9(x + 1)) + z/(3√(x + 1)))³. */
export function byarsUpperLimit(x: number, z: number): number {
  const next = x + 1;
  const root = 1 - 1 / (9 * next) + z / (3 * Math.sqrt(next));
  return next * Math.pow(root, 3);
}

/**
 * Byar's confidence limits for a count x. Null for x ≤ 0 (the method has no lower limit there;
 * use exactPoissonInterval), a non-finite x, a confidence outside (0, 1), or a count so small at
 * so high a confidence that the lower limit would be negative (PHE reports that as missing).
 */
export function byarsInterval(x: number, confidence: number): Limits | null {
  if (!Number.isFinite(x) || !(x > 0)) return null;
  const z = zForConfidence(confidence);
  if (z === null) return null;
  const lower = byarsLowerLimit(x, z);
  if (Number.isNaN(lower)) return null;
  return { lower, upper: byarsUpperLimit(x, z) };
}

/** The exact (Garwood) lower limit: qchisq((1 − c)/2, 2x)/2, and 0 when no events were seen. */
export function exactPoissonLowerLimit(x: number, confidence: number): number {
  if (x === 0) return 0;
  return (chiSquaredQuantile((1 - confidence) / 2, 2 * x) ?? NaN) / 2;
}

/** The exact (Garwood) upper limit: qchisq(c + (1 − c)/2, 2x + 2)/2. */
export function exactPoissonUpperLimit(x: number, confidence: number): number {
  return (chiSquaredQuantile(confidence + (1 - confidence) / 2, 2 * x + 2) ?? NaN) / 2;
}

/**
 * Exact Poisson confidence limits for a count x from the chi-squared distribution, as phe_rate
 * computes them for counts under 10 (the probabilities are formed as PHE's R code forms them).
 * Null for a negative or non-finite x or a confidence outside (0, 1).
 */
export function exactPoissonInterval(x: number, confidence: number): Limits | null {
  if (!Number.isFinite(x) || x < 0 || !(confidence > 0 && confidence < 1)) return null;
  const lower = exactPoissonLowerLimit(x, confidence);
  const upper = exactPoissonUpperLimit(x, confidence);
  if (Number.isNaN(lower) || Number.isNaN(upper)) return null;
  return { lower, upper };
}
