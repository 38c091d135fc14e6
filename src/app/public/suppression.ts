/**
 * Small-number suppression: a count from 1 up to a measure's threshold could identify people, so
 * the figure is withheld and shown as "*". A count is the figure itself for a measure of numbers,
 * and the numerator and denominator for a percentage or rate. Zero is shown: it identifies no one.
 * Applied before anything leaves the server; what is withheld is replaced by null, never rounded.
 * One withheld ward takes a second with it, so no figure can be worked out by subtraction.
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

/** The count that makes a figure small: the figure itself for numbers, else its numerator. */
function countOf(figure: Pick<ValueVersion, 'value' | 'numerator'>, measure: Pick<Measure, 'unit'>): number {
  const count = measure.unit === 'number' ? figure.value : (figure.numerator ?? figure.value);
  return count ?? Number.POSITIVE_INFINITY;
}

/**
 * The figures the small-number rule withholds, and, where a period has exactly one ward withheld,
 * the ward with the next smallest count too: otherwise the authority's total less the other wards
 * would give the withheld figure away (secondary suppression). `figures` must hold every area's
 * figure for the measure, whatever a page then shows.
 */
export function withheldFigures<
  F extends Pick<ValueVersion, 'period' | 'areaCode' | 'value' | 'numerator' | 'denominator'>,
>(
  figures: readonly F[],
  measure: Pick<Measure, 'unit'>,
  below: number | undefined,
  wards: ReadonlySet<string>,
): Set<F> {
  const withheld = new Set(figures.filter((f) => isSuppressed(f, measure, below)));
  if (withheld.size === 0) return withheld;
  const wardsByPeriod = new Map<string, F[]>();
  for (const f of figures) {
    if (!wards.has(f.areaCode)) continue;
    const list = wardsByPeriod.get(f.period) ?? [];
    list.push(f);
    wardsByPeriod.set(f.period, list);
  }
  for (const list of wardsByPeriod.values()) {
    if (list.filter((f) => withheld.has(f)).length !== 1) continue;
    const shown = list.filter((f) => !withheld.has(f) && (f.value !== null || f.numerator !== null));
    const smallest = shown.sort((a, b) => countOf(a, measure) - countOf(b, measure))[0];
    if (smallest) withheld.add(smallest);
  }
  return withheld;
}

export function publicFigure(
  figure: ValueVersion,
  measure: Pick<Measure, 'unit'>,
  below: number | undefined,
  withheld: boolean = isSuppressed(figure, measure, below),
): PublicFigure {
  const suppressed = withheld;
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
