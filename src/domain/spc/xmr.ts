/**
 * The XmR chart of a series, as NHSRplotthedots' `ptd_spc` computes it: per phase, the mean and
 * process limits, the special-cause points, and for the latest phase the variation and assurance
 * icons. The arithmetic is in xmr-core.ts; here it becomes the chart's points and phases, or, for
 * a bulk run that shows no chart, just its verdicts.
 *
 * Missing figures (null, or anything not a finite number) keep their place among the points but
 * are skipped by every calculation: moving ranges and runs join the figures either side of a gap.
 * The package itself has no rule for gaps.
 */
import { assuranceOf, isValidTarget } from './assurance.js';
import { TRIAL_LIMIT_FIGURES } from './limits.js';
import { RULE_CODES } from './rules.js';
import { CAUSE_CODES, xmrCodes, type XmrCodes } from './xmr-core.js';
import type {
  SpecialCause,
  Variation,
  XmrChart,
  XmrOptions,
  XmrPhase,
  XmrPoint,
  XmrVerdict,
} from './types.js';

const VARIATION_OF: Record<SpecialCause, Variation> = {
  improvement: 'special_cause_improvement',
  concern: 'special_cause_concern',
  neutral_high: 'special_cause_neutral_high',
  neutral_low: 'special_cause_neutral_low',
};

export function xmr(values: readonly (number | null)[], options: XmrOptions): XmrChart {
  const codes = xmrCodes(values, options);
  return chartOf(codes, values, options, verdictOf(codes, options));
}

/** The chart's verdicts alone, with no point objects: for runs over many series. */
export function xmrVerdict(values: ArrayLike<number | null>, options: XmrOptions): XmrVerdict {
  return verdictOf(xmrCodes(values, options), options);
}

/** The chart and its verdicts from one calculation, for a status that shows both. */
export function xmrWithVerdict(
  values: readonly (number | null)[],
  options: XmrOptions,
): { chart: XmrChart; verdict: XmrVerdict } {
  const codes = xmrCodes(values, options);
  const verdict = verdictOf(codes, options);
  return { chart: chartOf(codes, values, options, verdict), verdict };
}

function verdictOf(codes: XmrCodes, options: XmrOptions): XmrVerdict {
  const { present, causes } = codes;
  const current = codes.phases[codes.phaseCount - 1]!;
  const lowerLimit = current.limited ? current.lowerLimit : null;
  const upperLimit = current.limited ? current.upperLimit : null;

  // The variation icon reads the latest phase's last figure, when that phase has limits.
  let variation: Variation | null = null;
  if (current.limited && current.figures > 0) {
    let last = current.end - 1;
    while (present[last] === 0) last--;
    const cause = CAUSE_CODES[causes[last]!] ?? null;
    variation = cause === null ? 'common_cause' : VARIATION_OF[cause];
  }

  // The latest figure in any phase, and back over the run of figures with its special cause; a
  // gap in the figures does not end the run.
  let latest = codes.length - 1;
  while (latest >= 0 && present[latest] === 0) latest--;
  const code = latest >= 0 ? causes[latest]! : 0;
  let since = -1;
  if (code !== 0) {
    since = latest;
    for (let i = latest - 1; i >= 0; i--) {
      if (present[i] === 0) continue;
      if (causes[i] !== code) break;
      since = i;
    }
  }
  return {
    mean: current.baselineFigures > 0 ? current.mean : null,
    lowerLimit,
    upperLimit,
    variation,
    assurance: assuranceOf(lowerLimit, upperLimit, options.target ?? null, options.improvement),
    latest,
    specialCause: CAUSE_CODES[code] ?? null,
    since,
  };
}

function chartOf(
  codes: XmrCodes,
  values: readonly (number | null)[],
  options: XmrOptions,
  verdict: XmrVerdict,
): XmrChart {
  const { present, rules, causes } = codes;
  const warnings = codes.warnings.slice();
  const points: XmrPoint[] = [];
  const phases: XmrPhase[] = [];
  for (let p = 0; p < codes.phaseCount; p++) {
    const phase = codes.phases[p]!;
    const { start, end, figures, limited } = phase;
    const mean = phase.baselineFigures > 0 ? phase.mean : null;
    const lowerLimit = limited ? phase.lowerLimit : null;
    const upperLimit = limited ? phase.upperLimit : null;
    for (let i = start; i < end; i++) {
      const value = present[i] === 1 ? values[i]! : null;
      const rule = limited ? (RULE_CODES[rules[i]!] ?? null) : null;
      const specialCause = rule === null ? null : (CAUSE_CODES[causes[i]!] ?? null);
      // Phases run in order, so pushing keeps each point at its own position.
      points.push({ value, phase: p, mean, lowerLimit, upperLimit, specialCause, rule });
    }

    const trialLimits = figures > 0 && figures < TRIAL_LIMIT_FIGURES;
    if (trialLimits) {
      warnings.push(
        `Points ${start + 1} to ${end} have only ${figures} figure${figures === 1 ? '' : 's'}: limits from fewer than ` +
          `${TRIAL_LIMIT_FIGURES} are trial limits, and become more reliable as figures are added.`,
      );
    }
    phases.push({
      start,
      end,
      figures,
      baselineFigures: phase.baselineFigures,
      screenedMovingRanges: phase.screenedMovingRanges,
      mean,
      averageMovingRange: limited ? phase.averageMovingRange : null,
      lowerLimit,
      upperLimit,
      lowerTwoSigma: limited ? phase.lowerTwoSigma : null,
      upperTwoSigma: limited ? phase.upperTwoSigma : null,
      trialLimits,
    });
  }

  if (codes.unreadable > 0) {
    const n = codes.unreadable;
    warnings.push(`${n} figure${n === 1 ? ' was' : 's were'} not a number and left out.`);
  }
  const target = options.target ?? null;
  if (target !== null && !isValidTarget(target)) {
    warnings.push(
      'The target is not usable (a band needs finite lower and upper, lower first): no assurance given.',
    );
  }
  return {
    mean: verdict.mean,
    lowerLimit: verdict.lowerLimit,
    upperLimit: verdict.upperLimit,
    phases,
    points,
    assurance: verdict.assurance,
    variation: verdict.variation,
    warnings,
  };
}
