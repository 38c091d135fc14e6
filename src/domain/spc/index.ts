/**
 * Statistical process control: XmR charts computed as the NHS-R Community's NHSRplotthedots
 * package computes them, for NHS England's "Making Data Count" approach.
 */

/** The chart of a series: phases, limits, special-cause points, variation and assurance. */
export { xmr, xmrVerdict, xmrWithVerdict } from './xmr.js';

/** The meaning, colour and letter of each variation and assurance icon. */
export { SPC_ICONS, assuranceIcon, variationIcon } from './icons.js';
export type { IconColour, IconLetter, SpcIcon, SpcIconMeaning } from './icons.js';

/** One phase's mean and limits, and the constants behind them. */
export { LIMIT_SCALE, SCREEN_SCALE, TRIAL_LIMIT_FIGURES, TWO_SIGMA_SCALE, phaseLimits } from './limits.js';
export type { PhaseLimits } from './limits.js';

/** The special-cause rules applied to one phase's figures. */
export { RUN_POINTS, findSpecialCauses } from './rules.js';
export type { RuleLimits } from './rules.js';

/** Whether a process's limits lie beyond a target or a target band. */
export { assuranceOf } from './assurance.js';

export {
  ASSURANCES,
  IMPROVEMENT_DIRECTIONS,
  SPECIAL_CAUSES,
  SPECIAL_CAUSE_RULES,
  VARIATIONS,
} from './types.js';
export type {
  Assurance,
  ImprovementDirection,
  SpecialCause,
  SpecialCauseRule,
  TargetBand,
  Variation,
  XmrChart,
  XmrOptions,
  XmrPhase,
  XmrPoint,
  XmrVerdict,
} from './types.js';
