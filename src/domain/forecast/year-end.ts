/**
 * A forecast of a measure's year-end figure, with the range it is likely to fall in, and whether
 * that puts the target at risk. Two methods:
 *
 * - 'ytd-projection': the rest of the year runs as the year so far (the straight-line
 *   projection of `yearEndOutturn` for a total). The range treats each remaining period as a new
 *   figure scattered as the reported ones are: for k periods to come after n reported, the year's
 *   total varies by t(n − 1) · s · √(k + k²/n).
 * - 'linear-trend': the remaining periods follow the least-squares line through the figures
 *   (earlier years' too, when given). For the total of k predicted periods the range is
 *   t(n − 2) · s · √(k + k²/n + (Σ(xⱼ − x̄))² / Sxx), the sum of k prediction errors with the
 *   line's own uncertainty shared between them.
 *
 * The year is combined by the measure's rule: 'sum' measures are totals; 'mean' measures the
 * average of their periods; 'ratio' measures the ratio of the summed numerators and denominators,
 * each period to come taken to be of the average size so far (see year-so-far.ts), and no forecast
 * at all, with the reason, where a figure this year has no numerator and denominator; 'latest'
 * measures the figure for the year's last period.
 */
import type { Aggregation, Polarity } from '../measure.js';
import { studentTQuantile } from '../statistics/distributions.js';
import { judgeForecast, type ForecastVerdict, type TargetRange } from './at-risk.js';
import { linearTrend, type TrendPoint } from './linear-trend.js';
import { yearEndOutturn } from './outturn.js';
import { readYearSoFar, type YearSoFar } from './year-so-far.js';

export const FORECAST_METHODS = ['ytd-projection', 'linear-trend'] as const;
export type ForecastMethod = (typeof FORECAST_METHODS)[number];

export interface YearEndForecastInput {
  /** This year's figures so far, one per period from the year's first, in order; null where missing. */
  values: readonly (number | null)[];
  /** Periods in the year: 12 for monthly figures, 4 for quarterly. */
  periodsInYear: number;
  target: number | TargetRange | null;
  polarity: Polarity;
  aggregation: Aggregation;
  /**
   * For a 'ratio' measure: each period's numerator and denominator, in step with `values`. Without
   * them a ratio measure has no forecast: its periods cannot be weighted.
   */
  numerators?: readonly (number | null)[];
  denominators?: readonly (number | null)[];
  /** What a ratio of sums is multiplied by to give the measure's figure: 100 for a percentage (default 1). */
  ratioFactor?: number;
  /** Figures for the periods before this year, oldest first: more points for the linear trend. */
  earlierValues?: readonly (number | null)[];
  /** Default: the linear trend for 'latest' measures, the year-to-date projection for the rest. */
  method?: ForecastMethod;
  /** Chance that the year-end figure falls in the likely range (default 0.95). */
  confidence?: number;
}

export interface ForecastReason {
  verdict: ForecastVerdict;
  /** The likely range was compared with the target, or the forecast alone where there is no range. */
  compared: 'likely-range' | 'forecast';
  /** 'fallback': the linear trend was wanted but fewer than 3 figures could be fitted. */
  methodChoice: 'requested' | 'default' | 'fallback';
  periodsReported: number;
  periodsInYear: number;
  /** The likely range's confidence; null without a range. */
  confidence: number | null;
  target: number | TargetRange | null;
}

export interface YearEndForecast {
  forecast: number;
  lower: number | null;
  upper: number | null;
  method: ForecastMethod;
  atRisk: boolean;
  reason: ForecastReason;
}

interface Projection {
  forecast: number;
  lower: number | null;
  upper: number | null;
}

/** The linear trend for 'latest' measures, whose year-end figure is one period's; the projection for the rest. */
export function defaultForecastMethod(aggregation: Aggregation): ForecastMethod {
  return aggregation === 'latest' ? 'linear-trend' : 'ytd-projection';
}

/** A forecast, or why there is none. */
export type YearEndOutcome = { forecast: YearEndForecast; reason: null } | { forecast: null; reason: string };

/**
 * Null when nothing has been reported this year, when the input cannot describe a year, or when
 * the year cannot be combined by the measure's rule: `forecastYearEndOutcome` says which.
 */
export function forecastYearEnd(input: YearEndForecastInput): YearEndForecast | null {
  return forecastYearEndOutcome(input).forecast;
}

const refuse = (reason: string): YearEndOutcome => ({ forecast: null, reason });

