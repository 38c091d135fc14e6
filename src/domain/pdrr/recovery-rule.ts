/**
 * When under-performance requires a recovery plan ("where there is under performance commission
 * recovery plans", framework section 4): a measure Red for N periods running, a measure whose SPC
 * chart shows a special cause of concern, or one whose year-end forecast has put its target at risk
 * for N periods running. N is the council's to set; two periods by default, so that one bad month
 * does not start a plan but a second does.
 */

export const DEFAULT_RECOVERY_PERIODS = 2;

export interface RecoverySettings {
  /** Periods running (at least 1) that a Red status or an at-risk forecast must last. */
  periods: number;
}

export const DEFAULT_RECOVERY_SETTINGS: RecoverySettings = { periods: DEFAULT_RECOVERY_PERIODS };

/** What the engine said about a measure at one period, as far as this rule needs it. */
export interface RecoveryEvidence {
  period: string | null;
  ragStatus: string;
  /** Periods running that the RAG status has held, this one included. */
  ragRunLength: number;
  specialCause: string | null;
  /** Whether the year-end forecast put the target at risk, for this period and those before it, newest last. */
  forecastAtRisk: readonly (boolean | null)[];
}

export type RecoveryTrigger =
  { kind: 'red'; periods: number } | { kind: 'spc-concern' } | { kind: 'forecast-at-risk'; periods: number };

export interface RecoveryRequirement {
  required: boolean;
  triggers: RecoveryTrigger[];
  /** Why, in words: empty when none is required. */
  reasons: string[];
}

/** How many of the latest periods in a row the forecast put the target at risk. */
export function atRiskRun(history: readonly (boolean | null)[]): number {
  let run = 0;
  for (let i = history.length - 1; i >= 0 && history[i] === true; i -= 1) run += 1;
  return run;
}

export function recoveryRequirement(
  evidence: RecoveryEvidence,
  settings: RecoverySettings,
): RecoveryRequirement {
  const n = Math.max(1, Math.floor(settings.periods));
  const triggers: RecoveryTrigger[] = [];
  if (evidence.ragStatus === 'red' && evidence.ragRunLength >= n)
    triggers.push({ kind: 'red', periods: evidence.ragRunLength });
  if (evidence.specialCause === 'concern') triggers.push({ kind: 'spc-concern' });
  const run = atRiskRun(evidence.forecastAtRisk);
  if (run >= n) triggers.push({ kind: 'forecast-at-risk', periods: run });
  return { required: triggers.length > 0, triggers, reasons: triggers.map(triggerSentence) };
}

export function triggerSentence(trigger: RecoveryTrigger): string {
  switch (trigger.kind) {
    case 'red':
      return `Red for ${trigger.periods} periods running`;
    case 'spc-concern':
      return 'the SPC chart shows a special cause of concern';
    case 'forecast-at-risk':
      return `the year-end target has been at risk for ${trigger.periods} periods running`;
  }
}

/** Checks a council's setting as read from the store: a whole number of periods from 1 to 12. */
export function recoveryPeriodsProblem(value: unknown): string | null {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > 12)
    return 'must be a whole number of periods from 1 to 12, e.g. 2';
  return null;
}
