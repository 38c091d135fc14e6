/**
 * The European Standard Population 2013 (Eurostat, "Revision of the European Standard
 * Population", 2013), in the 19 five-year age bands PHE uses for directly standardised rates:
 * ages 0 and 1–4 merged into 0–4, and 90–94 and 95+ merged into 90+. It totals 100,000.
 */
export const EUROPEAN_STANDARD_POPULATION_2013: readonly number[] = Object.freeze([
  5000, 5500, 5500, 5500, 6000, 6000, 6500, 7000, 7000, 7000, 7000, 6500, 6000, 5500, 5000, 4000, 2500, 1500,
  1000,
]);

/** The age bands of EUROPEAN_STANDARD_POPULATION_2013, youngest first. */
export const EUROPEAN_STANDARD_POPULATION_2013_AGE_BANDS: readonly string[] = Object.freeze([
  '0-4',
  '5-9',
  '10-14',
  '15-19',
  '20-24',
  '25-29',
  '30-34',
  '35-39',
  '40-44',
  '45-49',
  '50-54',
  '55-59',
  '60-64',
  '65-69',
  '70-74',
  '75-79',
  '80-84',
  '85-89',
  '90+',
]);
