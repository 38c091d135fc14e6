/**
 * The rules for defining and changing a measure in the catalogue. A measure's figures are read
 * through its frequency, kind of year and unit: changing those once figures exist would leave the
 * figures meaning something else, or orphan them under periods the measure no longer reports.
 */
import type { Measure } from '../measure.js';

/** A code for a measure or a strategy item: the council's own stable key. */
export const CATALOGUE_CODE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$/;
export const CATALOGUE_CODE_WORDS =
  'letters, digits, dots, dashes or underscores (at most 40), starting with a letter or digit';

/** Fields whose change would alter what recorded figures mean, with why in words. */
const FIXED_ONCE_FIGURES_EXIST = {
  frequency: 'its figures are for periods of the current frequency and would be orphaned',
  yearKind: 'its figures are for periods of the current kind of year and would be orphaned',
  unit: 'its figures were recorded in the current unit and would be read as another',
  ratePer: 'its figures were recorded per the current number and would be read as another',
} as const satisfies Partial<Record<keyof Measure, string>>;

/** Problems with a measure's own definition, each as `field: what was expected`. */
export function measureDefinitionProblems(m: Measure): string[] {
  const problems: string[] = [];
  if (!CATALOGUE_CODE.test(m.id)) problems.push(`id: must be a code of ${CATALOGUE_CODE_WORDS}`);
  if (m.title.trim() === '') problems.push('title: must not be empty, e.g. Working-age employment rate');
  if (m.methodology.definition.trim() === '')
    problems.push('methodology.definition: must say what the measure counts');
  if (m.unit === 'rate' && (m.ratePer === null || !(m.ratePer > 0)))
    problems.push('ratePer: a rate needs the number it is per, e.g. 1000 for per 1,000 population');
  if (m.unit !== 'rate' && m.ratePer !== null)
    problems.push(`ratePer: only a rate is per a number; leave it empty for a measure in ${m.unit}`);
  if (m.tolerance !== null && !(m.tolerance >= 0))
    problems.push('tolerance: must be zero or more, or empty for none');
  if (m.formula !== null && m.formula.trim() === '')
    problems.push('formula: must not be blank; leave it empty for a measure entered by hand');
  return problems;
}

/**
 * Why a change to a measure that has figures is refused, one sentence per field; empty when the
 * change keeps every figure's meaning.
 */
export function measureChangeProblems(before: Measure, after: Measure, hasFigures: boolean): string[] {
  if (!hasFigures) return [];
  const problems: string[] = [];
  for (const [field, why] of Object.entries(FIXED_ONCE_FIGURES_EXIST) as [keyof Measure, string][]) {
    if (before[field] !== after[field]) {
      problems.push(
        `${field}: ${before.id} already has figures, so its ${field} stays ${String(before[field])} (${why}); ` +
          'retire it and create a new measure instead',
      );
    }
  }
  return problems;
}
