/**
 * RAG against target. Higher is better: at or above target green, short of it by no more than the
 * tolerance amber, further short red; lower is better mirrors it; within a band, inside the band
 * green, outside by no more than the tolerance amber, further red; neutral is not judged. A missing
 * figure is 'overdue' once its due date has passed and 'no-data' before.
 *
 * The figure is judged as it is published, rounded to the measure's decimals, so the colour always
 * agrees with the figure people read (79.96% shown as 80.0% meets a target of 80%).
 */
import type { Polarity, ToleranceKind, Unit } from '../measure.js';
import {
  cleanDifference,
  formatDate,
  formatDifference,
  formatFigure,
  formatSetFigure,
  gapUnitOf,
  roundToDecimals,
  type FigureStyle,
  type GapUnit,
} from './format.js';
import { RAG_LABELS, type RagStatus } from './labels.js';
import { statusFor, toleranceAmount } from './rag-status.js';

export interface RagInput {
  value: number | null;
  /** The target; for 'within-band' the band is `lower`..`upper` (either may be open). */
  target: number | null;
  lower?: number | null;
  upper?: number | null;
  polarity: Polarity;
  /** Absolute: in the measure's unit. Relative: a share of the target (0.05 is 5% of it). */
  tolerance: number | null;
  toleranceKind: ToleranceKind;
  unit: Unit;
  decimals: number;
  ratePer?: number | null;
  /** ISO date by which the figure is due; without one a missing figure is never overdue. */
  dueDate?: string | null;
  /** ISO date the status is worked out on. */
  today: string;
  /** Whether the period has a figure; by default, whether `value` is a finite number. */
  hasData?: boolean;
}

export type RagWhy =
  'met' | 'within-tolerance' | 'beyond-tolerance' | 'no-target' | 'not-judged' | 'not-yet-due' | 'past-due';

/** Why a status was given, as data. */
export interface RagReason {
  why: RagWhy;
  /** The figure as judged: rounded to the measure's decimals. */
  value: number | null;
  target: number | null;
  lower: number | null;
  upper: number | null;
  /** Value − target; within a band, the distance outside it (negative below, 0 inside). */
  gap: number | null;
  unit: GapUnit;
  /** The tolerance as an amount in the measure's unit (a relative one worked out from the target). */
  tolerance: number | null;
  toleranceKind: ToleranceKind;
  /** The relative tolerance as given (0.05 is 5% of the target); null for an absolute one. */
  toleranceShare: number | null;
  polarity: Polarity;
  dueDate: string | null;
  /** For an overdue figure, how many days have passed since its due date; null otherwise. */
  daysLate: number | null;
}

export interface RagResult {
  status: RagStatus;
  reason: RagReason;
  sentence: string;
}

const isNumber = (x: number | null | undefined): x is number => typeof x === 'number' && Number.isFinite(x);

/** The status and its reason, without the sentence: for periods whose status is only counted. */
export interface RagJudgement {
  status: RagStatus;
  reason: RagReason;
}

export function ragStatus(input: RagInput): RagResult {
  const { status, reason } = judgeRag(input);
  const style: FigureStyle = { unit: input.unit, decimals: input.decimals, ratePer: input.ratePer ?? null };
  return { status, reason, sentence: ragSentence(status, reason, style) };
}

export function judgeRag(input: RagInput): RagJudgement {
  const reason = blankReason();
  return { status: fillReason(input, reason), reason };
}

/** A reason to be filled in: scratch space for `ragStatusOnly`. */
export function blankReason(): RagReason {
  return {
    why: 'met',
    value: null,
    target: null,
    lower: null,
    upper: null,
    gap: null,
    unit: 'number',
    tolerance: null,
    toleranceKind: 'absolute',
    toleranceShare: null,
    polarity: 'neutral',
    dueDate: null,
    daysLate: null,
  };
}

/**
 * The status alone, its reason written into `scratch`: for judging many earlier periods, where
 * only the status is kept and a fresh reason for each would be garbage.
 */
export function ragStatusOnly(input: RagInput, scratch: RagReason): RagStatus {
  return fillReason(input, scratch);
}

