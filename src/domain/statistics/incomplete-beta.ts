import { logBeta } from './gamma.js';

/**
 * The regularised incomplete beta function I_x(a, b), taking both x and y = 1 − x so that the
 * caller can supply whichever it knows exactly (Student's t gives x = ν/(ν + t²) and
 * y = t²/(ν + t²) without subtracting).
 */

const EPSILON = Number.EPSILON;
const TINY = 1e-300;

/** Lentz's evaluation of the continued fraction for I_x(a, b) (Abramowitz & Stegun 26.5.8). */
function betaFraction(x: number, a: number, b: number): number {
  const sum = a + b;
  let c = 1;
  let d = 1 - (sum * x) / (a + 1);
  if (Math.abs(d) < TINY) d = TINY;
  d = 1 / d;
  let h = d;
  const limit = 1000 + 20 * Math.ceil(Math.sqrt(Math.max(a, b)));
  for (let m = 1; m < limit; m++) {
    const twoM = 2 * m;
    // The even step of the fraction…
    let coefficient = (m * (b - m) * x) / ((a - 1 + twoM) * (a + twoM));
    d = 1 + coefficient * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + coefficient / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    h *= d * c;
    // …and the odd step.
    coefficient = (-(a + m) * (sum + m) * x) / ((a + twoM) * (a + 1 + twoM));
    d = 1 + coefficient * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + coefficient / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < EPSILON) break;
  }
  return h;
}

/**
 * I_x(a, b) when `complement` is false, 1 − I_x(a, b) when it is true; a, b > 0, x + y = 1.
 * The fraction converges fast only below x = (a + 1)/(a + b + 2), so above it we evaluate the
 * mirror image I_y(b, a) and return whichever side was asked for without a subtraction if we can.
 */
export function incompleteBeta(x: number, y: number, a: number, b: number, complement: boolean): number {
  if (x <= 0) return complement ? 1 : 0;
  if (y <= 0) return complement ? 0 : 1;
  // log(x) near x = 1 is taken as log1p(−y) so that a large exponent a does not magnify rounding.
  const logX = x < 0.5 ? Math.log(x) : Math.log1p(-y);
  const logY = y < 0.5 ? Math.log(y) : Math.log1p(-x);
  const front = Math.exp(a * logX + b * logY - logBeta(a, b));
  if (x < (a + 1) / (a + b + 2)) {
    const value = (front * betaFraction(x, a, b)) / a;
    return complement ? 1 - value : value;
  }
  const mirror = (front * betaFraction(y, b, a)) / b;
  return complement ? mirror : 1 - mirror;
}
