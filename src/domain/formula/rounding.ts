/**
 * round() in a formula rounds with the domain's one rounding, `roundHalfAwayFromZero` in
 * statistics/rounding.ts: the same a status uses for a figure as published.
 */

/** The most decimal places (or, negative, tens places) that round() accepts. */
export const MAX_ROUND_DIGITS = 15;
