import { incompleteGamma } from './incomplete-gamma.js';

/**
 * The standard normal distribution.
 *
 * The quantile is Wichura's algorithm AS 241 (PPND16, Applied Statistics 37, 1988), the one R's
 * qnorm uses: rational approximations good to about 1e-16 relative, so that the 95% two-sided
 * z is 1.959963984540054 exactly as R prints it, not the textbook 1.96.
 */

const SPLIT_CENTRAL = 0.425;
const SPLIT_TAIL = 5;

/** A polynomial of degree 7 in r by Horner's rule, coefficients lowest first. */
function degree7(r: number, c: readonly number[]): number {
  return (
    ((((((c[7]! * r + c[6]!) * r + c[5]!) * r + c[4]!) * r + c[3]!) * r + c[2]!) * r + c[1]!) * r + c[0]!
  );
}

// The coefficients of AS 241, published to 20 digits, written as the doubles they round to
// (lowest power first; each denominator's constant term is 1).
const CENTRAL_NUMERATOR = [
  3.3871328727963665, 133.14166789178438, 1971.5909503065513, 13731.69376550946, 45921.95393154987,
  67265.7709270087, 33430.57558358813, 2509.0809287301227,
];
const CENTRAL_DENOMINATOR = [
  1, 42.31333070160091, 687.1870074920579, 5394.196021424751, 21213.794301586597, 39307.89580009271,
  28729.085735721943, 5226.495278852854,
];
const NEAR_NUMERATOR = [
  1.4234371107496835, 4.630337846156546, 5.769497221460691, 3.6478483247632045, 1.2704582524523684,
  0.2417807251774506, 0.022723844989269184, 0.0007745450142783414,
];
const NEAR_DENOMINATOR = [
  1, 2.053191626637759, 1.6763848301838038, 0.6897673349851, 0.14810397642748008, 0.015198666563616457,
  0.0005475938084995345, 1.0507500716444169e-9,
];
const FAR_NUMERATOR = [
  6.657904643501103, 5.463784911164114, 1.7848265399172913, 0.29656057182850487, 0.026532189526576124,
  0.0012426609473880784, 0.000027115555687434876, 2.0103343992922881e-7,
];
const FAR_DENOMINATOR = [
  1, 0.599832206555888, 0.1369298809227358, 0.014875361290850615, 0.0007868691311456133,
  0.000018463183175100548, 1.421511758316446e-7, 2.0442631033899397e-15,
];

/** The z with Φ(z) = p, for 0 < p < 1; null outside (the quantile at 0 or 1 is infinite). */
export function normalQuantile(p: number): number | null {
  if (!(p > 0 && p < 1)) return null;
  const q = p - 0.5;
  if (Math.abs(q) <= SPLIT_CENTRAL) {
    const r = 0.180625 - q * q;
    return (q * degree7(r, CENTRAL_NUMERATOR)) / degree7(r, CENTRAL_DENOMINATOR);
  }
  let r = Math.sqrt(-Math.log(q < 0 ? p : 1 - p));
  let z: number;
  if (r <= SPLIT_TAIL) {
    r -= 1.6;
    z = degree7(r, NEAR_NUMERATOR) / degree7(r, NEAR_DENOMINATOR);
  } else {
    r -= SPLIT_TAIL;
    z = degree7(r, FAR_NUMERATOR) / degree7(r, FAR_DENOMINATOR);
  }
  return q < 0 ? -z : z;
}

/**
 * Φ(x), the probability that a standard normal variate is at most x. Computed as
 * ½ Q(½, x²/2) in the tail it is accurate to ~1e-15 relative even far out (Φ(−30) ≈ 5e-198).
 */
export function normalCdf(x: number): number | null {
  if (Number.isNaN(x)) return null;
  const halfTail = 0.5 * incompleteGamma(0.5, 0.5 * x * x, true);
  return x < 0 ? halfTail : 1 - halfTail;
}

/** The standard normal density φ(x). */
export function normalDensity(x: number): number {
  return Math.exp(-0.5 * x * x) / Math.sqrt(2 * Math.PI);
}

/**
 * The two-sided z for a confidence level given as a share (0.95 or 0.998):
 * the (1 + confidence)/2 quantile. Null unless 0 < confidence < 1.
 */
export function zForConfidence(confidence: number): number | null {
  // The two levels every interval and comparison uses, worked out once.
  if (confidence === 0.95) return Z_95;
  if (confidence === 0.998) return Z_998;
  if (!(confidence > 0 && confidence < 1)) return null;
  return normalQuantile(1 - (1 - confidence) / 2);
}

const Z_95 = normalQuantile(1 - (1 - 0.95) / 2);
const Z_998 = normalQuantile(1 - (1 - 0.998) / 2);
