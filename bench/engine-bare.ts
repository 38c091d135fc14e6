/**
 * The floor the engine is measured against: the same arithmetic as the engine's verdicts for the
 * benchmark's measure (a monthly percentage, higher is better, a 2-point tolerance, one target a
 * financial year), written as one loop over typed arrays with no objects, strings or checks for
 * input the benchmark never has. For each series it works out
 *
 * - RAG: the latest figure as published (to 1 decimal) against its year's target with tolerance,
 *   and how many months running the status has held (each earlier month judged against its year's);
 * - direction of travel against the previous month and the same month last year, as published;
 * - Wilson's 95% interval for the latest month, and England against it (better / similar / worse);
 * - the SPC chart as NHSRplotthedots draws it: mean, moving ranges screened at 3.267 × their
 *   average, limits and two-sigma lines, all four special-cause rules (outside the limits, a run
 *   of 7 rising or falling, 2 of 3 beyond two sigma, 7 on one side) with their priority and the
 *   trend's direction, the latest point's variation, since when it has held, and assurance;
 * - the year-end forecast: the year to date as a ratio of its summed numerators and denominators
 *   (as the measure's rule says), and the target against it. The year is complete, so there is no
 *   likely range, and neither the engine nor this loop works out the months' scatter.
 *
 * It writes the verdicts as codes, so that the benchmark can check it agrees with the engine.
 */
import { roundHalfAwayFromZero } from '../src/domain/statistics/rounding.js';
import { POINTS, YEARS, type BenchData } from './engine-data.js';

const Z95 = 1.959963984540054;
const LIMIT_SCALE = 2.66;
const TWO_SIGMA_SCALE = 2 * (LIMIT_SCALE / 3);
const SCREEN_SCALE = 3.267;
const RUN = 7;
const TOLERANCE = 2;

/** Codes written for each series, in this order. */
export const CODES = [
  'rag',
  'run',
  'previous',
  'lastYear',
  'england',
  'variation',
  'since',
  'assurance',
  'forecast',
] as const;
/** Figures written for each series, in this order. */
export const FIGURES = ['lower', 'upper', 'forecast'] as const;

const values = new Float64Array(POINTS);
const side = new Int8Array(POINTS);
const flags = new Uint8Array(POINTS);
const cause = new Int8Array(POINTS);
const OUTSIDE = 1;
const BEYOND = 2;
const TREND = 4;
const TWO_OF_THREE = 8;
const SHIFT = 16;

/**
 * To one decimal, halves away from zero as written. Only a figure within a hair of a half needs
 * its decimal digits read, which the domain's rounding does; the rest round on the double.
 */
const published = (x: number) => {
  const scaled = Math.abs(x) * 10;
  const whole = Math.floor(scaled);
  const beyondHalf = scaled - whole - 0.5;
  if (Math.abs(beyondHalf) <= scaled * 1e-14) return roundHalfAwayFromZero(x, 1);
  const rounded = (beyondHalf > 0 ? whole + 1 : whole) / 10;
  return x < 0 ? -rounded : rounded;
};
const clean = (x: number) => Math.round(x * 1e9) / 1e9;
/** 0 green, 1 amber, 2 red. */
const rag = (value: number, target: number) => {
  const shortfall = -clean(published(value) - target);
  return shortfall <= 0 ? 0 : shortfall <= TOLERANCE ? 1 : 2;
};
/** 0 no change, 1 improving, 2 worsening. */
const travel = (now: number, then: number) => {
  const change = clean(published(now) - published(then));
  return change === 0 ? 0 : change > 0 ? 1 : 2;
};
/** The target for month `i` of series `s`: its financial year's. */
const yearTarget = (targets: Float64Array, s: number, i: number) => targets[s * YEARS + ((i / 12) | 0)]!;

function mark(last: number, length: number, bit: number): void {
  for (let k = last - length + 1; k <= last; k++) flags[k]! |= bit;
}

