import type { Polarity } from '../measure.js';

/**
 * Comparison of a figure with a benchmark (England, the region, a comparator group) the way
 * OHID's Fingertips does it: by where the benchmark falls against the figure's own confidence
 * intervals ("Confidence intervals overlapping reference value").
 */

/** Which way is good, for a comparison. 'none' reports only higher or lower. */
export type BenchmarkPolarity = 'higher-better' | 'lower-better' | 'none';

/**
 * The outcome, in Fingertips' words: 'similar' when not significantly different; 'better' and
 * 'worse' when significant at 95%; 'best' and 'worst' when also significant at 99.8% (two-level
 * comparisons only); 'higher' and 'lower' for a measure with no polarity.
 */
export type BenchmarkComparison = 'better' | 'similar' | 'worse' | 'best' | 'worst' | 'higher' | 'lower';

/** A measure's polarity as a comparison polarity: a band or a neutral measure has no better side. */
export function benchmarkPolarityOf(polarity: Polarity): BenchmarkPolarity {
  if (polarity === 'higher-better' || polarity === 'lower-better') return polarity;
  return 'none';
}

/** What a significant difference means, given its direction, strength and the polarity. */
export function significance(
  higher: boolean,
  strong: boolean,
  polarity: BenchmarkPolarity,
): BenchmarkComparison {
  if (polarity === 'none') return higher ? 'higher' : 'lower';
  const good = higher === (polarity === 'higher-better');
  if (strong) return good ? 'best' : 'worst';
  return good ? 'better' : 'worse';
}

export interface BenchmarkInput {
  value: number | null | undefined;
  lower95: number | null | undefined;
  upper95: number | null | undefined;
  lower998?: number | null | undefined;
  upper998?: number | null | undefined;
  benchmark: number | null | undefined;
  polarity: BenchmarkPolarity;
}

function isFiniteNumber(x: number | null | undefined): x is number {
  return typeof x === 'number' && Number.isFinite(x);
}

/**
 * Compares a figure with a benchmark by its confidence intervals.
 *
 * One level (95% only), Fingertips' "single overlapping CIs" method: the benchmark inside the
 * 95% interval (limits included) is 'similar'; outside it, the figure is better or worse
 * according to the polarity, or higher or lower when there is none.
 *
 * Two levels (95% and 99.8% given), Fingertips' "confidence intervals overlapping reference
 * value (95.0 and 99.8)" as its published tests define it:
 *   benchmark inside the 95% interval            → similar
 *   outside the 95% but inside the 99.8% interval → better / worse   (significant at 95% only)
 *   outside the 99.8% interval                   → best / worst      (significant at 99.8%)
 * The side of the interval the benchmark lies on gives the direction: a benchmark below the
 * lower limit means the figure is significantly higher. With no polarity both levels report
 * just 'higher' or 'lower'. (Fingertips' own comparer, SingleOverlappingCIsForTwoCILevels,
 * tests the figure's value before the upper 95–99.8% band and so can say 'worst' for a figure
 * significant only at 95%; we follow the definition its unit tests state, not that slip.)
 *
 * Null when the value, the benchmark or a 95% limit is missing or not finite, when only one
 * 99.8% limit is given, or when the limits are out of order (lower above upper, or a 99.8%
 * interval that does not contain the 95% one).
 */
export function compareWithBenchmark(input: BenchmarkInput): BenchmarkComparison | null {
  const { value, lower95, upper95, lower998, upper998, benchmark, polarity } = input;
  if (!isFiniteNumber(value) || !isFiniteNumber(benchmark)) return null;
  if (!isFiniteNumber(lower95) || !isFiniteNumber(upper95) || lower95 > upper95) return null;
  const hasLower998 = lower998 != null;
  const hasUpper998 = upper998 != null;
  if (hasLower998 !== hasUpper998) return null;
  if (benchmark >= lower95 && benchmark <= upper95) return 'similar';
  const higher = benchmark < lower95;
  if (!hasLower998) return significance(higher, false, polarity);
  if (!isFiniteNumber(lower998) || !isFiniteNumber(upper998)) return null;
  if (lower998 > lower95 || upper998 < upper95) return null;
  const strong = higher ? benchmark < lower998 : benchmark > upper998;
  return significance(higher, strong, polarity);
}
