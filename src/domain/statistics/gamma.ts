/**
 * Logarithms of the gamma and beta functions, and the Poisson density for a real-valued count.
 *
 * Everything here is written so that large arguments (a chi-squared with thousands of degrees
 * of freedom, a mean of thousands of values) keep full relative precision: the naive
 * `lnΓ(a) + lnΓ(b) − lnΓ(a + b)` loses about |lnΓ(a)| × 1e-16 to cancellation, which at
 * a = 10⁶ is already 1e-9. Following Loader (2000, "Fast and accurate computation of binomial
 * probabilities"), the large parts are cancelled algebraically and only Stirling's small
 * correction terms are subtracted numerically.
 */

/** ln √(2π) */
export const LN_SQRT_2PI = 0.9189385332046728;

/** Below this the Stirling series is not yet accurate to a few ulps, so we shift upwards. */
const STIRLING_FROM = 10;

/**
 * The remainder of Stirling's series, lnΓ(x) − [(x − ½)ln x − x + ln √(2π)], for x ≥ 10.
 * Coefficients are B₂ₖ / (2k(2k − 1)); eight terms leave an error below 1e-17 at x = 10.
 */
export function stirlingRemainder(x: number): number {
  const r = 1 / (x * x);
  return (
    (1 / 12 +
      r *
        (-1 / 360 +
          r *
            (1 / 1260 +
              r *
                (-1 / 1680 + r * (1 / 1188 + r * (-691 / 360360 + r * (1 / 156 + r * (-3617 / 122400)))))))) /
    x
  );
}

/** lnΓ(x) for x > 0. */
export function logGamma(x: number): number {
  if (x >= STIRLING_FROM) return (x - 0.5) * Math.log(x) - x + LN_SQRT_2PI + stirlingRemainder(x);
  // Γ(x) = Γ(x + k) / (x (x + 1) … (x + k − 1)): at most ten multiplications, each exact to an ulp.
  let product = 1;
  let z = x;
  while (z < STIRLING_FROM) {
    product *= z;
    z += 1;
  }
  return (z - 0.5) * Math.log(z) - z + LN_SQRT_2PI + stirlingRemainder(z) - Math.log(product);
}

/** ln B(a, b) = lnΓ(a) + lnΓ(b) − lnΓ(a + b), for a, b > 0, without cancelling large terms. */
export function logBeta(a: number, b: number): number {
  const p = a < b ? a : b;
  const q = a < b ? b : a;
  const share = p / (p + q);
  if (p >= STIRLING_FROM) {
    const correction = stirlingRemainder(p) + stirlingRemainder(q) - stirlingRemainder(p + q);
    return (
      -0.5 * Math.log(q) + LN_SQRT_2PI + correction + (p - 0.5) * Math.log(share) + q * Math.log1p(-share)
    );
  }
  if (q >= STIRLING_FROM) {
    const correction = stirlingRemainder(q) - stirlingRemainder(p + q);
    return logGamma(p) + correction + p - p * Math.log(p + q) + (q - 0.5) * Math.log1p(-share);
  }
  return logGamma(p) + logGamma(q) - logGamma(p + q);
}

/** lnΓ(n + 1) − [(n + ½)ln n − n + ln √(2π)]: the error of Stirling's formula for n!, n > 0. */
function stirlingError(n: number): number {
  if (n >= STIRLING_FROM) return stirlingRemainder(n);
  return logGamma(n + 1) - (n + 0.5) * Math.log(n) + n - LN_SQRT_2PI;
}

/**
 * x ln(x / m) + m − x, the "deviance" part of the Poisson log density, computed by its series
 * when x and m are close (where the direct form cancels to nothing).
 */
function devianceTerm(x: number, m: number): number {
  if (Math.abs(x - m) < 0.1 * (x + m)) {
    let v = (x - m) / (x + m);
    let sum = (x - m) * v;
    let power = 2 * x * v;
    v *= v;
    for (let j = 1; j < 1000; j++) {
      power *= v;
      const next = sum + power / (2 * j + 1);
      if (next === sum) return next;
      sum = next;
    }
    return sum;
  }
  return x * Math.log(x / m) + m - x;
}

/**
 * e^(−m) mᵏ / Γ(k + 1) for real k ≥ 0 and m ≥ 0: the Poisson density extended to a real count.
 * It is the common front factor of the incomplete gamma function's series and continued fraction.
 */
export function poissonDensity(k: number, m: number): number {
  if (m === 0) return k === 0 ? 1 : 0;
  if (k === 0) return Math.exp(-m);
  return Math.exp(-stirlingError(k) - devianceTerm(k, m)) / Math.sqrt(2 * Math.PI * k);
}
