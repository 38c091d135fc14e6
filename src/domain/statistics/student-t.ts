import { logBeta } from './gamma.js';
import { normalQuantile } from './normal.js';
import { rememberByDegrees } from './quantile-memo.js';
import { studentTUpperTail as upperTail } from './student-t-tail.js';

/** Student's t distribution: its cdf and quantile, from the upper tail in student-t-tail.ts. */

const MAX_STEPS = 200;
/** Quantiles beyond this (only for df well below 1 in the far tail) would overflow t². */
const LARGEST_T = 1e150;

/** The density of t(df) at t, with the normalising constant from a cancellation-free ln B. */
function density(t: number, df: number): number {
  return Math.exp(-logBeta(df / 2, 0.5) - ((df + 1) / 2) * Math.log1p((t * t) / df)) / Math.sqrt(df);
}

/** P(T ≤ t) for T ~ t(df). Null for df ≤ 0 or a NaN. */
export function studentTCdf(t: number, df: number): number | null {
  if (!(df > 0) || Number.isNaN(t)) return null;
  if (t === Infinity) return 1;
  if (t === -Infinity) return 0;
  const tail = upperTail(Math.abs(t), df);
  return t < 0 ? tail : 1 - tail;
}

/**
 * A starting point for the upper-tail quantile: the Cornish–Fisher expansion about the normal
 * quantile (good for large ν), or the power-law tail P(T > t) ≈ ν^(ν/2 − 1) t^(−ν) / B(ν/2, ½)
 * (good for small ν far out) — whichever is larger, since each underestimates where it fails;
 * once ν ≥ max(3, 2z²) the expansion alone.
 */
function firstGuess(tail: number, df: number): number {
  const z = normalQuantile(1 - tail) ?? 0;
  const z2 = z * z;
  const g1 = (z2 + 1) * z * 0.25;
  const g2 = (((5 * z2 + 16) * z2 + 3) * z) / 96;
  const g3 = ((((3 * z2 + 19) * z2 + 17) * z2 - 15) * z) / 384;
  const g4 = (((((79 * z2 + 776) * z2 + 1482) * z2 - 1920) * z2 - 945) * z) / 92160;
  const expansion = z + (g1 + (g2 + (g3 + g4 / df) / df) / df) / df;
  // Near the normal the expansion is excellent and the power law far too large.
  if (df >= 3 && df >= 2 * z2) return expansion;
  const powerLaw = Math.sqrt(df) * Math.exp(-(Math.log(df * tail) + logBeta(df / 2, 0.5)) / df);
  const guess = Math.max(expansion, Number.isFinite(powerLaw) ? powerLaw : 0);
  return guess > 0 ? guess : 1;
}

/**
 * The t with P(T > t) = tail, for 0 < tail < ½. Newton's method on ln P(T > t) against ln t,
 * which is nearly straight in the heavy tail and concave throughout, so the iteration
 * overshoots at most once; a shrinking bracket guards it all the same.
 */
function upperQuantile(tail: number, df: number): number | null {
  if ((df < 1 || tail < 1e-100) && upperTail(LARGEST_T, df) > tail) return null;
  const logTarget = Math.log(tail);
  let low = -Infinity;
  let high = Math.log(LARGEST_T);
  let u = Math.min(Math.log(firstGuess(tail, df)), high);
  for (let step = 0; step < MAX_STEPS; step++) {
    const t = Math.exp(u);
    const current = upperTail(t, df);
    const gap = Math.log(current) - logTarget;
    if (gap === 0) return t;
    if (gap > 0) low = u;
    else high = u;
    const slope = (-t * density(t, df)) / current;
    let next = u - gap / slope;
    // Converged when the step is within two ulps (finer steps only oscillate in the last bit);
    // tested before the bracket, which a converged step may graze.
    if (Math.abs(next - u) <= 4.5e-16 * Math.max(1, Math.abs(u))) return Math.exp(next);
    if (!(next > low && next < high) || !Number.isFinite(next)) {
      next = Number.isFinite(low) && Number.isFinite(high) ? 0.5 * (low + high) : gap > 0 ? u + 1 : u - 1;
    }
    u = next;
  }
  return Math.exp(u);
}

/**
 * The p-quantile of Student's t with df degrees of freedom, as R's qt(p, df); df may be
 * fractional. Null unless 0 < p < 1 and df > 0, or when |t| would exceed 1e150. One and two degrees of freedom have closed forms.
 */
export function studentTQuantile(p: number, df: number): number | null {
  return rememberedQuantile(p, df);
}

const rememberedQuantile = rememberByDegrees(quantile);

function quantile(p: number, df: number): number | null {
  if (!(p > 0 && p < 1) || !(df > 0) || Number.isNaN(df)) return null;
  if (p === 0.5) return 0;
  // For p ≥ ½, 1 − p is exact (Sterbenz), so the smaller tail is always known exactly.
  const tail = p < 0.5 ? p : 1 - p;
  let t: number | null;
  if (df === 1) t = 1 / Math.tan(Math.PI * tail);
  else if (df === 2) t = (1 - 2 * tail) / Math.sqrt(2 * tail * (1 - tail));
  else if (df === Infinity) t = -(normalQuantile(tail) ?? 0);
  else t = upperQuantile(tail, df);
  if (t === null || !Number.isFinite(t)) return null;
  return p < 0.5 ? -t : t;
}
