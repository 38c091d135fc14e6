/**
 * Every figure in the demo: each measure's periods for the city, its wards and its comparators,
 * then the calculated measures from their inputs. Status, quality flags, notes and sources are
 * set here, and the late figures of the latest period are left out.
 */
import type { MeasureValue, ValueStatus } from '../domain/figures.js';
import { formatPeriod, type Period } from '../domain/period.js';
import { AUTHORITY_CODE } from './areas.js';
import { comparatorAreas, comparatorFigures } from './comparators.js';
import { demoPeriods } from './demo-periods.js';
import { derivedFigure, derivedNumerator, type CityFigures } from './derived.js';
import { authorityFigure, ratioFigure, wardFigures, type AreaFigure, type Figure } from './figures.js';
import type { MeasureSpec } from './measure-spec.js';
import { aggregationOf, decimalsOf } from './measures.js';
import { streamFor } from './random.js';
import { roundTo } from './rounding.js';

export type { CityFigures };

export interface FigureSet {
  values: MeasureValue[];
  city: CityFigures;
}

function periodsOf(spec: MeasureSpec): Period[] {
  return demoPeriods(spec.frequency, spec.yearKind ?? 'financial');
}

/** Measures that read another's figures come after it. */
function generationOrder(specs: readonly MeasureSpec[]): MeasureSpec[] {
  const rank = (s: MeasureSpec): number => (s.formula !== undefined ? 2 : s.figures?.derivedFrom ? 1 : 0);
  return [...specs].sort((a, b) => rank(a) - rank(b));
}

function figuresFor(spec: MeasureSpec, p: Period, seed: number, city: CityFigures): AreaFigure[] | null {
  const text = formatPeriod(p);
  if (spec.formula !== undefined) {
    const inputs = spec.formula.inputs.map((id) => city.get(id)?.get(text)?.value);
    if (inputs.some((v) => v === undefined)) return null;
    const numbers = inputs as number[];
    if (aggregationOf(spec) === 'ratio') {
      return [{ areaCode: AUTHORITY_CODE, ...ratioFigure(spec, numbers[0]!, numbers[1]!) }];
    }
    const value = roundTo(spec.formula.combine(numbers), decimalsOf(spec));
    return [{ areaCode: AUTHORITY_CODE, value, numerator: null, denominator: null }];
  }
  const shape = spec.figures;
  if (shape === undefined) throw new Error(`demo measure ${spec.id} has neither figures nor a formula`);
  const random = streamFor(seed, spec.id, text);
  if (spec.byWard === true) {
    const { wards, authority } = wardFigures(spec, shape, p, random);
    return [{ areaCode: AUTHORITY_CODE, ...authority }, ...wards];
  }
  const derived = derivedFigure(spec, p, city);
  if (derived !== 'not-derived') return derived === null ? null : [{ areaCode: AUTHORITY_CODE, ...derived }];
  const numerator = derivedNumerator(spec, p, city);
  if (numerator === null) return null;
  const linked = numerator === 'not-derived' ? null : numerator;
  return [{ areaCode: AUTHORITY_CODE, ...authorityFigure(spec, shape, p, random, linked) }];
}

/** Published national figures arrive provisional; so does the latest period of some local returns. */
function latestStatus(spec: MeasureSpec, seed: number): ValueStatus {
  if (spec.category === 'national') return 'provisional';
  return streamFor(seed, spec.id, 'status').chance(0.4) ? 'provisional' : 'final';
}

export function generateFigures(specs: readonly MeasureSpec[], seed: number): FigureSet {
  const city: CityFigures = new Map();
  const byMeasure = new Map<string, MeasureValue[]>();
  for (const spec of generationOrder(specs)) {
    const periods = periodsOf(spec);
    const cityFigures = new Map<string, Figure>();
    city.set(spec.id, cityFigures);
    const values: MeasureValue[] = [];
    const comparators = comparatorAreas(spec, seed);
    periods.forEach((p, i) => {
      const latest = i === periods.length - 1;
      if (latest && spec.late === true) return;
      const text = formatPeriod(p);
      const figures = figuresFor(spec, p, seed, city);
      if (figures === null) return;
      const flag = spec.flags?.find((f) => f.period === text);
      const status: ValueStatus = latest ? latestStatus(spec, seed) : 'final';
      for (const f of figures) {
        const own = f.areaCode === AUTHORITY_CODE;
        if (own) cityFigures.set(text, f);
        values.push({
          measureId: spec.id,
          period: text,
          areaCode: f.areaCode,
          value: f.value,
          numerator: f.numerator,
          denominator: f.denominator,
          status,
          qualityFlag: own ? (flag?.flag ?? null) : null,
          note: own ? (flag?.note ?? null) : null,
          // The council's own figure is an extract from its system; a published one is cited as it stands.
          source: spec.category === 'national' ? spec.source : `${spec.source} extract`,
        });
      }
      for (const f of comparatorFigures(spec, comparators, p, seed)) {
        values.push({
          measureId: spec.id,
          period: text,
          ...f,
          status: latest ? 'provisional' : 'final',
          qualityFlag: null,
          note: null,
          source: spec.source,
        });
      }
    });
    byMeasure.set(spec.id, values);
  }
  return { values: specs.flatMap((s) => byMeasure.get(s.id) ?? []), city };
}
