/**
 * The RAG decision itself, on plain numbers: `judgeRag` (rag.ts) makes it with its reason for the
 * period being reported; `ragStatusOf` makes it with no reason for the earlier periods of a run,
 * which a status for every measure judges by the dozen. The two take the same steps in the same
 * order, and a property test holds them together.
 */
import type { ToleranceKind } from '../measure.js';
import { cleanDifference, roundToDecimals } from './format.js';
import type { RagStatus } from './labels.js';
import type { RagInput } from './rag.js';

const isNumber = (x: number | null | undefined): x is number => typeof x === 'number' && Number.isFinite(x);

/** The tolerance as an amount in the measure's unit; a relative one is a share of `base`. */
export function toleranceAmount(tolerance: number | null, kind: ToleranceKind, base: number): number | null {
  if (!isNumber(tolerance)) return null;
  const amount = kind === 'relative' ? Math.abs(base) * tolerance : tolerance;
  return cleanDifference(Math.abs(amount));
}

export function statusFor(shortfall: number, tolerance: number | null): RagStatus {
  if (shortfall <= 0) return 'green';
  return shortfall <= (tolerance ?? 0) ? 'amber' : 'red';
}

/**
 * The status of `figure` against `target` (or the band `lower`..`upper`), with the measure's
 * polarity, decimals and tolerance kind from `input`; its own value, target and tolerance are
 * not read.
 */
export function ragStatusOf(
  input: Pick<RagInput, 'polarity' | 'toleranceKind' | 'decimals' | 'dueDate' | 'today' | 'hasData'>,
  figure: number | null,
  target: number | null,
  lower: number | null,
  upper: number | null,
  tolerance: number | null,
): RagStatus {
  if (!((input.hasData ?? true) && isNumber(figure))) {
    const dueDate = input.dueDate ?? null;
    return dueDate !== null && input.today > dueDate ? 'overdue' : 'no-data';
  }
  const value = roundToDecimals(figure, input.decimals);
  const set = isNumber(target) ? target : null;
  let low = isNumber(lower) ? lower : null;
  let high = isNumber(upper) ? upper : null;

  if (input.polarity === 'within-band') {
    if (low === null && high === null && set !== null) {
      low = set;
      high = set;
    }
    if (low === null && high === null) return 'no-target';
    const below = low !== null && value < low;
    const above = high !== null && value > high;
    const edge = below ? low! : above ? high! : null;
    const gap = edge === null ? 0 : cleanDifference(value - edge);
    const amount = toleranceAmount(tolerance, input.toleranceKind, edge ?? low ?? high!);
    return statusFor(Math.abs(gap), amount);
  }
  if (input.polarity === 'neutral') return 'neutral';
  if (set === null) return 'no-target';
  const gap = cleanDifference(value - set);
  const amount = toleranceAmount(tolerance, input.toleranceKind, set);
  return statusFor(input.polarity === 'higher-better' ? -gap : gap, amount);
}
