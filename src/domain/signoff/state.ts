/**
 * Sign-off of a figure: each version is entered, then checked by the measure's owner or data owner,
 * then approved for publication by the performance function. Approval locks the version; unlocking
 * it (or correcting it, which is a new version) needs a reason and sends it back to entered.
 * The state is worked out from append-only events, never stored as a field that is overwritten.
 */

/** What an event records; 'unlocked' puts an approved version back to entered. */
export const SIGNOFF_EVENT_STATES = ['checked', 'approved', 'unlocked'] as const;
export type SignoffEventState = (typeof SIGNOFF_EVENT_STATES)[number];

export const SIGNOFF_STATES = ['entered', 'checked', 'approved'] as const;
export type SignoffState = (typeof SIGNOFF_STATES)[number];

/** What a person asks for. */
export const SIGNOFF_STEPS = ['check', 'approve', 'unlock'] as const;
export type SignoffStep = (typeof SIGNOFF_STEPS)[number];

export interface SignoffEvent {
  measureId: string;
  period: string;
  areaCode: string;
  /** The version of the figure signed off: a correction starts again at entered. */
  version: number;
  state: SignoffEventState;
  by: string;
  at: string;
  reason: string | null;
}

/** The state of one version, from its events in the order they were recorded. */
export function signoffStateOf(
  events: readonly Pick<SignoffEvent, 'version' | 'state'>[],
  version: number,
): SignoffState {
  let state: SignoffState = 'entered';
  for (const e of events) {
    if (e.version !== version) continue;
    state = e.state === 'unlocked' ? 'entered' : e.state;
  }
  return state;
}

/** Who may take which step on a measure's figures (see access/figures.ts). */
export interface SignoffRights {
  mayCheck: boolean;
  mayApprove: boolean;
}

export type SignoffDecision =
  | { ok: true; state: SignoffEventState }
  | { ok: false; problem: 'forbidden' | 'conflict' | 'invalid-input'; message: string };

const STEP_STATE: Record<SignoffStep, SignoffEventState> = {
  check: 'checked',
  approve: 'approved',
  unlock: 'unlocked',
};

/**
 * Whether a step may be taken now. Rights are judged before state, so that someone without the
 * right learns nothing about where the figure stands.
 */
export function decideSignoff(
  current: SignoffState,
  step: SignoffStep,
  rights: SignoffRights,
  reason: string | null,
): SignoffDecision {
  if (step === 'check' && !rights.mayCheck) {
    return refuse(
      'forbidden',
      "Only the measure's owner or data owner, or a performance officer, may check its figures",
    );
  }
  if ((step === 'approve' || step === 'unlock') && !rights.mayApprove) {
    return refuse('forbidden', `Only a performance officer or an administrator may ${step} a figure`);
  }
  if (step === 'unlock' && (reason === null || reason.trim() === '')) {
    return refuse(
      'invalid-input',
      'reason: is required to unlock an approved figure, e.g. "source corrected"',
    );
  }
  const expected: Record<SignoffStep, SignoffState> = {
    check: 'entered',
    approve: 'checked',
    unlock: 'approved',
  };
  if (current !== expected[step]) return refuse('conflict', conflictMessage(step, current));
  return { ok: true, state: STEP_STATE[step] };
}

function conflictMessage(step: SignoffStep, current: SignoffState): string {
  if (current === 'approved')
    return `The figure is approved and locked: unlock it, with a reason, before it can be ${step === 'check' ? 'checked' : 'approved'} again`;
  if (step === 'approve')
    return 'The figure has not been checked yet: its owner checks it before it is approved';
  if (step === 'unlock') return `The figure is ${current}, not approved: only an approved figure is locked`;
  return 'The figure is already checked: it is waiting for approval';
}

function refuse(problem: 'forbidden' | 'conflict' | 'invalid-input', message: string): SignoffDecision {
  return { ok: false, problem, message };
}