function fillReason(input: RagInput, reason: RagReason): RagStatus {
  const hasData = (input.hasData ?? true) && isNumber(input.value);
  reason.why = 'met';
  reason.value = hasData ? roundToDecimals(input.value!, input.decimals) : null;
  reason.target = isNumber(input.target) ? input.target : null;
  reason.lower = isNumber(input.lower) ? input.lower : null;
  reason.upper = isNumber(input.upper) ? input.upper : null;
  reason.gap = null;
  reason.unit = gapUnitOf(input.unit, input.ratePer ?? null);
  reason.tolerance = null;
  reason.toleranceKind = input.toleranceKind;
  reason.toleranceShare =
    input.toleranceKind === 'relative' && isNumber(input.tolerance) ? input.tolerance : null;
  reason.polarity = input.polarity;
  reason.dueDate = input.dueDate ?? null;
  reason.daysLate = null;
  if (reason.value === null) {
    const overdue = reason.dueDate !== null && input.today > reason.dueDate;
    if (overdue) reason.daysLate = daysAfter(reason.dueDate!, input.today);
    return judged(overdue ? 'overdue' : 'no-data', overdue ? 'past-due' : 'not-yet-due', reason);
  }
  const value = reason.value;

  if (input.polarity === 'within-band') {
    if (reason.lower === null && reason.upper === null && reason.target !== null) {
      reason.lower = reason.target;
      reason.upper = reason.target;
    }
    if (reason.lower === null && reason.upper === null) return judged('no-target', 'no-target', reason);
    const below = reason.lower !== null && value < reason.lower;
    const above = reason.upper !== null && value > reason.upper;
    const edge = below ? reason.lower! : above ? reason.upper! : null;
    reason.gap = edge === null ? 0 : cleanDifference(value - edge);
    reason.tolerance = toleranceAmount(
      input.tolerance,
      input.toleranceKind,
      edge ?? reason.lower ?? reason.upper!,
    );
    return judged(statusFor(Math.abs(reason.gap), reason.tolerance), null, reason);
  }

  if (reason.target !== null) {
    reason.gap = cleanDifference(value - reason.target);
    reason.tolerance = toleranceAmount(input.tolerance, input.toleranceKind, reason.target);
  }
  if (input.polarity === 'neutral') return judged('neutral', 'not-judged', reason);
  if (reason.target === null) return judged('no-target', 'no-target', reason);
  const shortfall = input.polarity === 'higher-better' ? -reason.gap! : reason.gap!;
  return judged(statusFor(shortfall, reason.tolerance), null, reason);
}

const DAY = 24 * 60 * 60 * 1000;

/** Whole days from one ISO date to a later one; null if either is not a date. */
function daysAfter(from: string, to: string): number | null {
  const start = Date.parse(`${from.slice(0, 10)}T00:00:00Z`);
  const end = Date.parse(`${to.slice(0, 10)}T00:00:00Z`);
  return Number.isFinite(start) && Number.isFinite(end) ? Math.round((end - start) / DAY) : null;
}

const WHY_OF: Partial<Record<RagStatus, RagWhy>> = {
  green: 'met',
  amber: 'within-tolerance',
  red: 'beyond-tolerance',
};

function judged(status: RagStatus, why: RagWhy | null, reason: RagReason): RagStatus {
  reason.why = why ?? WHY_OF[status]!;
  return status;
}

/** The status and its reason in one sentence, starting with the status's word. */
export function ragSentence(status: RagStatus, reason: RagReason, style: FigureStyle): string {
  const { dueDate } = reason;
  if (status === 'overdue') {
    return `Overdue: the figure was due on ${formatDate(dueDate!)} and has not been provided.`;
  }
  if (status === 'no-data') {
    const when =
      dueDate === null ? 'there is no figure yet' : `the figure is not due until ${formatDate(dueDate)}`;
    return `No data: ${when}.`;
  }
  return `${RAG_LABELS[status].word}: ${describe(status, reason, style)}.`;
}

function describe(status: RagStatus, reason: RagReason, style: FigureStyle): string {
  const value = formatFigure(reason.value!, style);
  if (status === 'no-target') return `${value} has no target to be judged against`;
  if (status === 'neutral') {
    const against =
      reason.target === null ? '' : ` against a target of ${formatSetFigure(reason.target, style)}`;
    return `${value}${against}; neither higher nor lower is better, so it is not judged`;
  }
  const band = reason.polarity === 'within-band';
  const aim = band
    ? `the target band of ${bandText(reason, style)}`
    : `the target of ${formatSetFigure(reason.target!, style)}`;
  const gap = reason.gap!;
  if (gap === 0) return band ? `${value} is within ${aim}` : `${value} meets ${aim}`;
  const where = `${value} is ${formatDifference(gap, style)} ${gap < 0 ? 'below' : 'above'} ${aim}`;
  if (status === 'green') return where;
  const tolerance = reason.tolerance === null || reason.tolerance === 0 ? null : toleranceText(reason, style);
  if (status === 'amber') return `${where}, within the tolerance of ${tolerance}`;
  return tolerance === null ? where : `${where} (tolerance ${tolerance})`;
}

function bandText(reason: RagReason, style: FigureStyle): string {
  const { lower, upper } = reason;
  if (lower !== null && upper !== null) {
    return lower === upper
      ? formatSetFigure(lower, style)
      : `${formatSetFigure(lower, style)} to ${formatSetFigure(upper, style)}`;
  }
  return lower !== null
    ? `${formatSetFigure(lower, style)} or more`
    : `${formatSetFigure(upper!, style)} or less`;
}

function toleranceText(reason: RagReason, style: FigureStyle): string {
  const amount = formatDifference(reason.tolerance!, style, 'short', true);
  if (reason.toleranceShare === null) return amount;
  const share = Number((reason.toleranceShare * 100).toPrecision(6));
  return `${amount}, ${share}% of the ${reason.polarity === 'within-band' ? 'band edge' : 'target'}`;
}
