/**
 * The XmR chart of a series, as NHSRplotthedots' `ptd_spc` computes it: per phase, the mean and
 * process limits, the special-cause points, and for the latest phase the variation and assurance
 * icons.
 *
 * Missing figures (null, or anything not a finite number) keep their place among the points but
 * are skipped by every calculation: moving ranges and runs join the figures either side of a gap.
 * The package itself has no rule for gaps.
 */
import { assuranceOf, isValidTarget } from './assurance.js';
import { TRIAL_LIMIT_FIGURES, phaseLimits } from './limits.js';
import { planPhases } from './phases.js';
import { RULE_CODES, markSpecialCauses, ruleBuffers } from './rules.js';
import type {
  ImprovementDirection,
  SpecialCause,
  SpecialCauseRule,
  Variation,
  XmrChart,
  XmrOptions,
  XmrPhase,
  XmrPoint,
} from './types.js';

// Scratch space shared by every call, grown when a longer phase comes along: charts are drawn by
// the hundred thousand, and these arrays never escape a call.
let figures = new Float64Array(64);
let positions = new Int32Array(64);
let buffers = ruleBuffers(64);

function reserve(length: number): void {
  if (figures.length >= length) return;
  const size = Math.max(length, figures.length * 2);
  figures = new Float64Array(size);
  positions = new Int32Array(size);
  buffers = ruleBuffers(size);
}

function causeOf(direction: number, improvement: ImprovementDirection): SpecialCause {
  if (improvement === 'neutral') return direction > 0 ? 'neutral_high' : 'neutral_low';
  return direction > 0 === (improvement === 'increase') ? 'improvement' : 'concern';
}

const VARIATION_OF: Record<SpecialCause, Variation> = {
  improvement: 'special_cause_improvement',
  concern: 'special_cause_concern',
  neutral_high: 'special_cause_neutral_high',
  neutral_low: 'special_cause_neutral_low',
};

export function xmr(values: readonly (number | null)[], options: XmrOptions): XmrChart {
  const { improvement } = options;
  const screenOutliers = options.screenOutliers ?? true;
  const plan = planPhases(values.length, options.rebaseAt, options.fixAfter);
  const warnings = plan.warnings;
  const points: XmrPoint[] = [];
  const phases: XmrPhase[] = [];
  reserve(values.length);
  let unreadable = 0;
  let variation: Variation | null = null;

  for (let p = 0; p < plan.starts.length; p++) {
    const start = plan.starts[p]!;
    const end = p + 1 < plan.starts.length ? plan.starts[p + 1]! : values.length;
    const baselineEnd = plan.fixAfter === null ? end : Math.min(end, start + plan.fixAfter);

    let count = 0;
    let baseline = 0;
    for (let i = start; i < end; i++) {
      const v = values[i];
      if (typeof v !== 'number') continue;
      if (!Number.isFinite(v)) {
        unreadable++;
        continue;
      }
      figures[count] = v;
      positions[count] = i;
      count++;
      if (i < baselineEnd) baseline = count;
    }

    const limits = phaseLimits(figures, baseline, screenOutliers);
    const judged = limits !== null && limits.lowerLimit !== null;
    if (judged) {
      markSpecialCauses(
        figures,
        count,
        {
          mean: limits.mean,
          lowerLimit: limits.lowerLimit!,
          upperLimit: limits.upperLimit!,
          lowerTwoSigma: limits.lowerTwoSigma!,
          upperTwoSigma: limits.upperTwoSigma!,
        },
        buffers,
      );
    }

    const mean = limits?.mean ?? null;
    const lowerLimit = limits?.lowerLimit ?? null;
    const upperLimit = limits?.upperLimit ?? null;
    let next = 0;
    for (let i = start; i < end; i++) {
      let value: number | null = null;
      let specialCause: SpecialCause | null = null;
      let rule: SpecialCauseRule | null = null;
      if (next < count && positions[next] === i) {
        value = figures[next]!;
        if (judged) {
          rule = RULE_CODES[buffers.rule[next]!] ?? null;
          if (rule !== null) specialCause = causeOf(buffers.direction[next]!, improvement);
        }
        next++;
      }
      // Phases run in order, so pushing keeps each point at its own position.
      points.push({ value, phase: p, mean, lowerLimit, upperLimit, specialCause, rule });
    }

    const trialLimits = count > 0 && count < TRIAL_LIMIT_FIGURES;
    if (trialLimits) {
      warnings.push(
        `Points ${start + 1} to ${end} have only ${count} figure${count === 1 ? '' : 's'}: limits from fewer than ` +
          `${TRIAL_LIMIT_FIGURES} are trial limits, and become more reliable as figures are added.`,
      );
    }
    phases.push({
      start,
      end,
      figures: count,
      baselineFigures: baseline,
      screenedMovingRanges: limits?.screenedMovingRanges ?? 0,
      mean,
      averageMovingRange: limits?.averageMovingRange ?? null,
      lowerLimit,
      upperLimit,
      lowerTwoSigma: limits?.lowerTwoSigma ?? null,
      upperTwoSigma: limits?.upperTwoSigma ?? null,
      trialLimits,
    });

    if (p === plan.starts.length - 1 && judged && count > 0) {
      const latest = points[positions[count - 1]!]!;
      variation = latest.specialCause === null ? 'common_cause' : VARIATION_OF[latest.specialCause];
    }
  }

  if (unreadable > 0) {
    warnings.push(`${unreadable} figure${unreadable === 1 ? ' was' : 's were'} not a number and left out.`);
  }
  const target = options.target ?? null;
  if (target !== null && !isValidTarget(target)) {
    warnings.push(
      'The target is not usable (a band needs finite lower and upper, lower first): no assurance given.',
    );
  }

  const current = phases[phases.length - 1];
  const lowerLimit = current?.lowerLimit ?? null;
  const upperLimit = current?.upperLimit ?? null;
  return {
    mean: current?.mean ?? null,
    lowerLimit,
    upperLimit,
    phases,
    points,
    assurance: assuranceOf(lowerLimit, upperLimit, target, improvement),
    variation,
    warnings,
  };
}
