/**
 * The probability distributions behind the confidence intervals, benchmark comparisons, SPC
 * limits and forecasts: normal, chi-squared and Student's t, each with its cdf and quantile.
 * Every function returns null where the distribution gives no finite answer.
 */
export { normalCdf, normalDensity, normalQuantile, zForConfidence } from './normal.js';
export { chiSquaredCdf, chiSquaredQuantile, chiSquaredUpperTail } from './chi-squared.js';
export { studentTCdf, studentTQuantile } from './student-t.js';
