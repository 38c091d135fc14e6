import { poissonDensity } from './gamma.js';

/**
 * The regularised incomplete gamma functions P(a, x) and Q(a, x) = 1 − P(a, x).
 *
 * Below x = a + 1 the power series for P converges quickly; above it the continued fraction for
 * Q does. Each side is returned directly rather than as one minus the other, so that a small
 * upper tail (Q = 0.001 for a 99.8% interval) keeps its relative precision.
 */

const EPSILON = Number.EPSILON;
/** Keeps the modified Lentz recurrence away from division by zero. */
const TINY = 1e-300;

function iterationLimit(a: number): number {
  // Both expansions need O(√a) terms near the mode; leave generous room.
  return 1000 + 20 * Math.ceil(Math.sqrt(a));
}

/** Σ xᵏ / ((a + 1)…(a + k)), so that P(a, x) = poissonDensity(a, x) × this sum. */
function lowerSeries(a: number, x: number): number {
  let term = 1;
  let sum = 1;
  const limit = iterationLimit(a) + 2 * x;
  for (let k = 1; k < limit; k++) {
    term *= x / (a + k);
    sum += term;
    if (term < sum * EPSILON) break;
  }
  return sum;
}

/** The continued fraction 1/(x + 1 − a − 1(1 − a)/(x + 3 − a − 2(2 − a)/(x + 5 − a − …))). */
function upperFraction(a: number, x: number): number {
  let b = x + 1 - a;
  let c = 1 / TINY;
  let d = 1 / b;
  let h = d;
  const limit = iterationLimit(a);
  for (let i = 1; i < limit; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < TINY) d = TINY;
    c = b + an / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < EPSILON) break;
  }
  return h;
}

/**
 * P(a, x) when `upper` is false, Q(a, x) when it is true; a > 0, x ≥ 0.
 * The caller checks its arguments: this returns NaN for nonsense rather than null.
 */
export function incompleteGamma(a: number, x: number, upper: boolean): number {
  if (x <= 0) return upper ? 1 : 0;
  if (x === Infinity) return upper ? 0 : 1;
  if (x < a + 1) {
    const lower = poissonDensity(a, x) * lowerSeries(a, x);
    return upper ? 1 - lower : lower;
  }
  // e^(−x) xᵃ / Γ(a) = a × e^(−x) xᵃ / Γ(a + 1)
  const tail = a * poissonDensity(a, x) * upperFraction(a, x);
  return upper ? tail : 1 - tail;
}

/** The density of the gamma distribution with shape a and scale 1: x^(a−1) e^(−x) / Γ(a). */
export function gammaDensity(a: number, x: number): number {
  if (x <= 0) return 0;
  return (a * poissonDensity(a, x)) / x;
}
