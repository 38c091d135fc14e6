import { studentTQuantile } from './student-t.js';
import type { Interval } from './proportion.js';

/** A mean with its limits, the sample standard deviation and the number of values. */
export interface MeanInterval extends Interval {
  sd: number;
  n: number;
}

/**
 * The mean of the values with a confidence interval from Student's t on n − 1 degrees of
 * freedom, as PHE's phe_mean: mean ∓ |qt((1 − c)/2, n − 1)| × sd / √n, with sd the sample
 * standard deviation (divisor n − 1). Null with fewer than two values, a non-finite value, or a
 * confidence outside (0, 1).
 */
export function meanInterval(values: readonly number[], confidence: number): MeanInterval | null {
  const n = values.length;
  if (n < 2 || !(confidence > 0 && confidence < 1)) return null;
  let sum = 0;
  for (let i = 0; i < n; i++) sum += values[i]!;
  if (!Number.isFinite(sum)) return null;
  const mean = sum / n;
  // Two passes, as R's var does: summing squares of deviations avoids the cancellation of Σx² − n·mean².
  let squares = 0;
  for (let i = 0; i < n; i++) {
    const deviation = values[i]! - mean;
    squares += deviation * deviation;
  }
  const sd = Math.sqrt(squares / (n - 1));
  const t = studentTQuantile((1 - confidence) / 2, n - 1);
  if (t === null || !Number.isFinite(sd)) return null;
  const halfWidth = (Math.abs(t) * sd) / Math.sqrt(n);
  return { value: mean, lower: mean - halfWidth, upper: mean + halfWidth, sd, n };
}
