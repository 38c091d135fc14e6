/**
 * The forecast part of a status: the year-end outturn from this year's figures so far, with the
 * earlier years' figures for a trend, against the year's target.
 */
import { defaultForecastMethod, forecastYearEnd, type YearEndForecast } from '../forecast/index.js';
import type { Period } from '../period.js';
import { ReusedNumbers } from './scratch.js';
import type { TargetInput } from './series.js';
import { yearStart, type TargetIndex } from './targets.js';
import type { MeasureDefinition } from './types.js';

/** The year-end forecast from this year's figures to the period; none for an annual measure. */
export function forecastFor(
  values: readonly (number | null)[],
  index: number,
  p: Period,
  measure: MeasureDefinition,
  targets: TargetIndex,
  periodTarget: TargetInput | null,
): YearEndForecast | null {
  if (p.months === 12) return null;
  const yearFirst = yearStart(p.startMonth, measure);
  const offset = (p.startMonth - yearFirst) / p.months;
  if (!Number.isInteger(offset) || offset < 0) return null;
  const first = index - offset;
  const thisYear = yearToDate(values, first, index);
  // Exactly the periods before the year, so that the trend sees each figure at its own position;
  // only a trend reads them.
  let earlierValues: (number | null)[] | undefined;
  if (defaultForecastMethod(measure.aggregation) === 'linear-trend') {
    earlierValues = first > 0 ? values.slice(0, first) : [];
    while (earlierValues.length < first) earlierValues.push(null);
  }
  // A total needs the year's own target; other measures may use the period's.
  const yearTarget = targets.years.get(yearFirst) ?? (measure.aggregation === 'sum' ? null : periodTarget);
  const target =
    yearTarget === null
      ? null
      : measure.polarity === 'within-band' && yearTarget.lower !== null && yearTarget.upper !== null
        ? { lower: yearTarget.lower, upper: yearTarget.upper }
        : yearTarget.value;
  return forecastYearEnd({
    values: thisYear,
    periodsInYear: 12 / p.months,
    target,
    polarity: measure.polarity,
    aggregation: measure.aggregation,
    earlierValues,
  });
}

const reused = new ReusedNumbers();

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
