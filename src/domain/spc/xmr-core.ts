/**
 * The arithmetic of an XmR chart, apart from how it is shown: each phase's mean and limits, and
 * each position's special cause, as codes in typed arrays. `xmr` builds the chart's points from
 * it; a bulk run reads its verdicts straight from the codes, with no object for each point.
 *
 * Missing figures (null, or anything not a finite number) keep their place but are skipped by
 * every calculation: moving ranges and runs join the figures either side of a gap.
 */
import { writeLines, type PhaseLines } from './limits.js';
import { planPhases } from './phases.js';
import { markSpecialCauses, ruleBuffers } from './rules.js';
import type { SpecialCause, XmrOptions } from './types.js';

/** Special causes as stored in `XmrCodes.causes`; 0 is none (common cause, or no figure). */
export const CAUSE_CODES: readonly (SpecialCause | null)[] = [
  null,
  'improvement',
  'concern',
  'neutral_high',
  'neutral_low',
];

/** One phase. Its mean is there only with baseline figures, and its other lines only when `limited`. */
export interface CorePhase extends PhaseLines {
  start: number;
  end: number;
  /** Non-null figures in the phase, and how many of them set its mean and limits. */
  figures: number;
  baselineFigures: number;
  /** Whether it has limits (and so its points were judged): with two baseline figures or more. */
  limited: boolean;
}

/**
 * A chart's codes by position. Everything here is scratch space shared by every call, grown when
 * a longer series comes along (charts are drawn by the hundred thousand): read it before the
 * next chart is drawn, the phases only up to `phaseCount` and the positions up to `length`.
 */
export interface XmrCodes {
  length: number;
  phases: CorePhase[];
  phaseCount: number;
  /** 1 where the position has a usable figure. */
  present: Uint8Array;
  /** The rule that marked each position (an index into RULE_CODES; 0 for none). */
  rules: Uint8Array;
  /** Each position's special cause (an index into CAUSE_CODES). */
  causes: Uint8Array;
  /** Figures that were numbers but not finite, left out. */
  unreadable: number;
  /** Warnings about the options (rebase points, fixAfter). */
  warnings: readonly string[];
}

let figures = new Float64Array(64);
let positions = new Int32Array(64);
let buffers = ruleBuffers(64);
const codes: XmrCodes = {
  length: 0,
  phases: [],
  phaseCount: 0,
  present: new Uint8Array(64),
  rules: new Uint8Array(64),
  causes: new Uint8Array(64),
  unreadable: 0,
  warnings: [],
};

function reserve(length: number): void {
  if (figures.length >= length) return;
  const size = Math.max(length, figures.length * 2);
  figures = new Float64Array(size);
  positions = new Int32Array(size);
  buffers = ruleBuffers(size);
  codes.present = new Uint8Array(size);
  codes.rules = new Uint8Array(size);
  codes.causes = new Uint8Array(size);
}

function phaseAt(p: number): CorePhase {
  const phases = codes.phases;
  while (phases.length <= p) {
    phases.push({
      start: 0,
      end: 0,
      figures: 0,
      baselineFigures: 0,
      limited: false,
      mean: 0.5,
      averageMovingRange: 0.5,
      lowerLimit: 0.5,
      upperLimit: 0.5,
      lowerTwoSigma: 0.5,
      upperTwoSigma: 0.5,
      screenedMovingRanges: 0,
    });
  }
  return phases[p]!;
}

export function xmrCodes(values: ArrayLike<number | null>, options: XmrOptions): XmrCodes {
  const length = values.length;
  const screenOutliers = options.screenOutliers ?? true;
  const plan = planPhases(length, options.rebaseAt, options.fixAfter);
  reserve(length);
  const { present, rules, causes } = codes;
  // The cause (an index into CAUSE_CODES) of a signal upwards, and of one downwards.
  const { improvement } = options;
  const up = improvement === 'neutral' ? 3 : improvement === 'increase' ? 1 : 2;
  const down = improvement === 'neutral' ? 4 : improvement === 'increase' ? 2 : 1;
  let unreadable = 0;

  for (let p = 0; p < plan.starts.length; p++) {
    const start = plan.starts[p]!;
    const end = p + 1 < plan.starts.length ? plan.starts[p + 1]! : length;
    const baselineEnd = plan.fixAfter === null ? end : Math.min(end, start + plan.fixAfter);

    let count = 0;
    let baseline = 0;
    for (let i = start; i < end; i++) {
      const v = values[i];
      if (typeof v !== 'number' || !Number.isFinite(v)) {
        if (typeof v === 'number') unreadable++;
        present[i] = 0;
        rules[i] = 0;
        causes[i] = 0;
        continue;
      }
      present[i] = 1;
      figures[count] = v;
      positions[count] = i;
      count++;
      if (i < baselineEnd) baseline = count;
    }

    const phase = phaseAt(p);
    phase.start = start;
    phase.end = end;
    phase.figures = count;
    phase.baselineFigures = baseline;
    phase.screenedMovingRanges = 0;
    phase.limited = baseline > 0 && writeLines(figures, baseline, screenOutliers, phase);
    if (phase.limited) markSpecialCauses(figures, count, phase, buffers);
    for (let k = 0; k < count; k++) {
      const rule = phase.limited ? buffers.rule[k]! : 0;
      rules[positions[k]!] = rule;
      causes[positions[k]!] = rule === 0 ? 0 : buffers.direction[k]! > 0 ? up : down;
    }
  }
  codes.length = length;
  codes.phaseCount = plan.starts.length;
  codes.unreadable = unreadable;
  codes.warnings = plan.warnings;
  return codes;
}
