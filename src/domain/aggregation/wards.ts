/**
 * Ward figures into the authority's figure. Only where that is valid: counts add up, and a rate or
 * percentage is the ratio of the summed numerators and denominators. An average of ward rates is
 * never taken (wards differ in size), nor is a 'latest' or 'mean' measure combined across wards.
 */
import type { Figure } from '../formula/index.js';
import type { Aggregation } from '../measure.js';
import { combineFigures, listInWords, type Combined, type MeasureScale } from './combine.js';

/** One ward's figure for the period; null where the ward has none. */
export interface WardFigure {
  areaCode: string;
  figure: Figure | null;
}

export function wardsToAuthority(
  wards: readonly WardFigure[],
  aggregation: Aggregation,
  scale?: MeasureScale,
): Combined {
  if (aggregation === 'mean' || aggregation === 'latest') {
    return {
      figure: null,
      reason: `a measure combined by '${aggregation}' cannot be added up from its wards: only counts (sum) and ratios of sums can`,
    };
  }
  if (wards.length === 0) return { figure: null, reason: 'there are no ward figures' };
  const missing = wards.filter((w) => w.figure === null || w.figure.value === null).map((w) => w.areaCode);
  if (missing.length > 0) {
    return {
      figure: null,
      reason: `the authority's figure needs every ward, and ${listInWords(missing)} ${missing.length === 1 ? 'has' : 'have'} no figure`,
    };
  }
  return combineFigures(
    wards.map((w) => w.figure),
    aggregation,
    scale,
    (i) => `ward ${wards[i]!.areaCode}`,
  );
}
