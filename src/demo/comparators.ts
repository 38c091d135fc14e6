/**
 * England, West Midlands and nearest-neighbour figures for national indicators. Each comparator
 * keeps its own level relative to England all the way through; bigger areas are steadier, so
 * England barely moves from period to period while a small neighbour jumps about.
 */
import { ENGLAND } from '../domain/area.js';
import type { Period } from '../domain/period.js';
import {
  AUTHORITY_POPULATION,
  ENGLAND_POPULATION,
  NEIGHBOURS,
  WEST_MIDLANDS,
  WEST_MIDLANDS_POPULATION,
} from './areas.js';
import { yearsIntoPlan } from './demo-periods.js';
import { isRatioSpec, ratioFigure, type AreaFigure } from './figures.js';
import type { MeasureSpec } from './measure-spec.js';
import { aggregationOf, decimalsOf, scaleOf } from './measures.js';
import { streamFor } from './random.js';
import { roundTo } from './rounding.js';
import { defaultNoise, nationalSteps, seasonal } from './shape.js';

interface ComparatorArea {
  code: string;
  population: number;
  /** The area's level in April 2015. */
  level: number;
}

export function comparatorAreas(spec: MeasureSpec, seed: number): ComparatorArea[] {
  const compare = spec.compare;
  const own = spec.figures?.level;
  if (compare === undefined || own === undefined) return [];
  const between = (own + compare.england) / 2;
  const neighbourMean = compare.neighbours ?? between;
  return [
    { code: ENGLAND, population: ENGLAND_POPULATION, level: compare.england },
    { code: WEST_MIDLANDS, population: WEST_MIDLANDS_POPULATION, level: compare.region ?? between },
    ...NEIGHBOURS.map((n) => ({
      code: n.code,
      population: n.population,
      level: neighbourMean + compare.spread * streamFor(seed, spec.id, n.code, 'level').normal(),
    })),
  ];
}

/** Each comparator's figure for one period; `random` streams are per area so areas stay independent. */
export function comparatorFigures(
  spec: MeasureSpec,
  areas: ComparatorArea[],
  p: Period,
  seed: number,
): AreaFigure[] {
  const shape = spec.figures;
  const compare = spec.compare;
  if (shape === undefined || compare === undefined) return [];
  const figures: AreaFigure[] = [];
  for (const area of areas) {
    const random = streamFor(seed, spec.id, area.code, p.startMonth.toString());
    const size = area.population / AUTHORITY_POPULATION;
    const noise = defaultNoise(shape) / Math.sqrt(size);
    const path =
      area.level + (compare.trend ?? 0) * yearsIntoPlan(p) + nationalSteps(shape, p) + seasonal(shape, p);
    const upper = spec.unit === 'percent' ? 100 : Infinity;
    const figure = Math.min(upper, Math.max(shape.min ?? 0, path + noise * random.normal()));
    if (isRatioSpec(spec)) {
      const denominator = Math.max(1, Math.round((shape.denominator ?? 1) * size));
      figures.push({
        areaCode: area.code,
        ...ratioFigure(spec, (figure * denominator) / scaleOf(spec), denominator),
      });
    } else {
      // Counts are given per authority-sized area in the catalogue; scale them to the area.
      const value = aggregationOf(spec) === 'sum' ? figure * size : figure;
      figures.push({
        areaCode: area.code,
        value: roundTo(value, decimalsOf(spec)),
        numerator: null,
        denominator: null,
      });
    }
  }
  return figures;
}
