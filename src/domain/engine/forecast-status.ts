/**
 * The forecast part of a status: the year-end outturn from this year's figures so far, with the
 * earlier years' figures for a trend, against the year's target. A ratio measure's year is
 * combined from its numerators and denominators, so they are passed with the figures.
 */
import { ratioFactor } from '../aggregation/combine.js';
import { defaultForecastMethod, forecastYearEndOutcome, type YearEndOutcome } from '../forecast/index.js';
import type { Period } from '../period.js';
import { ReusedNumbers } from './scratch.js';
import type { DenseSeries, TargetInput } from './series.js';
import { yearStart, type TargetIndex } from './targets.js';
import type { MeasureDefinition } from './types.js';

const refuse = (reason: string): YearEndOutcome => ({ forecast: null, reason });

/** The year-end forecast from this year's figures to the period, or why there is none. */
export function forecastFor(
  series: DenseSeries,
  values: readonly (number | null)[],
  index: number,
  p: Period,
  measure: MeasureDefinition,
  targets: TargetIndex,
  periodTarget: TargetInput | null,
): YearEndOutcome {
  if (p.months === 12)
    return refuse("an annual measure's figure is its year's: there is nothing to forecast");
  const yearFirst = yearStart(p.startMonth, measure);
  const offset = (p.startMonth - yearFirst) / p.months;
  if (!Number.isInteger(offset) || offset < 0) {
    return refuse(`a ${p.kind} does not fit the ${measure.yearKind} year, so there is no year to date`);
  }
  const first = index - offset;
  const thisYear = yearToDate(values, first, index);
  let numerators: number[] | undefined;
  let denominators: number[] | undefined;
  let factor: number | undefined;
  if (measure.aggregation === 'ratio') {
    const scale = factorOf(measure);
    if (scale === null) return refuse(ratioFactor(measure).reason!);
    factor = scale;
    numerators = reusedNumerators.take(index - first + 1);
    denominators = reusedDenominators.take(index - first + 1);
    partsToDate(series, first, index, numerators, denominators);
  }
  // Exactly the periods before the year, so that the trend sees each figure at its own position;
  // only a trend reads them.
  let earlierValues: (number | null)[] | undefined;
  if (defaultForecastMethod(measure.aggregation) === 'linear-trend') {
    earlierValues = first > 0 ? values.slice(0, first) : [];
    while (earlierValues.length < first) earlierValues.push(null);
  }
  // A total needs the year's own target; other measures may use the period's.
  const yearTarget = targets.years.get(yearFirst) ?? (measure.aggregation === 'sum' ? null : periodTarget);
  return forecastYearEndOutcome({
    values: thisYear,
    numerators,
    denominators,
    ratioFactor: factor,
    periodsInYear: 12 / p.months,
    target: yearTarget === null ? null : targetOf(yearTarget, measure),
    polarity: measure.polarity,
    aggregation: measure.aggregation,
    earlierValues,
  });
}

/** A band measure's band (a single target value is a band of that one value); others' value. */
function targetOf(target: TargetInput, measure: MeasureDefinition) {
  if (measure.polarity !== 'within-band') return target.value;
  if (target.lower !== null && target.upper !== null) return { lower: target.lower, upper: target.upper };
  if (target.lower === null && target.upper === null && target.value !== null) {
    return { lower: target.value, upper: target.value };
  }
  // One open edge: the band runs on without end that way.
  if (target.lower !== null || target.upper !== null) {
    return { lower: target.lower ?? -Infinity, upper: target.upper ?? Infinity };
  }
  return null;
}

const reused = new ReusedNumbers();
const reusedNumerators = new ReusedNumbers();
const reusedDenominators = new ReusedNumbers();

/** The values from `first` to `last`, null before the series starts. A reused array, where it can be. */
function yearToDate(
  values: readonly (number | null)[],
  first: number,
  last: number,
): readonly (number | null)[] {
  const numbers = reused.take(last - first + 1);
  for (let i = first; i <= last; i++) {
    const value = i >= 0 ? values[i] : null;
    if (typeof value === 'number') numbers[i - first] = value;
    else return withGaps(values, first, last);
  }
  return numbers;
}

function withGaps(values: readonly (number | null)[], first: number, last: number): (number | null)[] {
  const year: (number | null)[] = [];
  for (let i = first; i <= last; i++) {
    const value = i >= 0 ? values[i] : null;
    if (typeof value === 'number') year.push(value);
    else year.push(null);
  }
  return year;
}

/**
 * Each period's numerator and denominator from `first` to `last`, into reused arrays of numbers
 * only: NaN where there is none, which the forecast reads as missing (a null would box them all).
 */
function partsToDate(
  series: DenseSeries,
  first: number,
  last: number,
  numerators: number[],
  denominators: number[],
): void {
  const { figures } = series;
  for (let i = first; i <= last; i++) {
    const figure = i >= 0 && i < figures.length ? figures[i] : null;
    const x = figure?.numerator;
    const n = figure?.denominator;
    numerators[i - first] = typeof x === 'number' ? x : Number.NaN;
    denominators[i - first] = typeof n === 'number' ? n : Number.NaN;
  }
}

/** `ratioFactor`'s factor without building its answer, as every status asks it; null where it has none. */
function factorOf(measure: MeasureDefinition): number | null {
  if (measure.unit === 'percent') return 100;
  if (measure.unit !== 'rate') return 1;
  const per = measure.ratePer;
  return per !== null && per > 0 && Number.isFinite(per) ? per : null;
}
