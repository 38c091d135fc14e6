/**
 * Writing a measure's commentary for a period: what happened, why and what is being done next.
 * Every change is a new version (the old one is kept and shown in the history); changing what was
 * said needs a reason, as correcting a figure does; saying the same again changes nothing.
 */
import { UserError } from '../domain/errors.js';
import type { Commentary } from '../domain/figures.js';
import type { Measure } from '../domain/measure.js';
import { parsePeriod } from '../domain/period.js';
import { periodKindMismatch } from '../domain/validation/index.js';
import { commentaryHistory, recordCommentary } from '../store/commentary.js';
import { isUniqueViolation } from '../store/conflicts.js';
import type { Store } from '../store/connect.js';

export interface CommentaryInput {
  period: string;
  summary: string;
  reasons: string | null;
  nextSteps: string | null;
  /** Why commentary that exists is being changed. */
  reason: string | null;
}

export interface WrittenCommentary {
  outcome: 'created' | 'changed' | 'unchanged';
  version: number;
}

const blankToNull = (text: string | null) => (text && text.trim() ? text.trim() : null);

export async function writeCommentary(
  store: Store,
  measure: Measure,
  input: CommentaryInput,
  change: { by: string; at: string; authorId: string | null },
): Promise<WrittenCommentary> {
  const parsed = parsePeriod(input.period);
  if (!parsed.ok) throw new UserError('invalid-input', `period: ${parsed.error}`);
  const mismatch = periodKindMismatch(measure, parsed.period);
  if (mismatch)
    throw new UserError(
      'invalid-input',
      `period: "${input.period}" ${mismatch.is}; expected ${mismatch.expected}`,
    );
  const next: Commentary = {
    measureId: measure.id,
    period: input.period,
    summary: input.summary.trim(),
    reasons: blankToNull(input.reasons),
    nextSteps: blankToNull(input.nextSteps),
    authorId: change.authorId,
  };
  try {
    return await saveVersion(store, measure, next, input, change);
  } catch (error) {
    // Two people saving the same period at once: the later finds its version number taken.
    throw isUniqueViolation(error) ? conflict(input.period) : error;
  }
}

const conflict = (period: string) =>
  new UserError(
    'refused',
    `Someone else has just changed the commentary on ${period}: reload to see it, then try again`,
  );

function saveVersion(
  store: Store,
  measure: Measure,
  next: Commentary,
  input: CommentaryInput,
  change: { by: string; at: string },
): Promise<WrittenCommentary> {
  return store.db.transaction().execute(async (trx) => {
    // Oldest first: the last version of the period is the one in force, unless it withdrew it.
    const latest = (await commentaryHistory(trx, measure.id)).filter((v) => v.period === input.period).at(-1);
    const live = latest && !latest.withdrawn ? latest : null;
    if (
      live &&
      live.summary === next.summary &&
      live.reasons === next.reasons &&
      live.nextSteps === next.nextSteps
    )
      return { outcome: 'unchanged', version: live.version };
    const reason = blankToNull(input.reason);
    if (live && !reason)
      throw new UserError(
        'invalid-input',
        `reason: is required to change commentary that exists (version ${live.version}); the old version is kept`,
      );
    const version = await recordCommentary(trx, next, {
      by: change.by,
      at: change.at,
      reason: reason ?? 'commentary written',
    });
    // Another save landed between reading the period and writing it: this one is not based on it.
    if (version !== (latest?.version ?? 0) + 1) throw conflict(input.period);
    return { outcome: live ? 'changed' : 'created', version };
  });
}
