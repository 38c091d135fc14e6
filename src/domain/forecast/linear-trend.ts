/**
 * A least-squares straight line through a measure's figures, with prediction intervals: the range
 * a single new figure at x is likely to fall in, from Student's t with n − 2 degrees of freedom:
 *
 *   ŷ ± t · s · √(1 + 1/n + (x − x̄)² / Sxx)
 *
 * where s is the residual standard error and Sxx = Σ(x − x̄)².
 */
import { studentTQuantile } from '../statistics/distributions.js';

export interface TrendPoint {
  x: number;
  y: number;
}

export interface TrendPrediction {
  value: number;
  lower: number;
  upper: number;
}

export interface LinearTrend {
  slope: number;
  intercept: number;
  /** √(Σ residual² / (n − 2)): the scatter of figures about the line. */
  residualStandardError: number;
  /** Points the line was fitted to. */
  n: number;
  degreesOfFreedom: number;
  meanX: number;
  /** Σ(x − x̄)²: how spread out the points are along x. */
  sumOfSquaresX: number;
  confidence: number;
  /** The two-sided Student's t multiplier for `confidence` with n − 2 degrees of freedom. */
  t: number;
  /** The line at x, with its prediction interval; null for an x that is not a finite number. */
  predict(x: number): TrendPrediction | null;
}

export interface LinearTrendOptions {
  /** The chance that a new figure falls inside the interval, between 0 and 1 (e.g. 0.95). */
  confidence: number;
}

/**
 * Null with fewer than 3 usable points (points with a non-finite x or y are left out), when every
 * point has the same x, or for a confidence outside (0, 1).
 */
export function linearTrend(
  points: readonly TrendPoint[],
  options: LinearTrendOptions = { confidence: 0.95 },
): LinearTrend | null {
  const { confidence } = options;
  if (!(confidence > 0 && confidence < 1)) return null;

  let n = 0;
  let sumX = 0;
  let sumY = 0;
  for (const { x, y } of points) {
    if (!Number.isFinite(x) || !Number.isFinite(y)) continue;
    n++;
    sumX += x;
    sumY += y;
  }
  if (n < 3) return null;
  const meanX = sumX / n;
  const meanY = sumY / n;

  // Sums about the means: far steadier than raw sums of squares when x is a large number like a month index.
  let sxx = 0;
  let sxy = 0;
  for (const { x, y } of points) {
    if (!Number.isFinite(x) || !Number.isFinite(y)) continue;
    sxx += (x - meanX) * (x - meanX);
    sxy += (x - meanX) * (y - meanY);
  }
  if (!(sxx > 0)) return null;
  const slope = sxy / sxx;
  const intercept = meanY - slope * meanX;

  let sse = 0;
  for (const { x, y } of points) {
    if (!Number.isFinite(x) || !Number.isFinite(y)) continue;
    const residual = y - (intercept + slope * x);
    sse += residual * residual;
  }
  const degreesOfFreedom = n - 2;
  const residualStandardError = Math.sqrt(sse / degreesOfFreedom);
  const t = studentTQuantile(1 - (1 - confidence) / 2, degreesOfFreedom);
  if (t === null || !Number.isFinite(residualStandardError)) return null;

  return {
    slope,
    intercept,
    residualStandardError,
    n,
    degreesOfFreedom,
    meanX,
    sumOfSquaresX: sxx,
    confidence,
    t,
    predict(x: number): TrendPrediction | null {
      if (!Number.isFinite(x)) return null;
      const value = intercept + slope * x;
      const distance = x - meanX;
      const halfWidth = t * residualStandardError * Math.sqrt(1 + 1 / n + (distance * distance) / sxx);
      return { value, lower: value - halfWidth, upper: value + halfWidth };
    },
  };
}
