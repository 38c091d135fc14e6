/**
 * The year-end outturn implied by the year to date, if the rest of the year goes as it has so far.
 */
import type { Aggregation } from '../measure.js';

export interface OutturnOptions {
  /**
   * For 'ratio' measures: each period's denominator, so that the year's ratio is the ratio of the
   * sums (each period's ratio weighted by its denominator). A ratio has no outturn without them:
   * an average of the period ratios would weight a month of 100 cases like a month of 900.
   */
  denominators?: readonly (number | null)[];
}

/**
 * - 'sum': a straight-line projection — the total so far scaled from the months elapsed to the
 *   whole year. A missing period counts as an average one (the total is scaled by the periods
 *   reported, not the periods elapsed).
 * - 'mean' and 'ratio': the year-to-date value, which is the best estimate of the year's; for a
 *   ratio, the ratio of the sums, so null unless every reported period has a positive denominator.
 * - 'latest': the latest figure.
 *
 * Null when no figure has been reported, or when the months do not make sense
 * (0 < monthsElapsed ≤ monthsInYear).
 */
export function yearEndOutturn(
  ytdValues: readonly (number | null)[],
  monthsElapsed: number,
  monthsInYear: number,
  aggregation: Aggregation,
  options: OutturnOptions = {},
): number | null {
  if (!(monthsInYear > 0 && monthsElapsed > 0 && monthsElapsed <= monthsInYear)) return null;

  let reported = 0;
  let sum = 0;
  // The latest figure's position rather than the figure: a `number | null` changed on every
  // figure would box each one, and outturns are worked out for every measure at once.
  let latest = -1;
  for (let i = 0; i < ytdValues.length; i++) {
    const v = ytdValues[i];
    if (v === null || v === undefined || !Number.isFinite(v)) continue;
    reported++;
    sum += v;
    latest = i;
  }
  if (reported === 0) return null;

  switch (aggregation) {
    case 'sum':
      return ((sum * ytdValues.length) / reported) * (monthsInYear / monthsElapsed);
    case 'mean':
      return sum / reported;
    case 'ratio':
      return weightedMean(ytdValues, options.denominators);
    case 'latest':
      return ytdValues[latest]!;
  }
}

/** Σ value × denominator / Σ denominator over the reported periods; null unless every one has a positive denominator. */
function weightedMean(
  values: readonly (number | null)[],
  denominators: readonly (number | null)[] | undefined,
) {
  if (denominators === undefined || denominators.length !== values.length) return null;
  let weighted = 0;
  let total = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v === null || v === undefined || !Number.isFinite(v)) continue;
    const d = denominators[i];
    if (d === null || d === undefined || !(d > 0) || !Number.isFinite(d)) return null;
    weighted += v * d;
    total += d;
  }
  return weighted / total;
}
