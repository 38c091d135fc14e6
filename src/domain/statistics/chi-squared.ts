import { logGamma } from './gamma.js';
import { gammaDensity, incompleteGamma } from './incomplete-gamma.js';
import { normalQuantile } from './normal.js';
import { rememberByDegrees } from './quantile-memo.js';

/**
 * The chi-squared distribution, through the gamma distribution with shape df/2 and scale 2.
 * The exact Poisson confidence limits (Garwood's method, as PHE's phe_rate uses for counts
 * under 10) are chi-squared quantiles, so these must be as good as R's qchisq.
 */

const MAX_STEPS = 200;

/** P(X ≤ x) for X ~ χ²(df). Null for df ≤ 0 or a NaN. */
export function chiSquaredCdf(x: number, df: number): number | null {
  if (!(df > 0) || Number.isNaN(x)) return null;
  return incompleteGamma(df / 2, x / 2, false);
}

/** P(X > x) for X ~ χ²(df), without the cancellation of 1 − cdf in the upper tail. */
export function chiSquaredUpperTail(x: number, df: number): number | null {
  if (!(df > 0) || Number.isNaN(x)) return null;
  return incompleteGamma(df / 2, x / 2, true);
}

/**
 * A starting point for the gamma(shape) quantile: the Wilson–Hilferty cube-root normal
 * approximation, or, in the lower tail of a small shape where that fails, the leading term of
 * the series P(a, x) ≈ xᵃ / Γ(a + 1).
 */
function firstGuess(shape: number, p: number): number {
  const df = 2 * shape;
  if (df < -1.24 * Math.log(p)) return Math.exp((Math.log(p) + logGamma(shape + 1)) / shape);
  const z = normalQuantile(p) ?? 0;
  const c = 2 / (9 * df);
  const cube = 1 - c + z * Math.sqrt(c);
  if (cube <= 0) return Math.exp((Math.log(p) + logGamma(shape + 1)) / shape);
  return (df * cube * cube * cube) / 2;
}

/**
 * The x with P(shape, x) = p, by Newton's method on the logarithm of the smaller tail: ln P
 * against ln x below the median (ln P is nearly straight there, even when the answer is 1e-300)
 * and ln Q against x above it (ln Q is nearly straight in the exponential tail). Both curves
 * are concave, so Newton overshoots at most once; a shrinking bracket guards it all the same.
 * Matching Q = 1 − p rather than P keeps relative precision at p = 0.999.
 */
function gammaQuantile(shape: number, p: number): number {
  const upper = p > 0.5;
  const logTarget = upper ? Math.log1p(-p) : Math.log(p);
  // The unknown is v = ln x below the median and v = x above it.
  let low = upper ? 0 : -Infinity;
  let high = Infinity;
  let guess = firstGuess(shape, p);
  if (!(guess > 0) || !Number.isFinite(guess)) guess = shape;
  let v = upper ? guess : Math.log(guess);
  for (let step = 0; step < MAX_STEPS; step++) {
    const x = upper ? v : Math.exp(v);
    if (x === 0) return 0;
    const tail = incompleteGamma(shape, x, upper);
    const gap = Math.log(tail) - logTarget;
    if (gap === 0) return x;
    // Too much probability in the lower tail, or too little in the upper, means x is too high.
    const tooHigh = gap > 0 !== upper;
    if (tooHigh) high = v;
    else low = v;
    const density = gammaDensity(shape, x);
    const slope = upper ? -density / tail : (x * density) / tail;
    let next = v - gap / slope;
    // Converged when the step is within two ulps (finer steps only oscillate in the last bit);
    // tested before the bracket, which a converged step may graze.
    if (Math.abs(next - v) <= 4.5e-16 * Math.max(1, Math.abs(v))) return upper ? next : Math.exp(next);
    if (!(next > low && next < high) || !Number.isFinite(next)) {
      if (Number.isFinite(low) && Number.isFinite(high)) next = 0.5 * (low + high);
      else if (upper) next = tooHigh ? 0.5 * v : 2 * v + 1;
      else next = tooHigh ? v - 1 : v + 1;
    }
    v = next;
  }
  return upper ? v : Math.exp(v);
}

/**
 * The p-quantile of χ²(df): the x with P(X ≤ x) = p, as R's qchisq(p, df). Null unless
 * 0 ≤ p < 1 and df > 0 (the quantile at p = 1 is infinite).
 */
export function chiSquaredQuantile(p: number, df: number): number | null {
  return rememberedQuantile(p, df);
}

const rememberedQuantile = rememberByDegrees(quantile);

function quantile(p: number, df: number): number | null {
  if (!(p >= 0 && p < 1) || !(df > 0) || !Number.isFinite(df)) return null;
  if (p === 0) return 0;
  return 2 * gammaQuantile(df / 2, p);
}
