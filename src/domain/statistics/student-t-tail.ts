import { logBeta, poissonDensity } from './gamma.js';
import { incompleteBeta } from './incomplete-beta.js';
import { incompleteGamma } from './incomplete-gamma.js';

/**
 * The upper tail of Student's t, P(T > t) = ½ I_x(ν/2, ½) with x = ν/(ν + t²), for t ≥ 0.
 *
 * For large ν the beta continued fraction crawls (its steps fall below rounding and it stops
 * up to 1e-9 short at ν = 10⁹), so there we use an expansion in incomplete gamma functions, the
 * idea behind DiDonato and Morris's BGRAT (TOMS 708): with s = e^(−w),
 *   I_x(a, b) = (1/B(a, b)) ∫_{w₀}^∞ e^(−aw) (1 − e^(−w))^(b−1) dw,   w₀ = −ln x,
 * and writing (1 − e^(−w))^(b−1) = w^(b−1) Σ cₖ wᵏ, each term integrates to Γ(b + k) Q(b + k, a w₀) / a^(b+k).
 * The terms shrink like k!/aᵏ and (w₀/2π)ᵏ, so a dozen give full precision when a is large.
 */

const EXPANSION_FROM_DF = 2000;
const TERMS = 24;

/**
 * cₖ, the power-series coefficients of ((1 − e^(−w))/w)^(−½), by the rule for a power of a
 * series: if f = Σ fⱼ wʲ with f₀ = 1 and g = f^β, then n gₙ = Σ_{k=1..n} ((β + 1)k − n) fₖ gₙ₋ₖ.
 */
function expansionCoefficients(): Float64Array {
  const beta = -0.5;
  const f = new Float64Array(TERMS);
  let factorial = 1;
  for (let j = 0; j < TERMS; j++) {
    factorial *= j + 1;
    f[j] = (j % 2 === 0 ? 1 : -1) / factorial; // (1 − e^(−w))/w = Σ (−w)ʲ / (j + 1)!
  }
  const g = new Float64Array(TERMS);
  g[0] = 1;
  for (let n = 1; n < TERMS; n++) {
    let sum = 0;
    for (let k = 1; k <= n; k++) sum += ((beta + 1) * k - n) * f[k]! * g[n - k]!;
    g[n] = sum / n;
  }
  return g;
}

const COEFFICIENTS = expansionCoefficients();
const LN_GAMMA_HALF = 0.5 * Math.log(Math.PI);

/** I_x(a, ½) for large a, given w₀ = −ln x, by the incomplete-gamma expansion above. */
function largeShapeBeta(a: number, w0: number): number {
  const z = a * w0;
  // Γ(½ + k)/(a^(½+k) B(a, ½)) = ratio × (½)(3/2)…(k − ½)/aᵏ, where ratio = Γ(½)/(√a B(a, ½)).
  const ratio = Math.exp(LN_GAMMA_HALF - logBeta(a, 0.5) - 0.5 * Math.log(a));
  let q = incompleteGamma(0.5, z, true);
  let scale = 1;
  let sum = q;
  for (let k = 1; k < TERMS; k++) {
    // Q(s + 1, z) = Q(s, z) + zˢ e^(−z)/Γ(s + 1): every step adds, so the recurrence is stable.
    q += poissonDensity(k - 0.5, z);
    scale *= (k - 0.5) / a;
    const term = COEFFICIENTS[k]! * scale * q;
    sum += term;
    if (Math.abs(term) < 1e-17 * sum) break;
  }
  return ratio * sum;
}

/** P(T > t) for t ≥ 0 and ν = df > 0. */
export function studentTUpperTail(t: number, df: number): number {
  const t2 = t * t;
  const w0 = Math.log1p(t2 / df);
  // The series in w converges for w < 2π; beyond w₀ = 1 the fraction is quick anyway (x < 0.37).
  if (df >= EXPANSION_FROM_DF && w0 < 1) return 0.5 * largeShapeBeta(df / 2, w0);
  const total = df + t2;
  return 0.5 * incompleteBeta(df / total, t2 / total, df / 2, 0.5, false);
}
