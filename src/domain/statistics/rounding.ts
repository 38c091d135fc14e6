/**
 * The one rounding of the domain: a status judges a figure as published with it, and a formula's
 * `round()` uses it, so that a figure never rounds one way on a dashboard and another in a
 * calculated measure.
 *
 * Halves go away from zero, on the figure as it is written rather than as the computer holds it,
 * as a spreadsheet's ROUND does: 1.005 is held as 1.00499999999999989…, but is written 1.005 and
 * rounds to 1.01. "As written" means to 15 significant digits, the precision a double can promise
 * and the precision a spreadsheet keeps.
 */

/** Exact powers of ten: every one up to 10^22 is a double with no error. */
const POWERS_OF_TEN = Array.from({ length: 23 }, (_, i) => 10 ** i);

/** The most decimal places (or, negative, tens places) that can be rounded to exactly. */
export const MAX_ROUNDING_DIGITS = 22;

/**
 * `x` rounded to `digits` decimal places (negative: to tens, hundreds, …), halves away from zero
 * on its 15-significant-digit decimal form. A figure already at `digits` places with at most 15
 * significant digits comes back unchanged; -x rounds to minus what x rounds to. Not-a-number and
 * infinities come back as they are, and so does `x` for `digits` that are not a whole number
 * within ±22.
 */
export function roundHalfAwayFromZero(x: number, digits: number): number {
  // Kept small, so that V8 inlines it where statuses judge figure after figure: decimals that are
  // not 0 to 22 (no power in the table) and figures near a half go the longer way.
  const scale = POWERS_OF_TEN[digits];
  if (scale === undefined) return roundToTens(x, digits);
  const shifted = Math.abs(x) * scale;
  // Beyond 2^52 a double has no fraction left to round (and NaN and Infinity fail this test).
  if (!(shifted < 4503599627370496)) return x;
  const whole = Math.floor(shifted);
  const beyondHalf = shifted - whole - 0.5;
  // The decimal form differs from the double by under 5e-15 of it, so only a figure this close to
  // a half can round one way as written and the other as held: the rest need no decimal digits.
  if (Math.abs(beyondHalf) <= shifted * 1e-14) return nearHalf(x, digits, scale);
  const back = (beyondHalf > 0 ? whole + 1 : whole) / scale;
  return back === 0 ? 0 : x < 0 ? -back : back;
}

/** Rounding to tens, hundreds, … (negative digits), or not at all for digits that cannot be. */
function roundToTens(x: number, digits: number): number {
  if (!Number.isInteger(digits) || digits >= 0 || digits < -MAX_ROUNDING_DIGITS) return x;
  const scale = POWERS_OF_TEN[-digits]!;
  const shifted = Math.abs(x) / scale;
  if (!(shifted < 4503599627370496)) return x;
  const whole = Math.floor(shifted);
  const beyondHalf = shifted - whole - 0.5;
  const rounded =
    Math.abs(beyondHalf) <= shifted * 1e-14
      ? wholeAsWritten(Math.abs(x), digits)
      : beyondHalf > 0
        ? whole + 1
        : whole;
  const back = rounded * scale;
  return back === 0 ? 0 : x < 0 ? -back : back;
}

/** A figure within a hair of a half at `digits` (0 or more) places, rounded as written. */
function nearHalf(x: number, digits: number, scale: number): number {
  const back = wholeAsWritten(Math.abs(x), digits) / scale;
  return back === 0 ? 0 : x < 0 ? -back : back;
}

/**
 * |x| × 10^digits rounded half up, worked out on the 15 significant digits of |x|, which
 * `toExponential(14)` writes out exactly ("1.00500000000000e+0").
 */
function wholeAsWritten(magnitude: number, digits: number): number {
  const written = magnitude.toExponential(14);
  const e = written.indexOf('e');
  const mantissa = written.slice(0, 1) + written.slice(2, e);
  // The 15 digits are a whole number times 10^(exponent − 14); scaled, times 10^place.
  const place = Number(written.slice(e + 1)) - 14 + digits;
  if (place >= 0) return Number(mantissa) * 10 ** place;
  const kept = mantissa.length + place;
  if (kept < 0) return 0;
  const whole = kept === 0 ? 0 : Number(mantissa.slice(0, kept));
  return mantissa.charCodeAt(kept) >= 53 /* '5' */ ? whole + 1 : whole;
}
