/**
 * One measure's figures for the City of Wolverhampton and, for ward-level measures, its wards.
 * Ward figures are made first and the city's figure is built from them, so the two always agree:
 * counts add up, and rates are the sum of numerators over the sum of denominators.
 */
import type { Period } from '../domain/period.js';
import { AUTHORITY_POPULATION, WARDS } from './areas.js';
import { planYearIndex } from './demo-periods.js';
import type { FigureShape, MeasureSpec } from './measure-spec.js';
import { aggregationOf, decimalsOf, scaleOf } from './measures.js';
import type { Random } from './random.js';
import { roundTo } from './rounding.js';
import { defaultNoise, expected, yearToDateShare } from './shape.js';

/** A figure before it becomes a stored value. */
export interface Figure {
  value: number;
  numerator: number | null;
  denominator: number | null;
}

export interface AreaFigure extends Figure {
  areaCode: string;
}

export function isRatioSpec(spec: MeasureSpec): boolean {
  return aggregationOf(spec) === 'ratio' || spec.numerator !== undefined;
}

function clamp(spec: MeasureSpec, shape: FigureShape, value: number): number {
  const upper = spec.unit === 'percent' ? Math.min(100, shape.max ?? 100) : (shape.max ?? Infinity);
  return Math.min(upper, Math.max(shape.min ?? 0, value));
}

/** The noisy figure the measure would show for the period, before ratios and rounding. */
export function drawFigure(spec: MeasureSpec, shape: FigureShape, p: Period, random: Random): number {
  const noise = defaultNoise(shape) * Math.sqrt(yearToDateShare(shape, p));
  return clamp(spec, shape, expected(shape, p) + noise * random.normal());
}

/**
 * The denominator for the period. Populations and year-to-date targets hold for a whole year;
 * flows (referrals, applications) move a little from period to period.
 */
export function drawDenominator(shape: FigureShape, p: Period, random: Random): number {
  const decimals = shape.partDecimals ?? 0;
  const byYear = shape.denominatorByYear;
  if (byYear !== undefined) {
    return roundTo(byYear[Math.min(byYear.length - 1, Math.max(0, planYearIndex(p)))]!, decimals);
  }
  const base = shape.denominator ?? 1;
  if (shape.denominatorGrowth !== undefined || shape.cumulative === true) {
    return roundTo(base * (1 + (shape.denominatorGrowth ?? 0)) ** planYearIndex(p), decimals);
  }
  return Math.max(1, roundTo(base * (1 + 0.03 * random.normal()), decimals));
}

/** Numerator and denominator to a ratio figure, keeping a proportion's numerator within its denominator. */
export function ratioFigure(spec: MeasureSpec, numerator: number, denominator: number): Figure {
  const decimals = spec.figures?.partDecimals ?? 0;
  let top = roundTo(numerator, decimals);
  if (spec.unit === 'percent') top = Math.min(denominator, Math.max(0, top));
  return {
    value: roundTo((top / denominator) * scaleOf(spec), decimalsOf(spec)),
    numerator: top,
    denominator,
  };
}

/** The authority's own figure for a measure that is not broken down by ward. */
export function authorityFigure(
  spec: MeasureSpec,
  shape: FigureShape,
  p: Period,
  random: Random,
  linkedNumerator: number | null,
): Figure {
  if (!isRatioSpec(spec)) {
    return {
      value: roundTo(drawFigure(spec, shape, p, random), decimalsOf(spec)),
      numerator: null,
      denominator: null,
    };
  }
  const denominator = drawDenominator(shape, p, random);
  const numerator = linkedNumerator ?? (drawFigure(spec, shape, p, random) * denominator) / scaleOf(spec);
  return ratioFigure(spec, numerator, denominator);
}

const populationWeightedDeprivation =
  WARDS.reduce((total, w) => total + w.population * w.deprivation, 0) / AUTHORITY_POPULATION;

/** How much more (or less) of the measure a ward has than its population alone would give it. */
function wardFactor(skew: number, deprivation: number): number {
  return Math.max(0.05, 1 + skew * (deprivation - populationWeightedDeprivation));
}

/** Figures for each ward, and the authority's figure built from them. */
export function wardFigures(
  spec: MeasureSpec,
  shape: FigureShape,
  p: Period,
  random: Random,
): { wards: AreaFigure[]; authority: Figure } {
  const skew = shape.wardSkew ?? 0;
  const cityFigure = drawFigure(spec, shape, p, random);
  if (!isRatioSpec(spec)) {
    const wards = WARDS.map((w): AreaFigure => {
      const mean = (cityFigure * w.population * wardFactor(skew, w.deprivation)) / AUTHORITY_POPULATION;
      const value = Math.max(0, roundTo(mean + Math.sqrt(mean) * 0.5 * random.normal(), decimalsOf(spec)));
      return { areaCode: w.code, value, numerator: null, denominator: null };
    });
    const total = roundTo(
      wards.reduce((sum, w) => sum + w.value, 0),
      decimalsOf(spec),
    );
    return { wards, authority: { value: total, numerator: null, denominator: null } };
  }
  const cityDenominator = drawDenominator(shape, p, random);
  const decimals = shape.partDecimals ?? 0;
  const wards = WARDS.map((w): AreaFigure => {
    const denominator = Math.max(
      1,
      roundTo((cityDenominator * w.population) / AUTHORITY_POPULATION, decimals),
    );
    // Smaller populations are noisier: a ward's own variation grows as its share of the city shrinks.
    const spread = defaultNoise(shape) * Math.sqrt(AUTHORITY_POPULATION / w.population) * 0.5;
    const rate = Math.max(0, cityFigure * wardFactor(skew, w.deprivation) + spread * random.normal());
    return { areaCode: w.code, ...ratioFigure(spec, (rate * denominator) / scaleOf(spec), denominator) };
  });
  const numerator = roundTo(
    wards.reduce((sum, w) => sum + (w.numerator ?? 0), 0),
    decimals,
  );
  const denominator = roundTo(
    wards.reduce((sum, w) => sum + (w.denominator ?? 0), 0),
    decimals,
  );
  return { wards, authority: ratioFigure(spec, numerator, denominator) };
}
