/**
 * The forecast part of a status: the year-end outturn from this year's figures so far, with the
 * earlier years' figures for a trend, against the year's target.
 */
import { forecastYearEnd, type YearEndForecast } from '../forecast/index.js';
import type { Period } from '../period.js';
import type { TargetInput } from './series.js';
import { yearOf, type TargetIndex } from './targets.js';
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
  const year = yearOf(p, measure);
  const offset = (p.startMonth - year.startMonth) / p.months;
  if (!Number.isInteger(offset) || offset < 0) return null;
  const first = index - offset;
  const thisYear: (number | null)[] = [];
  for (let i = first; i <= index; i++) thisYear.push(i >= 0 ? (values[i] ?? null) : null);
  // Exactly the periods before the year, so that the trend sees each figure at its own position.
  const earlierValues = first > 0 ? values.slice(0, first) : [];
  while (earlierValues.length < first) earlierValues.push(null);
  // A total needs the year's own target; other measures may use the period's.
  const yearTarget =
    targets.years.get(year.startMonth) ?? (measure.aggregation === 'sum' ? null : periodTarget);
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
