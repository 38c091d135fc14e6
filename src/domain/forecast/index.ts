/**
 * Forecasts to year-end: where a measure is heading, how sure we can be, and whether its target
 * is at risk.
 */

/** The year-end figure implied by the year to date (straight-line for totals, the YTD value otherwise). */
export { yearEndOutturn } from './outturn.js';
export type { OutturnOptions } from './outturn.js';

/** A least-squares line with Student's t prediction intervals. */
export { linearTrend } from './linear-trend.js';
export type { LinearTrend, LinearTrendOptions, TrendPoint, TrendPrediction } from './linear-trend.js';

/** The year-end forecast, its likely range and whether the target is at risk, with the reason as data. */
export {
  FORECAST_METHODS,
  defaultForecastMethod,
  forecastYearEnd,
  forecastYearEndOutcome,
} from './year-end.js';
export type {
  ForecastMethod,
  ForecastReason,
  YearEndForecast,
  YearEndForecastInput,
  YearEndOutcome,
} from './year-end.js';

/** How a likely range compares with a target, by the measure's polarity. */
export { FORECAST_VERDICTS, judgeForecast } from './at-risk.js';
export type { ForecastVerdict, TargetRange } from './at-risk.js';
