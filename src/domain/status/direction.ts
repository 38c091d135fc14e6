/**
 * Direction of travel: is the figure better or worse than the period it is compared with (the
 * previous period, or the same period last year)? Better and worse follow the polarity; a neutral
 * measure only goes up or down; a band measure improves when it moves closer to its band.
 *
 * Optionally a change counts only when it is statistically significant. The test is the one
 * Fingertips uses against a benchmark: the two figures' confidence intervals do not overlap. The
 * intervals are the caller's (`lower`, `upper` on each figure, at whatever level it computed) or,
 * for a proportion given as numerator and denominator, Wilson score intervals at `confidence`.
 * Non-overlap is a conservative test: some changes it calls 'no change' a direct test would find.
 */
import type { Polarity, Unit } from '../measure.js';
import { wilsonInterval } from '../statistics/index.js';
import {
  cleanDifference,
  formatDifference,
  formatFigure,
  gapUnitOf,
  roundToDecimals,
  type GapUnit,
} from './format.js';

export const DIRECTIONS = ['improving', 'worsening', 'no-change', 'not-comparable', 'up', 'down'] as const;
export type Direction = (typeof DIRECTIONS)[number];

export const DIRECTION_WORDS: Readonly<Record<Direction, string>> = {
  improving: 'Improving',
  worsening: 'Worsening',
  'no-change': 'No change',
  'not-comparable': 'Not comparable',
  up: 'Up',
  down: 'Down',
};

/** A figure to compare: its value and, where known, its confidence interval or its x of n. */
export interface TravelFigure {
  value: number | null;
  lower?: number | null;
  upper?: number | null;
  numerator?: number | null;
  denominator?: number | null;
}

export type ComparedWith = 'previous-period' | 'same-period-last-year';

export interface DirectionInput {
  current: TravelFigure | number | null;
  previous: TravelFigure | number | null;
  polarity: Polarity;
  /** For 'within-band': the band the figure should be in. Without it the measure goes up or down. */
  band?: { lower: number | null; upper: number | null } | null;
  against?: ComparedWith;
  /** The compared period's name ("Q1 2016/17"), said in the sentence where given. */
  againstLabel?: string | null;
  /** Count only a statistically significant change: the two intervals must not overlap. */
  significance?: { confidence?: 0.95 | 0.998 } | null;
  unit?: Unit;
  decimals?: number;
  ratePer?: number | null;
}

export type Significance = 'significant' | 'not-significant' | 'not-tested' | 'untestable';

export interface DirectionReason {
  against: ComparedWith;
  current: number | null;
  previous: number | null;
  /** Current − previous, as published (rounded to the decimals). */
  change: number | null;
  unit: GapUnit;
  significance: Significance;
  /** Why there is no comparison, where there is none. */
  problem: string | null;
}

export interface DirectionResult {
  direction: Direction;
  reason: DirectionReason;
  sentence: string;
}

const isNumber = (x: number | null | undefined): x is number => typeof x === 'number' && Number.isFinite(x);

function asFigure(x: TravelFigure | number | null): TravelFigure | null {
  return typeof x === 'number' ? { value: x } : x;
}

const AGAINST_WORDS: Record<ComparedWith, string> = {
  'previous-period': 'the previous period',
  'same-period-last-year': 'the same period last year',
};

export function directionOfTravel(input: DirectionInput): DirectionResult {
  const { direction, reason } = judgeDirection(input);
  return { direction, reason, sentence: directionSentence({ direction, reason }, input) };
}

/** The direction and its reason, without the sentence: for statuses that are only read, not shown. */
export type DirectionJudgement = Pick<DirectionResult, 'direction' | 'reason'>;

export function judgeDirection(input: DirectionInput): DirectionJudgement {
  const current = asFigure(input.current);
  const previous = asFigure(input.previous);
  // NaN for no figure while working: a number, so that a status for every measure boxes none.
  const now = publishedValue(current, input.decimals);
  const then = publishedValue(previous, input.decimals);
  const reason: DirectionReason = {
    against: input.against ?? 'previous-period',
    current: Number.isNaN(now) ? null : now,
    previous: Number.isNaN(then) ? null : then,
    change: Number.isNaN(now) || Number.isNaN(then) ? null : cleanDifference(now - then),
    unit: gapUnitOf(input.unit ?? 'number', input.ratePer ?? null),
    significance: input.significance ? 'untestable' : 'not-tested',
    problem: null,
  };
  const against = input.againstLabel ?? AGAINST_WORDS[reason.against];
  if (reason.current === null) return notComparable(reason, 'there is no figure for this period');
  if (reason.previous === null) return notComparable(reason, `there is no figure for ${against}`);

  if (input.significance) {
    const overlap = intervalsOverlap(current!, previous!, input.significance.confidence ?? 0.95);
    if (overlap === null) {
      return notComparable(reason, `there are no confidence intervals to test the change on ${against}`);
    }
    reason.significance = overlap ? 'not-significant' : 'significant';
  }
  return { direction: directionOf(reason, input), reason };
}