/** The forecast, or the reason there is none. */
export function forecastYearEndOutcome(input: YearEndForecastInput): YearEndOutcome {
  const { values, periodsInYear, target, polarity, aggregation } = input;
  const confidence = input.confidence ?? 0.95;
  if (!Number.isInteger(periodsInYear) || periodsInYear < 1) {
    return refuse(`a year must have a whole number of periods, not ${periodsInYear}`);
  }
  if (values.length > periodsInYear) {
    return refuse(`${values.length} figures are more than the ${periodsInYear} periods of a year`);
  }
  if (!(confidence > 0 && confidence < 1)) {
    return refuse(`the likely range's confidence must be between 0 and 1, not ${confidence}`);
  }
  const year = readYearSoFar(input);
  if (year === null) return refuse('there is no figure for this year yet');
  if (typeof year === 'string') return refuse(year);

  const wanted = input.method ?? defaultForecastMethod(aggregation);
  let methodChoice: ForecastReason['methodChoice'] = input.method === undefined ? 'default' : 'requested';
  let method: ForecastMethod = wanted;
  let projection: Projection | null = null;
  if (wanted === 'linear-trend') {
    projection = projectTrend(input, year, confidence);
    if (projection === null) {
      method = 'ytd-projection';
      methodChoice = 'fallback';
    }
  }
  projection ??= projectYearToDate(input, year, confidence);
  const forecast = within(projection.forecast, year);
  const lower = projection.lower === null ? null : within(projection.lower, year);
  const upper = projection.upper === null ? null : within(projection.upper, year);
  const verdict = judgeForecast(target, polarity, lower ?? forecast, upper ?? forecast);
  return {
    forecast: {
      forecast,
      lower,
      upper,
      method,
      atRisk: verdict === 'likely-to-miss',
      reason: {
        verdict,
        compared: lower === null ? 'forecast' : 'likely-range',
        methodChoice,
        periodsReported: year.reported,
        periodsInYear,
        confidence: lower === null ? null : confidence,
        target,
      },
    },
    reason: null,
  };
}

/** A ratio's figure kept where it can lie (0% to 100% for shares); other figures as they are. */
function within(x: number, year: YearSoFar): number {
  return x < year.floor ? year.floor : x > year.ceiling ? year.ceiling : x;
}

function isFigure(v: number | null | undefined): v is number {
  return typeof v === 'number' && Number.isFinite(v);
}

function twoSidedT(confidence: number, df: number): number | null {
  return studentTQuantile(1 - (1 - confidence) / 2, df);
}

function projectYearToDate(input: YearEndForecastInput, year: YearSoFar, confidence: number): Projection {
  const { values, periodsInYear, aggregation } = input;
  // Periods stand in for months: the projection only needs their ratio.
  const forecast =
    aggregation === 'ratio' ? year.level : yearEndOutturn(values, values.length, periodsInYear, aggregation)!;
  if (aggregation === 'latest') return { forecast, lower: null, upper: null };
  const n = year.reported;
  const toCome = periodsInYear - n;
  if (toCome === 0) return { forecast, lower: forecast, upper: forecast };
  const t = n >= 2 ? twoSidedT(confidence, n - 1) : null;
  if (t === null) return { forecast, lower: null, upper: null };
  const scatter = Math.sqrt(year.squares / (n - 1));
  let halfWidth = t * scatter * Math.sqrt(toCome + (toCome * toCome) / n);
  if (aggregation !== 'sum') halfWidth /= periodsInYear;
  return { forecast, lower: forecast - halfWidth, upper: forecast + halfWidth };
}

function projectTrend(input: YearEndForecastInput, year: YearSoFar, confidence: number): Projection | null {
  const { values, periodsInYear, aggregation } = input;
  const earlier = input.earlierValues ?? [];
  const points: TrendPoint[] = [];
  for (let i = 0; i < earlier.length; i++) {
    const v = earlier[i];
    if (isFigure(v)) points.push({ x: i - earlier.length, y: v });
  }
  for (let j = 0; j < values.length; j++) {
    const v = values[j];
    if (isFigure(v)) points.push({ x: j, y: v });
  }
  const trend = linearTrend(points, { confidence });
  if (trend === null) return null;

  if (aggregation === 'latest') {
    const last = values[periodsInYear - 1];
    if (isFigure(last)) return { forecast: last, lower: last, upper: last };
    const at = trend.predict(periodsInYear - 1)!;
    return { forecast: at.value, lower: at.lower, upper: at.upper };
  }

  let total = 0;
  let reportedTotal = 0;
  let toCome = 0;
  let distance = 0;
  for (let j = 0; j < periodsInYear; j++) {
    const v = values[j];
    if (isFigure(v)) {
      total += v;
      reportedTotal += v;
    } else {
      total += trend.intercept + trend.slope * j;
      toCome++;
      distance += j - trend.meanX;
    }
  }
  let halfWidth =
    trend.t *
    trend.residualStandardError *
    Math.sqrt(toCome + (toCome * toCome) / trend.n + (distance * distance) / trend.sumOfSquaresX);
  let forecast = total;
  if (aggregation === 'ratio') {
    // The periods to come are of the average size so far: each weighs as much as one of those.
    if (toCome === 0) return { forecast: year.level, lower: year.level, upper: year.level };
    const average = year.denominator / year.reported;
    const weight = year.denominator + toCome * average;
    forecast = (year.numerator * year.factor + average * (total - reportedTotal)) / weight;
    halfWidth *= average / weight;
  } else if (aggregation !== 'sum') {
    forecast /= periodsInYear;
    halfWidth /= periodsInYear;
  }
  return { forecast, lower: forecast - halfWidth, upper: forecast + halfWidth };
}
