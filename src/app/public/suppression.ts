/**
 * Small-number suppression: a count from 1 up to a measure's threshold could identify people, so
 * the figure is withheld and shown as "*". A count is the figure itself for a measure of numbers,
 * and the numerator and denominator for a percentage or rate. Zero is shown: it identifies no one.
 * Applied before anything leaves the server; what is withheld is replaced by null, never rounded.
 */
import type { ValueVersion } from '../../domain/figures.js';
import type { Measure } from '../../domain/measure.js';

export const SUPPRESSED_MARK = '*';

/** One approved figure as the public may see it. */
export interface PublicFigure {
  period: string;
  areaCode: string;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  provisional: boolean;
  /** Withheld under the measure's small-number rule: value, numerator and denominator are null. */
  suppressed: boolean;
  /** When this version was recorded (ISO timestamp). */
  recordedAt: string;
}

function isSmall(count: number | null, below: number): boolean {
  return count !== null && count > 0 && count < below;
}

/** Whether the rule withholds this figure; `below` undefined means the measure has no rule. */
export function isSuppressed(
  figure: Pick<ValueVersion, 'value' | 'numerator' | 'denominator'>,
  measure: Pick<Measure, 'unit'>,
  below: number | undefined,
): boolean {
  if (below === undefined) return false;
  if (measure.unit === 'number' && isSmall(figure.value, below)) return true;
  return isSmall(figure.numerator, below) || isSmall(figure.denominator, below);
}

export function publicFigure(
  figure: ValueVersion,
  measure: Pick<Measure, 'unit'>,
  below: number | undefined,
): PublicFigure {
  const suppressed = isSuppressed(figure, measure, below);
  return {
    period: figure.period,
    areaCode: figure.areaCode,
    value: suppressed ? null : figure.value,
    numerator: suppressed ? null : figure.numerator,
    denominator: suppressed ? null : figure.denominator,
    provisional: figure.status === 'provisional',
    suppressed,
    recordedAt: figure.at,
  };
}