/** The judgement in one sentence, starting with the direction's word. */
export function directionSentence(
  { direction, reason }: DirectionJudgement,
  input: Pick<DirectionInput, 'unit' | 'decimals' | 'ratePer' | 'againstLabel' | 'significance'>,
): string {
  if (direction === 'not-comparable') return `Not comparable: ${reason.problem}.`;
  const style = {
    unit: input.unit ?? 'number',
    decimals: input.decimals ?? 2,
    ratePer: input.ratePer ?? null,
  };
  const against = input.againstLabel ?? AGAINST_WORDS[reason.against];
  const change = reason.change!;
  const moved =
    change === 0
      ? `${formatFigure(reason.current!, style)}, the same as ${against}`
      : `${change > 0 ? 'up' : 'down'} ${formatDifference(change, style)} on ${against} ` +
        `(${formatFigure(reason.previous!, style)} to ${formatFigure(reason.current!, style)})`;
  const level = `${(input.significance?.confidence ?? 0.95) * 100}%`;
  const tested =
    reason.significance === 'significant'
      ? `; the ${level} confidence intervals do not overlap`
      : reason.significance === 'not-significant' && change !== 0
        ? `, but the ${level} confidence intervals overlap, so it is not a significant change`
        : '';
  return `${DIRECTION_WORDS[direction]}: ${moved}${tested}.`;
}

/** A figure's value as published: rounded to the measure's decimals, where they are given; NaN for none. */
function publishedValue(figure: TravelFigure | null, decimals: number | undefined): number {
  if (figure === null || !isNumber(figure.value)) return NaN;
  return decimals === undefined ? figure.value : roundToDecimals(figure.value, decimals);
}

function notComparable(reason: DirectionReason, problem: string): DirectionJudgement {
  reason.problem = problem;
  return { direction: 'not-comparable', reason };
}

function directionOf(reason: DirectionReason, input: DirectionInput): Direction {
  const change = reason.change!;
  if (change === 0 || reason.significance === 'not-significant') return 'no-change';
  const band = input.band;
  if (input.polarity === 'within-band' && band && (isNumber(band.lower) || isNumber(band.upper))) {
    const closer = distanceOutside(reason.current!, band) - distanceOutside(reason.previous!, band);
    if (closer === 0) return 'no-change';
    return closer < 0 ? 'improving' : 'worsening';
  }
  if (input.polarity === 'higher-better') return change > 0 ? 'improving' : 'worsening';
  if (input.polarity === 'lower-better') return change < 0 ? 'improving' : 'worsening';
  return change > 0 ? 'up' : 'down';
}

function distanceOutside(x: number, band: { lower: number | null; upper: number | null }): number {
  if (isNumber(band.lower) && x < band.lower) return band.lower - x;
  if (isNumber(band.upper) && x > band.upper) return x - band.upper;
  return 0;
}

/** Whether the two figures' intervals overlap; null when either has no interval. */
function intervalsOverlap(a: TravelFigure, b: TravelFigure, confidence: 0.95 | 0.998): boolean | null {
  const ia = intervalOf(a, confidence);
  const ib = intervalOf(b, confidence);
  if (ia === null || ib === null) return null;
  return ia.lower <= ib.upper && ib.lower <= ia.upper;
}

function intervalOf(f: TravelFigure, confidence: 0.95 | 0.998): { lower: number; upper: number } | null {
  if (isNumber(f.lower) && isNumber(f.upper)) return { lower: f.lower, upper: f.upper };
  if (isNumber(f.numerator) && isNumber(f.denominator)) {
    // On the 0–1 scale: whether two intervals overlap does not depend on the scale they are drawn on.
    const wilson = wilsonInterval(f.numerator, f.denominator, confidence);
    if (wilson && isNumber(wilson.lower) && isNumber(wilson.upper))
      return { lower: wilson.lower, upper: wilson.upper };
  }
  return null;
}