export function bareVerdicts(
  data: BenchData,
  from: number,
  to: number,
  codes: Int32Array,
  figures: Float64Array,
) {
  const { numerators, denominators, targets, england } = data;
  const last = POINTS - 1;
  for (let s = from; s < to; s++) {
    const base = s * POINTS;
    for (let i = 0; i < POINTS; i++) values[i] = (numerators[base + i]! / denominators[base + i]!) * 100;

    // RAG and its run.
    const status = rag(values[last]!, yearTarget(targets, s, last));
    let run = 1;
    while (run < POINTS && rag(values[last - run]!, yearTarget(targets, s, last - run)) === status) run++;

    // Wilson at 95%, and England against it.
    const x = numerators[base + last]!;
    const n = denominators[base + last]!;
    const z2 = Z95 * Z95;
    const spread = Z95 * Math.sqrt(z2 + 4 * x * (1 - x / n));
    const lower = (x === 0 ? 0 : (2 * x + z2 - spread) / 2 / (n + z2)) * 100;
    const upper = (x === n ? 1 : (2 * x + z2 + spread) / 2 / (n + z2)) * 100;
    const e = england[s]!;
    const comparison = e >= lower && e <= upper ? 0 : e < lower ? 1 : 2;

    // SPC: mean, screened average moving range, limits.
    let sum = 0;
    let rangeSum = 0;
    for (let i = 0; i < POINTS; i++) {
      sum += values[i]!;
      if (i > 0) rangeSum += Math.abs(values[i]! - values[i - 1]!);
    }
    const mean = sum / POINTS;
    let average = rangeSum / (POINTS - 1);
    if (average > 0) {
      let kept = 0;
      let keptSum = 0;
      for (let i = 1; i < POINTS; i++) {
        const range = Math.abs(values[i]! - values[i - 1]!);
        if (range < SCREEN_SCALE * average) {
          kept++;
          keptSum += range;
        }
      }
      average = keptSum / kept;
    }
    const lowerLimit = mean - LIMIT_SCALE * average;
    const upperLimit = mean + LIMIT_SCALE * average;
    const lowerTwo = mean - TWO_SIGMA_SCALE * average;
    const upperTwo = mean + TWO_SIGMA_SCALE * average;

    // The four rules.
    let rising = 1;
    let falling = 1;
    let shift = 0;
    for (let i = 0; i < POINTS; i++) {
      const v = values[i]!;
      side[i] = v > mean ? 1 : v < mean ? -1 : 0;
      flags[i] = v > upperLimit || v < lowerLimit ? OUTSIDE : v > upperTwo || v < lowerTwo ? BEYOND : 0;
      if (i > 0) {
        const step = v - values[i - 1]!;
        rising = step > 0 ? rising + 1 : 1;
        falling = step < 0 ? falling + 1 : 1;
        const trend = rising > falling ? rising : falling;
        if (trend >= RUN) mark(i, trend === RUN ? RUN : 1, TREND);
      }
      shift = side[i] === 0 ? 0 : i > 0 && side[i - 1] === side[i] ? shift + 1 : 1;
      if (shift >= RUN) mark(i, shift === RUN ? RUN : 1, SHIFT);
      if (i >= 2 && side[i] !== 0 && side[i - 1] === side[i] && side[i - 2] === side[i]) {
        const beyond =
          (flags[i - 2]! & BEYOND ? 1 : 0) + (flags[i - 1]! & BEYOND ? 1 : 0) + (flags[i]! & BEYOND ? 1 : 0);
        if (beyond >= 2) for (let k = i - 2; k <= i; k++) if (flags[k]! & BEYOND) flags[k]! |= TWO_OF_THREE;
      }
    }
    // Each point's special cause by the rules' priority: 1 improvement, 2 concern, 0 none.
    for (let i = 0; i < POINTS; i++) {
      const f = flags[i]!;
      let up = side[i]! > 0;
      if (f & OUTSIDE) up = side[i]! > 0;
      else if (f & TREND) {
        const step =
          i + 1 < POINTS && flags[i + 1]! & TREND
            ? values[i + 1]! - values[i]!
            : i > 0
              ? values[i]! - values[i - 1]!
              : 0;
        up = step > 0;
      } else if (!(f & (TWO_OF_THREE | SHIFT))) {
        cause[i] = 0;
        continue;
      }
      cause[i] = up ? 1 : 2;
    }
    const variation = cause[last]!;
    let since = -1;
    if (variation !== 0) for (since = last; since > 0 && cause[since - 1] === variation;) since--;
    const target = yearTarget(targets, s, last);
    const assurance = target > upperLimit ? 1 : target < lowerLimit ? 0 : 2;

    // The year-end forecast from the year to date, a ratio of sums (the year is complete: no
    // range to widen).
    let yearNumerator = 0;
    let yearDenominator = 0;
    for (let i = POINTS - 12; i < POINTS; i++) {
      yearNumerator += numerators[base + i]!;
      yearDenominator += denominators[base + i]!;
    }
    const forecast = (yearNumerator / yearDenominator) * 100;
    const outlook = forecast < target ? 0 : forecast >= target ? 2 : 1;

    const c = s * CODES.length;
    codes[c] = status;
    codes[c + 1] = run;
    codes[c + 2] = travel(values[last]!, values[last - 1]!);
    codes[c + 3] = travel(values[last]!, values[last - 12]!);
    codes[c + 4] = comparison;
    codes[c + 5] = variation;
    codes[c + 6] = since;
    codes[c + 7] = assurance;
    codes[c + 8] = outlook;
    const f = s * FIGURES.length;
    figures[f] = lower;
    figures[f + 1] = upper;
    figures[f + 2] = forecast;
  }
}
