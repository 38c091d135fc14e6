/** The catalogue's choices in the council's words, for the administration forms. */
import {
  AGGREGATIONS,
  FREQUENCIES,
  MEASURE_CATEGORIES,
  MEASURE_CATEGORY_LABELS,
  POLARITIES,
  TOLERANCE_KINDS,
  UNITS,
  YEAR_KINDS,
} from '@domain/measure.js';
import type { Choice } from '../../forms/fields.js';

const choices = (values: readonly string[], words: Record<string, string>): Choice[] =>
  values.map((value) => ({ value, text: words[value] ?? value }));

export const UNIT_WORDS: Record<string, string> = {
  number: 'Number (a count)',
  percent: 'Percentage',
  currency: 'Money (£)',
  rate: 'Rate (per a number of people or things)',
  days: 'Days',
  ratio: 'Ratio',
  score: 'Score',
};

export const POLARITY_WORDS: Record<string, string> = {
  'higher-better': 'Higher is better',
  'lower-better': 'Lower is better',
  'within-band': 'Within a band is best',
  neutral: 'Neither: not judged against a target',
};

export const FREQUENCY_WORDS: Record<string, string> = {
  monthly: 'Monthly',
  quarterly: 'Quarterly',
  annual: 'Annually',
};

const YEAR_WORDS: Record<string, string> = {
  financial: 'Financial year (April to March)',
  calendar: 'Calendar year',
  academic: 'Academic year (September to August)',
};

const AGGREGATION_WORDS: Record<string, string> = {
  sum: 'Added up (counts)',
  mean: 'Averaged',
  ratio: 'From summed numerators and denominators',
  latest: 'The latest figure',
};

const TOLERANCE_WORDS: Record<string, string> = {
  absolute: 'In the measure’s own unit',
  relative: 'As a share of the target (0.05 for 5%)',
};

export const CATEGORY_CHOICES = choices(MEASURE_CATEGORIES, MEASURE_CATEGORY_LABELS);
export const UNIT_CHOICES = choices(UNITS, UNIT_WORDS);
export const POLARITY_CHOICES = choices(POLARITIES, POLARITY_WORDS);
export const FREQUENCY_CHOICES = choices(FREQUENCIES, FREQUENCY_WORDS);
export const YEAR_CHOICES = choices(YEAR_KINDS, YEAR_WORDS);
export const AGGREGATION_CHOICES = choices(AGGREGATIONS, AGGREGATION_WORDS);
export const TOLERANCE_CHOICES = choices(TOLERANCE_KINDS, TOLERANCE_WORDS);

export const categoryWords = (category: string) =>
  (MEASURE_CATEGORY_LABELS as Record<string, string>)[category] ?? category;

/**
 * The API names the field at fault first (`title: must not be empty`; several joined by `; `).
 * Each problem goes to the field it names, where the form has one, else to the form as a whole.
 */
export function problemsFrom(
  message: string,
  fieldIds: Record<string, string>,
): { field: string | null; message: string }[] {
  return message.split('; ').map((part) => {
    const named = /^([A-Za-z.]+)(?:, [A-Za-z.]+)*: (.+)$/s.exec(part);
    const id = named ? fieldIds[named[1]!] : undefined;
    return id ? { field: id, message: sentence(named![2]!) } : { field: null, message: sentence(part) };
  });
}

const sentence = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
