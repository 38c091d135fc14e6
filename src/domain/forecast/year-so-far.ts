/**
 * This year's figures so far, combined by the measure's rule as a forecast reads them: the year to
 * date (the mean of the periods for 'mean'; the ratio of the summed numerators and denominators
 * for 'ratio', never an average of the period ratios) and how the periods scatter about it.
 *
 * A ratio's periods are weighted by their denominators: a month of 900 cases says more about the
 * year's ratio than a month of 100. Its scatter is that of a period of average size,
 * Σ wᵢ (rᵢ − r̄)² with wᵢ = dᵢ / d̄ (the weights average 1), so that the range formula for equal
 * periods holds: a year of P periods whose k still to come are of average size has the ratio
 * r̄ + Σⱼ (rⱼ − r̄) / P.
 */
import type { Aggregation } from '../measure.js';

export interface YearSoFarInput {
  values: readonly (number | null)[];
  periodsInYear: number;
  aggregation: Aggregation;
  numerators?: readonly (number | null)[];
  denominators?: readonly (number | null)[];
  ratioFactor?: number;
}

export interface YearSoFar {
  /** Periods with a figure. */
  reported: number;
  /** The year to date: the mean of the figures, or a ratio's factor × Σ numerators ÷ Σ denominators. */
  level: number;
  /**
   * Σ wᵢ (rᵢ − level)², each period weighted as above (1 each, but for a ratio). Only a likely
   * range needs it: 0 when there is none to work out (one figure, or every period reported).
   */
  squares: number;
  /** A ratio's Σ numerators and Σ denominators over the reported periods (0 for other measures). */
  numerator: number;
  denominator: number;
  /** A ratio's factor (100 for a percentage); 1 for other measures. */
  factor: number;
  /**
   * Where the year's figure can lie: from 0 when every numerator so far is at least 0, up to the
   * factor (100%) when each is also no more than its denominator; unbounded otherwise.
   */
  floor: number;
  ceiling: number;
}

/** A range needs two figures to scatter, and periods still to come. */
function scatterNeeded(reported: number, periodsInYear: number): boolean {
  return reported >= 2 && reported < periodsInYear;
}

function isFigure(v: number | null | undefined): v is number {
  return typeof v === 'number' && Number.isFinite(v);
}

// One answer, refilled for each forecast: a status for every measure reads a year so far each, and
// a fresh object for each would be garbage. Nothing may keep it past the forecast it was read for.
const scratch: YearSoFar = {
  reported: 0,
  level: 0,
  squares: 0,
  numerator: 0,
  denominator: 0,
  factor: 1,
  floor: -Infinity,
  ceiling: Infinity,
};

function answer(
  reported: number,
  level: number,
  squares: number,
  numerator: number,
  denominator: number,
  factor: number,
  floor: number,
  ceiling: number,
): YearSoFar {
  scratch.reported = reported;
  scratch.level = level;
  scratch.squares = squares;
  scratch.numerator = numerator;
  scratch.denominator = denominator;
  scratch.factor = factor;
  scratch.floor = floor;
  scratch.ceiling = ceiling;
  return scratch;
}

/**
 * The year so far, or why it cannot be read (null when nothing has been reported: no reason is
 * needed). The answer is shared: read it before the next year is read.
 */
export function readYearSoFar(input: YearSoFarInput): YearSoFar | string | null {
  const { values, aggregation } = input;
  if (aggregation === 'ratio') return readRatio(input);
  let reported = 0;
  let sum = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (!isFigure(v)) continue;
    reported++;
    sum += v;
  }
  if (reported === 0) return null;
  const level = sum / reported;
  let squares = 0;
  if (scatterNeeded(reported, input.periodsInYear)) {
    for (let i = 0; i < values.length; i++) {
      const v = values[i];
      if (isFigure(v)) squares += (v - level) * (v - level);
    }
  }
  return answer(reported, level, squares, 0, 0, 1, -Infinity, Infinity);
}

function readRatio(input: YearSoFarInput): YearSoFar | string | null {
  const { values, numerators, denominators } = input;
  const factor = input.ratioFactor ?? 1;
  if (!(factor > 0 && Number.isFinite(factor))) {
    return `a ratio's factor (100 for a percentage, N for a rate per N) must be a positive number, not ${factor}`;
  }
  let reported = 0;
  let missing = 0;
  let negative = 0;
  let numerator = 0;
  let denominator = 0;
  let parts = true;
  let shares = true;
  for (let i = 0; i < values.length; i++) {
    if (!isFigure(values[i])) continue;
    reported++;
    const x = numerators?.[i];
    const n = denominators?.[i];
    if (!isFigure(x) || !isFigure(n)) {
      missing++;
      continue;
    }
    if (n < 0) negative++;
    numerator += x;
    denominator += n;
    if (x < 0) parts = false;
    if (x > n) shares = false;
  }
  if (reported === 0) return null;
  if (missing > 0) {
    // Averaging the period ratios instead would weight a month of 100 cases like a month of 900.
    return (
      `a ratio's year is forecast from its numerators and denominators, and ${missing} of the ` +
      `${reported} ${reported === 1 ? 'figure' : 'figures'} this year ${missing === 1 ? 'has' : 'have'} none`
    );
  }
  if (negative > 0) return 'a denominator this year is below 0, so the periods cannot be weighted';
  if (!(denominator > 0)) return "this year's denominators add up to 0, so there is no ratio";
  const level = (numerator / denominator) * factor;
  const average = denominator / reported;
  let squares = 0;
  for (let i = 0; scatterNeeded(reported, input.periodsInYear) && i < values.length; i++) {
    if (!isFigure(values[i])) continue;
    const n = denominators![i]!;
    if (n === 0) continue;
    const r = (numerators![i]! / n) * factor;
    squares += (n / average) * (r - level) * (r - level);
  }
  return answer(
    reported,
    level,
    squares,
    numerator,
    denominator,
    factor,
    parts ? 0 : -Infinity,
    parts && shares ? factor : Infinity,
  );
}
