/**
 * Statistics for performance figures: confidence intervals as Public Health England's
 * PHEindicatormethods computes them, benchmark comparisons as OHID's Fingertips makes them, and
 * ranks and quantiles within a comparator group. Every function returns null where its method
 * gives no answer, never NaN or Infinity. Confidence is a share: 0.95 or 0.998.
 */

/** The standard normal quantile (Wichura's AS 241, as R's qnorm) and cdf. */
export { normalCdf, normalQuantile } from './normal.js';
/** The two-sided z for a confidence level: 1.959963984540054 for 0.95. */
export { zForConfidence } from './normal.js';
/** Chi-squared cdf, upper tail and quantile (as R's qchisq, to 1e-12). */
export { chiSquaredCdf, chiSquaredQuantile, chiSquaredUpperTail } from './chi-squared.js';
/** Student's t cdf and quantile (as R's qt, to 1e-10). */
export { studentTCdf, studentTQuantile } from './student-t.js';

/** A figure with its lower and upper confidence limits. */
export type { Interval } from './proportion.js';
/** A proportion with its Wilson score interval on the 0–1 scale (phe_proportion). */
export { wilsonInterval } from './proportion.js';

/** Lower and upper limits for a count or rate. */
export type { Limits } from './count.js';
/** Byar's limits for a count of events (byars_lower / byars_upper). */
export { byarsInterval } from './count.js';
/** Exact Poisson limits for a count, from the chi-squared distribution. */
export { exactPoissonInterval } from './count.js';

/** A crude rate with its limits and the method used. */
export type { RateInterval } from './rate.js';
/** A rate per N with exact limits below 10 events and Byar's above (phe_rate). */
export { rateInterval, EXACT_BELOW_COUNT } from './rate.js';

/** A directly standardised rate with its limits and total count. */
export type { DsrInterval } from './dsr.js';
/** A directly standardised rate with Dobson's interval, null below 10 events (phe_dsr). */
export { dsrInterval, DSR_MINIMUM_COUNT } from './dsr.js';
/** The European Standard Population 2013 in 19 five-year bands (0–4 … 90+), and their labels. */
export {
  EUROPEAN_STANDARD_POPULATION_2013,
  EUROPEAN_STANDARD_POPULATION_2013_AGE_BANDS,
} from './european-standard-population.js';

/** A mean with its limits, standard deviation and count. */
export type { MeanInterval } from './mean.js';
/** A mean with a Student's t interval (phe_mean). */
export { meanInterval } from './mean.js';

/** Which way is good for a comparison, the comparison's outcome, and its input. */
export type { BenchmarkComparison, BenchmarkInput, BenchmarkPolarity } from './benchmark.js';
/** Compares a figure's 95% (and optionally 99.8%) interval with a benchmark, as Fingertips. */
export { compareWithBenchmark } from './benchmark.js';
/** Maps a measure's polarity to a comparison polarity (bands and neutral have no better side). */
export { benchmarkPolarityOf } from './benchmark.js';

/** Inputs to the control-limit comparisons. */
export type { DsrSpcInput, ProportionSpcInput } from './spc-comparison.js';
/** Fingertips' "SPC for proportions" and "SPC for DSR" comparisons with a benchmark. */
export { compareDsrBySpc, compareProportionBySpc } from './spc-comparison.js';
/** Funnel-plot control limits around a benchmark proportion or rate for an area's size. */
export { proportionControlLimits, rateControlLimits } from './control-limits.js';

/** A rank, and a quantile band, within a comparator group. */
export type { GroupRank, QuantileBand } from './quantiles.js';
/** Rank, quantile, quartile and quintile within a group, by phe_quantile's rules. */
export { quantileInGroup, quartileInGroup, quintileInGroup, rankInGroup } from './quantiles.js';
