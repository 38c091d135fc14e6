import { significance, type BenchmarkComparison, type BenchmarkPolarity } from './benchmark.js';
import type { Limits } from './count.js';
import { proportionControlLimits, rateControlLimits } from './control-limits.js';

/**
 * Fingertips' "SPC for proportions" and "SPC for DSR" comparisons: instead of the figure's own
 * confidence interval, control limits are drawn around the benchmark for an area of this size,
 * and the figure is 'similar' while it lies within them (limits included). Outside, it is
 * better/worse by polarity (higher/lower with none). With `twoLevels`, the 95% and 99.8% limits
 * are both drawn: outside the 99.8% limits is best/worst, outside the 95% only better/worse.
 */

interface SpcCommon {
  value: number | null | undefined;
  benchmark: number | null | undefined;
  polarity: BenchmarkPolarity;
  /** One level's confidence; ignored when twoLevels is set. Default 0.95. */
  confidence?: number;
  /** Compare at 95% and 99.8% together. */
  twoLevels?: boolean;
}

export interface ProportionSpcInput extends SpcCommon {
  /** The area's denominator (the number of people the proportion is of). */
  denominator: number | null | undefined;
  /** The scale of value and benchmark: 1 for a share, 100 for a percentage. Default 1. */
  perN?: number;
}

export interface DsrSpcInput extends SpcCommon {
  /** The area's population behind the rate (summed over the years it covers). */
  population: number | null | undefined;
  /** The rate's unit, e.g. 100,000 for a rate per 100,000. Default 100,000. */
  perN?: number;
}

function isFiniteNumber(x: number | null | undefined): x is number {
  return typeof x === 'number' && Number.isFinite(x);
}

/** Where the value sits against one level's limits: +1 above, −1 below, 0 within. */
function side(value: number, limits: Limits): number {
  if (value > limits.upper) return 1;
  if (value < limits.lower) return -1;
  return 0;
}

function judge(
  value: number,
  limitsAt: (confidence: number) => Limits | null,
  input: SpcCommon,
): BenchmarkComparison | null {
  const outer = limitsAt(input.twoLevels ? 0.95 : (input.confidence ?? 0.95));
  if (outer === null) return null;
  const at95 = side(value, outer);
  if (at95 === 0) return 'similar';
  if (!input.twoLevels) return significance(at95 > 0, false, input.polarity);
  const limits998 = limitsAt(0.998);
  if (limits998 === null) return null;
  return significance(at95 > 0, side(value, limits998) !== 0, input.polarity);
}

/**
 * Compares a proportion with the benchmark proportion by control limits for its denominator
 * (Fingertips' SPC for proportions). Null when the value, benchmark or denominator is missing,
 * the denominator is not positive, or the benchmark lies outside 0–perN.
 */
export function compareProportionBySpc(input: ProportionSpcInput): BenchmarkComparison | null {
  const { value, benchmark, denominator } = input;
  const perN = input.perN ?? 1;
  if (!isFiniteNumber(value) || !isFiniteNumber(benchmark) || !isFiniteNumber(denominator)) return null;
  if (!(perN > 0) || !Number.isFinite(perN)) return null;
  // Fingertips compares on the 0–1 scale: value/unit against the limits.
  const share = benchmark / perN;
  return judge(value / perN, (confidence) => proportionControlLimits(share, denominator, confidence), input);
}

/**
 * Compares a directly standardised (or crude) rate with the benchmark rate by exact Poisson
 * control limits for the population (Fingertips' SPC for DSR). Null when the value, benchmark
 * or population is missing or the population is not positive.
 */
export function compareDsrBySpc(input: DsrSpcInput): BenchmarkComparison | null {
  const { value, benchmark, population } = input;
  const perN = input.perN ?? 100_000;
  if (!isFiniteNumber(value) || !isFiniteNumber(benchmark) || !isFiniteNumber(population)) return null;
  return judge(value, (confidence) => rateControlLimits(benchmark, population, confidence, perN), input);
}
