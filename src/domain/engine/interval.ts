/**
 * The confidence interval a figure gets, by the measure's unit: Wilson's score interval for a
 * percentage with its numerator and denominator; for a rate with its count and population, the
 * exact Poisson interval under 10 events and Byar's from 10 (as PHEindicatormethods does); none
 * for other units, which have no sampling model here.
 */
import type { Figure } from '../formula/index.js';
import type { Measure } from '../measure.js';
import { rateInterval, wilsonInterval } from '../statistics/index.js';

export type IntervalMethod = 'wilson' | 'exact' | 'byars';
export type Confidence = 0.95 | 0.998;

export interface FigureInterval {
  method: IntervalMethod;
  confidence: Confidence;
  /** In the measure's unit (percent, or per N). */
  lower: number;
  upper: number;
}

export type IntervalOutcome = { interval: FigureInterval; reason: null } | { interval: null; reason: string };

const isNumber = (x: number | null | undefined): x is number => typeof x === 'number' && Number.isFinite(x);

export function figureInterval(
  figure: Figure | null,
  measure: Pick<Measure, 'unit' | 'ratePer'>,
  confidence: Confidence,
): IntervalOutcome {
  if (measure.unit !== 'percent' && measure.unit !== 'rate') {
    return { interval: null, reason: `a ${measure.unit} measure has no confidence interval` };
  }
  const x = figure?.numerator;
  const n = figure?.denominator;
  if (!isNumber(x) || !isNumber(n)) {
    return { interval: null, reason: 'a confidence interval needs the numerator and denominator' };
  }
  if (measure.unit === 'percent') {
    const wilson = wilsonInterval(x, n, confidence);
    if (wilson === null) return { interval: null, reason: `no Wilson interval for ${x} of ${n}` };
    return {
      interval: { method: 'wilson', confidence, lower: wilson.lower * 100, upper: wilson.upper * 100 },
      reason: null,
    };
  }
  if (!isNumber(measure.ratePer))
    return { interval: null, reason: 'a rate needs its "per N" for a confidence interval' };
  const rate = rateInterval(x, n, confidence, measure.ratePer);
  if (rate === null) return { interval: null, reason: `no rate interval for ${x} in ${n}` };
  return {
    interval: { method: rate.method, confidence, lower: rate.lower, upper: rate.upper },
    reason: null,
  };
}
