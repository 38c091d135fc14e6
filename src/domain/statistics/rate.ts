import { byarsLowerLimit, byarsUpperLimit, exactPoissonLowerLimit, exactPoissonUpperLimit } from './count.js';
import { zForConfidence } from './normal.js';
import type { Interval } from './proportion.js';

/** A crude rate with its limits and which method gave them. */
export interface RateInterval extends Interval {
  method: 'exact' | 'byars';
}

/** PHE uses the exact method below this many events; Byar's approximation is poor there. */
export const EXACT_BELOW_COUNT = 10;

/**
 * The rate x/n × perN with confidence limits as PHE's phe_rate gives them: exact Poisson limits
 * (chi-squared) when x < 10, Byar's otherwise. Null when n ≤ 0, x < 0, perN ≤ 0, an input is not
 * finite, or the confidence is not in (0, 1).
 */
export function rateInterval(
  x: number,
  n: number,
  confidence: number,
  perN: number = 100_000,
): RateInterval | null {
  if (!Number.isFinite(x) || !Number.isFinite(n) || !Number.isFinite(perN)) return null;
  if (x < 0 || n <= 0 || perN <= 0) return null;
  const z = zForConfidence(confidence);
  if (z === null) return null;
  const exact = x < EXACT_BELOW_COUNT;
  const lower = exact ? exactPoissonLowerLimit(x, confidence) : byarsLowerLimit(x, z);
  const upper = exact ? exactPoissonUpperLimit(x, confidence) : byarsUpperLimit(x, z);
  if (Number.isNaN(lower) || Number.isNaN(upper)) return null;
  return {
    value: (x / n) * perN,
    lower: (lower / n) * perN,
    upper: (upper / n) * perN,
    method: exact ? 'exact' : 'byars',
  };
}
