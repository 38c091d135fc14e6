/**
 * Splitting a series into phases at its rebase points, and checking the options a user sets on a
 * chart. Problems come back as warnings: a bad rebase point or baseline length is ignored, and the
 * chart is still drawn.
 */

export interface PhasePlan {
  /** First position of each phase, ascending, starting with 0. */
  readonly starts: readonly number[];
  /** How many points set each phase's limits, or null for all of them. */
  readonly fixAfter: number | null;
  readonly warnings: readonly string[];
}

/** Most charts have one phase and no options: they share one plan. */
const ONE_PHASE: PhasePlan = Object.freeze({
  starts: Object.freeze([0]),
  fixAfter: null,
  warnings: Object.freeze([]),
});

export function planPhases(
  length: number,
  rebaseAt: readonly number[] | undefined,
  fixAfter: number | null | undefined,
): PhasePlan {
  if ((rebaseAt === undefined || rebaseAt.length === 0) && fixAfter == null) return ONE_PHASE;
  const warnings: string[] = [];
  const starts = [0];

  if (rebaseAt !== undefined && rebaseAt.length > 0) {
    const sorted = rebaseAt.slice().sort((a, b) => a - b);
    for (const at of sorted) {
      if (!Number.isInteger(at) || at < 0 || at >= length) {
        warnings.push(
          `A new phase cannot start at position ${at}: the series has positions 0 to ${length - 1}.`,
        );
      } else if (at !== starts[starts.length - 1]) {
        starts.push(at);
      }
    }
  }

  let fix: number | null = null;
  if (fixAfter != null) {
    if (Number.isInteger(fixAfter) && fixAfter >= 2) fix = fixAfter;
    else
      warnings.push(
        `Limits cannot be fixed after ${fixAfter} points: at least 2 are needed; all points were used.`,
      );
  }

  return { starts, fixAfter: fix, warnings };
}
