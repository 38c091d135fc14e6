/**
 * The special-cause rules of NHSRplotthedots (`ptd_calculate_point_type`), applied to one phase:
 *
 * 1. a point outside the process limits;
 * 2. a trend: 7 points in a row each strictly higher (or each strictly lower) than the one before;
 * 3. two of three consecutive points beyond the same two-sigma line (all three on that side of the
 *    mean) but not outside the limits — only the points beyond the line are marked;
 * 4. a shift: 7 points in a row on the same side of the mean (a point on the mean breaks it).
 *
 * Every point of a qualifying run is marked. A point caught by several rules takes the first.
 * Outside-limits, two-in-three and shift points are high or low by their side of the mean; trend
 * points by the trend's direction, so a trend that crosses the mean keeps one meaning
 * (package issues #167 and #171).
 */
import type { SpecialCauseRule } from './types.js';

/** Rule codes as stored in the scratch arrays; 0 is common cause. */
export const RULE_CODES: readonly (SpecialCauseRule | null)[] = [
  null,
  'outside_limits',
  'trend',
  'two_in_three',
  'shift',
];
const OUTSIDE_RULE = 1;
const TREND_RULE = 2;
const TWO_IN_THREE_RULE = 3;
const SHIFT_RULE = 4;

/** Points in a run that make a trend or a shift. */
export const RUN_POINTS = 7;

const OUTSIDE = 1;
const BEYOND_TWO_SIGMA = 2;
const IN_TREND = 4;
const IN_TWO_OF_THREE = 8;
const IN_SHIFT = 16;
/** The marks that make a point special cause (beyond two sigma alone does not). */
const SIGNALS = OUTSIDE | IN_TREND | IN_TWO_OF_THREE | IN_SHIFT;

export interface RuleLimits {
  mean: number;
  lowerLimit: number;
  upperLimit: number;
  lowerTwoSigma: number;
  upperTwoSigma: number;
}

/** Working arrays, at least as long as the phase; reused between calls to spare the allocator. */
export interface RuleBuffers {
  side: Int8Array;
  flags: Uint8Array;
  /** Output: the rule code of each point (index into RULE_CODES). */
  rule: Uint8Array;
  /** Output: +1 for a high or increasing signal, −1 for a low or decreasing one, 0 for none. */
  direction: Int8Array;
}

export function ruleBuffers(length: number): RuleBuffers {
  return {
    side: new Int8Array(length),
    flags: new Uint8Array(length),
    rule: new Uint8Array(length),
    direction: new Int8Array(length),
  };
}

/** Sets `bit` on the `length` points ending at `last`. */
function markRun(flags: Uint8Array, last: number, length: number, bit: number): void {
  for (let k = last - length + 1; k <= last; k++) flags[k]! |= bit;
}

/**
 * Marks the special causes among the first `count` figures of a phase (missing figures left out),
 * writing `rule` and `direction` in `buffers`.
 */
export function markSpecialCauses(
  figures: ArrayLike<number>,
  count: number,
  limits: RuleLimits,
  buffers: RuleBuffers,
): void {
  const { side, flags, rule, direction } = buffers;
  const { mean, lowerLimit, upperLimit, lowerTwoSigma, upperTwoSigma } = limits;

  // One pass over the figures finds every rule's runs, each rule looking back from the point.
  let rising = 1;
  let falling = 1;
  let shift = 0;
  for (let i = 0; i < count; i++) {
    const v = figures[i]!;
    const s = v > mean ? 1 : v < mean ? -1 : 0;
    side[i] = s;
    flags[i] =
      v > upperLimit || v < lowerLimit
        ? OUTSIDE
        : v > upperTwoSigma || v < lowerTwoSigma
          ? BEYOND_TWO_SIGMA
          : 0;

    // Shifts: runs of points strictly on one side of the mean.
    shift = s === 0 ? 0 : i > 0 && side[i - 1] === s ? shift + 1 : 1;
    // The seventh point of a run marks the whole run; each later one only needs marking itself.
    if (shift >= RUN_POINTS) markRun(flags, i, shift === RUN_POINTS ? RUN_POINTS : 1, IN_SHIFT);
    if (i === 0) continue;

    // Trends: the points of the current rising and falling runs; equal figures end both.
    const step = v - figures[i - 1]!;
    rising = step > 0 ? rising + 1 : 1;
    falling = step < 0 ? falling + 1 : 1;
    const trend = rising > falling ? rising : falling;
    if (trend >= RUN_POINTS) markRun(flags, i, trend === RUN_POINTS ? RUN_POINTS : 1, IN_TREND);

    // Two in three: the window of three ending here, on one side of the mean, with two of them
    // beyond the two-sigma line; only those are marked.
    if (i < 2 || s === 0 || side[i - 1] !== s || side[i - 2] !== s) continue;
    let beyond = 0;
    for (let k = i - 2; k <= i; k++) if (flags[k]! & BEYOND_TWO_SIGMA) beyond++;
    if (beyond < 2) continue;
    for (let k = i - 2; k <= i; k++) if (flags[k]! & BEYOND_TWO_SIGMA) flags[k]! |= IN_TWO_OF_THREE;
  }

  for (let i = 0; i < count; i++) {
    const f = flags[i]!;
    if ((f & SIGNALS) === 0) {
      rule[i] = 0;
      direction[i] = 0;
      continue;
    }
    const high = side[i]! > 0 ? 1 : -1;
    if (f & OUTSIDE) {
      rule[i] = OUTSIDE_RULE;
      direction[i] = high;
    } else if (f & IN_TREND) {
      rule[i] = TREND_RULE;
      direction[i] = trendDirection(figures, count, flags, i);
    } else if (f & IN_TWO_OF_THREE) {
      rule[i] = TWO_IN_THREE_RULE;
      direction[i] = high;
    } else {
      rule[i] = SHIFT_RULE;
      direction[i] = high;
    }
  }
}

/**
 * The direction of the trend a point belongs to. As in the package: the step to the next point
 * when that point is in a trend too, otherwise the step from the previous point; anything but a
 * rise counts as decreasing (this settles the peak shared by a rising and a falling trend).
 */
function trendDirection(figures: ArrayLike<number>, count: number, flags: Uint8Array, i: number): 1 | -1 {
  const step =
    i + 1 < count && flags[i + 1]! & IN_TREND
      ? figures[i + 1]! - figures[i]!
      : i > 0
        ? figures[i]! - figures[i - 1]!
        : 0;
  return step > 0 ? 1 : -1;
}

/** The special causes of a whole phase, as plain data: for tests and one-off use. */
export function findSpecialCauses(
  figures: readonly number[],
  limits: RuleLimits,
): { rule: SpecialCauseRule | null; direction: -1 | 0 | 1 }[] {
  const buffers = ruleBuffers(figures.length);
  markSpecialCauses(figures, figures.length, limits, buffers);
  const result: { rule: SpecialCauseRule | null; direction: -1 | 0 | 1 }[] = [];
  for (let i = 0; i < figures.length; i++) {
    result.push({
      rule: RULE_CODES[buffers.rule[i]!] ?? null,
      direction: buffers.direction[i]! as -1 | 0 | 1,
    });
  }
  return result;
}
