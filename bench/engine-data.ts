/**
 * The engine benchmark's figures: `series` monthly series of 36 percentages (x of n) from April
 * 2015, each with a target for each financial year and England's figure. They come from a fixed
 * seed, so every run sees the same figures; they are held as typed arrays, which the bare loop
 * reads directly and from which the engine's input is built a chunk at a time.
 */
import type { MeasureDefinition } from '../src/domain/index.js';

export const POINTS = 36;
export const YEARS = 3;
export const START = '2015-04';
export const YEAR_TEXTS = ['2015/16', '2016/17', '2017/18'] as const;
export const TODAY = '2018-05-20';

export const measure: MeasureDefinition = {
  id: 'BENCH-01',
  unit: 'percent',
  ratePer: null,
  polarity: 'higher-better',
  frequency: 'monthly',
  yearKind: 'financial',
  aggregation: 'ratio',
  decimals: 1,
  tolerance: 2,
  toleranceKind: 'absolute',
  dueLagDays: 30,
};

export interface BenchData {
  series: number;
  numerators: Float64Array;
  denominators: Float64Array;
  /** One target per series and financial year. */
  targets: Float64Array;
  england: Float64Array;
}

/** Mulberry32: a small, fixed-seed generator, so the data are the same on every run. */
function generator(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function benchData(series: number): BenchData {
  const random = generator(20170614);
  const numerators = new Float64Array(series * POINTS);
  const denominators = new Float64Array(series * POINTS);
  const targets = new Float64Array(series * YEARS);
  const england = new Float64Array(series);
  for (let s = 0; s < series; s++) {
    const level = 0.6 + 0.3 * random();
    const drift = (random() - 0.5) * 0.004;
    const size = 200 + Math.floor(random() * 1800);
    for (let i = 0; i < POINTS; i++) {
      const n = size + Math.floor(random() * 100);
      const p = Math.min(0.99, Math.max(0.01, level + drift * i + (random() - 0.5) * 0.08));
      numerators[s * POINTS + i] = Math.round(p * n);
      denominators[s * POINTS + i] = n;
    }
    // The same target each year, as most councils set them; the engine still looks up each year's.
    const target = Math.round((level + 0.02) * 100);
    for (let y = 0; y < YEARS; y++) targets[s * YEARS + y] = target;
    england[s] = Math.round((0.6 + 0.3 * random()) * 1000) / 10;
  }
  return { series, numerators, denominators, targets, england };
}
