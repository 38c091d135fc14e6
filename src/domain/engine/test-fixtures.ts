/** A quarterly percentage measure and its figures, shared by the engine's tests. */
import type { MeasureDefinition } from './types.js';

export const measure: MeasureDefinition = {
  id: 'CP-COM-03',
  unit: 'percent',
  ratePer: null,
  polarity: 'higher-better',
  frequency: 'quarterly',
  yearKind: 'financial',
  aggregation: 'ratio',
  decimals: 1,
  tolerance: 2,
  toleranceKind: 'absolute',
  dueLagDays: 45,
};

/** Quarters from 2015/16-Q1, as x of 100. */
export const quarters = (counts: readonly (number | null)[]) => ({
  start: '2015/16-Q1',
  figures: counts.map((x) => (x === null ? null : { value: x, numerator: x, denominator: 100 })),
});

export const targets = [{ period: '2017/18', value: 80, lower: null, upper: null, tolerance: null }];
