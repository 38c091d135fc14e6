/** The path a measure's figures follow before noise: level, trend, steps and a yearly cycle. */
import { period, type Period } from '../domain/period.js';
import { monthsIntoFinancialYear, PLAN_FIRST_MONTH, yearsIntoPlan } from './demo-periods.js';
import type { FigureShape } from './measure-spec.js';

/** The yearly cycle averaged over the period's months (a year's cycle averages to zero). */
export function seasonal(shape: FigureShape, p: Period): number {
  if (shape.season === undefined) return 0;
  const { amplitude, peakMonth } = shape.season;
  let total = 0;
  for (let i = 0; i < p.months; i++) {
    const monthOfYear = ((p.startMonth + i) % 12) + 1;
    total += Math.cos((2 * Math.PI * (monthOfYear - peakMonth)) / 12);
  }
  return (amplitude * total) / p.months;
}

function stepsBy(shape: FigureShape, monthIndex: number, nationalOnly = false): number {
  let total = 0;
  for (const step of shape.steps ?? []) {
    if (nationalOnly && step.national !== true) continue;
    if (monthIndex >= period(step.from).startMonth) total += step.change;
  }
  return total;
}

/** The steps that moved every area, not just this one (e.g. a new exam), by the start of `p`. */
export function nationalSteps(shape: FigureShape, p: Period): number {
  return stepsBy(shape, p.startMonth, true);
}

/**
 * The expected figure for a period. Year-to-date measures build up through the year towards the
 * year's level, so their path is scaled by the share of the year elapsed.
 */
export function expected(shape: FigureShape, p: Period): number {
  const base = shape.level + (shape.trend ?? 0) * yearsIntoPlan(p) + stepsBy(shape, p.startMonth);
  return base * yearToDateShare(shape, p) + seasonal(shape, p);
}

/** Where the measure stood, without noise or season, when the year containing `p` began. */
export function expectedAtYearStart(shape: FigureShape, yearStartMonth: number): number {
  const t = (yearStartMonth - PLAN_FIRST_MONTH.startMonth) / 12;
  return shape.level + (shape.trend ?? 0) * t + stepsBy(shape, yearStartMonth);
}

/** The share of the year elapsed, for year-to-date figures (1 for everything else). */
export function yearToDateShare(shape: FigureShape, p: Period): number {
  if (shape.cumulative !== true) return 1;
  const months = monthsIntoFinancialYear(p);
  return shape.cumulativeProfile?.[months - 1] ?? months / 12;
}

export function defaultNoise(shape: FigureShape): number {
  return shape.noise ?? Math.abs(shape.level) * 0.03;
}
