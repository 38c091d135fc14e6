/**
 * Combining figures into one: months into a quarter or a year to date, wards into the authority.
 * A measure says how its figures combine (sum, mean, ratio of sums, latest). The answer is a figure
 * or, where the figures cannot honestly be combined, null with the reason — never NaN or a 0 that
 * stands in for a missing figure.
 */
import type { Figure } from '../formula/index.js';
import type { Aggregation, Measure } from '../measure.js';

/** The parts of a measure that scale a ratio: percentages are × 100, rates × their 'per N'. */
export type MeasureScale = Pick<Measure, 'unit' | 'ratePer'>;

/** A combined figure, or why there is none. */
export type Combined = { figure: Figure; reason: null } | { figure: null; reason: string };

const PLAIN: MeasureScale = { unit: 'number', ratePer: null };

/** What a ratio of summed numerators and denominators is multiplied by; null with a reason for a rate with no 'per N'. */
export function ratioFactor(
  scale: MeasureScale,
): { factor: number; reason: null } | { factor: null; reason: string } {
  if (scale.unit === 'percent') return { factor: 100, reason: null };
  if (scale.unit !== 'rate') return { factor: 1, reason: null };
  if (scale.ratePer === null || !(scale.ratePer > 0) || !Number.isFinite(scale.ratePer)) {
    return { factor: null, reason: 'a rate needs a positive "per N" (ratePer) to be combined' };
  }
  return { factor: scale.ratePer, reason: null };
}

const refuse = (reason: string): Combined => ({ figure: null, reason });

const isNumber = (x: number | null | undefined): x is number => typeof x === 'number' && Number.isFinite(x);

/** "a, b and c", for lists of periods or wards in a reason. */
export function listInWords(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/**
 * Combines figures (oldest first, for 'latest') by a measure's aggregation. `nameOf(i)` names the
 * i-th figure in reasons ("2015-06", "ward E05000001"); by default "figure 1", "figure 2", ….
 */
export function combineFigures(
  figures: readonly (Figure | null)[],
  aggregation: Aggregation,
  scale: MeasureScale = PLAIN,
  nameOf: (index: number) => string = (i) => `figure ${i + 1}`,
): Combined {
  const combined = combine(figures, aggregation, scale, nameOf);
  const figure = combined.figure;
  if (
    figure &&
    !(isNumber(figure.value) && isFiniteOrNull(figure.numerator) && isFiniteOrNull(figure.denominator))
  ) {
    return refuse('the figures are too large to combine into a finite number');
  }
  return combined;
}

const isFiniteOrNull = (x: number | null | undefined): boolean =>
  x === null || x === undefined || Number.isFinite(x);

function combine(
  figures: readonly (Figure | null)[],
  aggregation: Aggregation,
  scale: MeasureScale,
  nameOf: (index: number) => string,
): Combined {
  if (figures.length === 0) return refuse('there are no figures to combine');
  if (aggregation === 'latest') {
    const last = figures[figures.length - 1];
    if (!last || !isNumber(last.value))
      return refuse(`the latest figure (${nameOf(figures.length - 1)}) is missing`);
    return {
      figure: { value: last.value, numerator: last.numerator ?? null, denominator: last.denominator ?? null },
      reason: null,
    };
  }
  if (aggregation === 'ratio') return combineRatio(figures, scale, nameOf);

  const missing: string[] = [];
  let total = 0;
  for (let i = 0; i < figures.length; i++) {
    const value = figures[i]?.value;
    if (isNumber(value)) total += value;
    else missing.push(nameOf(i));
  }
  if (missing.length > 0) {
    return refuse(`${missing.length} of ${figures.length} figures are missing (${listInWords(missing)})`);
  }
  if (aggregation === 'mean') {
    return { figure: { value: total / figures.length, numerator: null, denominator: null }, reason: null };
  }
  return {
    figure: {
      value: total,
      numerator: sumOf(figures, 'numerator'),
      denominator: sumOf(figures, 'denominator'),
    },
    reason: null,
  };
}

/** The sum of one part of every figure, or null unless every figure has it. */
function sumOf(figures: readonly (Figure | null)[], part: 'numerator' | 'denominator'): number | null {
  let total = 0;
  for (const figure of figures) {
    const x = figure?.[part];
    if (!isNumber(x)) return null;
    total += x;
  }
  return total;
}

function combineRatio(
  figures: readonly (Figure | null)[],
  scale: MeasureScale,
  nameOf: (index: number) => string,
): Combined {
  const factor = ratioFactor(scale);
  if (factor.factor === null) return refuse(factor.reason);
  const incomplete: string[] = [];
  let numerator = 0;
  let denominator = 0;
  for (let i = 0; i < figures.length; i++) {
    const figure = figures[i];
    if (!figure || !isNumber(figure.numerator) || !isNumber(figure.denominator)) {
      incomplete.push(nameOf(i));
      continue;
    }
    numerator += figure.numerator;
    denominator += figure.denominator;
  }
  if (incomplete.length > 0) {
    // Averaging the ratios would weight a small ward or a short month like a large one.
    return refuse(
      `a ratio is combined from its numerators and denominators, and ${listInWords(incomplete)} ` +
        `${incomplete.length === 1 ? 'has' : 'have'} no numerator and denominator`,
    );
  }
  if (denominator === 0) return refuse('the denominators add up to 0, so there is no ratio');
  return {
    figure: { value: (numerator / denominator) * factor.factor, numerator, denominator },
    reason: null,
  };
}
