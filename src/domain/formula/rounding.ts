/** The most decimal places (or, negative, tens places) that round() accepts. */
export const MAX_ROUND_DIGITS = 15;

/**
 * Rounds half away from zero, as spreadsheets do, so that a published 2.675 rounds to 2.68 even
 * though the computer holds it as 2.67499999…: the scaled number is first cut to 15 significant
 * digits, the precision a double can promise.
 */
export function roundHalfAwayFromZero(x: number, digits: number): number {
  const scale = 10 ** Math.abs(digits);
  const shifted = digits >= 0 ? Math.abs(x) * scale : Math.abs(x) / scale;
  // Beyond 2^52 a double has no fractional part left to round.
  if (!(shifted < 2 ** 52)) return x;
  const rounded = Math.round(Number(shifted.toPrecision(15)));
  const back = digits >= 0 ? rounded / scale : rounded * scale;
  return back === 0 ? 0 : Math.sign(x) * back;
}
