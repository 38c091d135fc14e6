/**
 * The engine's full status (RAG, direction of travel, confidence interval, benchmark comparison,
 * SPC, forecast, summary) for 100,000 series of 36 monthly points, beside a bare Float64Array loop
 * doing the same arithmetic (mean, moving ranges, limits, Wilson, least squares). Prints the best
 * of several runs of each, their ratio and the memory peak. The data come from a fixed seed, so every run sees the
 * same figures. Run: npx tsx bench/engine.bench.ts [series]
 */
import {
  computeMeasureStatus,
  xmr,
  type MeasureDefinition,
  type MeasureSeries,
  type MeasureStatusOptions,
  type TargetInput,
} from '../src/domain/index.js';

const SERIES = Number(process.argv[2] ?? 100_000);
const POINTS = 36;
const START = '2015-04';
const TODAY = '2018-05-20';
const Z95 = 1.959963984540054;

const measure: MeasureDefinition = {
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

// The figures, as typed arrays for the bare loop and as the engine's input.
const random = generator(20170614);
const numerators = new Float64Array(SERIES * POINTS);
const denominators = new Float64Array(SERIES * POINTS);
const targetValues = new Float64Array(SERIES);
const englandValues = new Float64Array(SERIES);
for (let s = 0; s < SERIES; s++) {
  const level = 0.6 + 0.3 * random();
  const drift = (random() - 0.5) * 0.004;
  const size = 200 + Math.floor(random() * 1800);
  for (let i = 0; i < POINTS; i++) {
    const n = size + Math.floor(random() * 100);
    const p = Math.min(0.99, Math.max(0.01, level + drift * i + (random() - 0.5) * 0.08));
    numerators[s * POINTS + i] = Math.round(p * n);
    denominators[s * POINTS + i] = n;
  }
  targetValues[s] = Math.round((level + 0.02) * 100);
  englandValues[s] = Math.round((0.6 + 0.3 * random()) * 1000) / 10;
}

/**
 * The engine's input for series `from` to `to`. Built a chunk at a time, outside the timing, as a
 * run over the store would load measures in batches: holding all 3.6 million figure objects at
 * once would mostly measure the garbage collector walking the bench's own input.
 */
const CHUNK = 1_000;
function engineInputs(
  from: number,
  to: number,
): { series: MeasureSeries; targets: Map<string, TargetInput> }[] {
  const inputs: { series: MeasureSeries; targets: Map<string, TargetInput> }[] = [];
  for (let s = from; s < to; s++) {
    const figures = new Array(POINTS);
    for (let i = 0; i < POINTS; i++) {
      const x = numerators[s * POINTS + i]!;
      const n = denominators[s * POINTS + i]!;
      figures[i] = { value: (x / n) * 100, numerator: x, denominator: n };
    }
    const targets = new Map<string, TargetInput>();
    for (const year of ['2015/16', '2016/17', '2017/18']) {
      targets.set(year, { period: year, value: targetValues[s]!, lower: null, upper: null, tolerance: null });
    }
    inputs.push({ series: { start: START, figures }, targets });
  }
  return inputs;
}

/**
 * Processor time used by this process (all its threads, so the garbage collector's helpers count)
 * rather than wall time, which on a busy machine also counts the time other programs had the CPU.
 */
function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

let peakRss = 0;
let peakHeap = 0;
function sampleMemory(): void {
  const m = process.memoryUsage();
  if (m.rss > peakRss) peakRss = m.rss;
  if (m.heapUsed > peakHeap) peakHeap = m.heapUsed;
}

/** Milliseconds spent in the engine, and a checksum so that no work can be optimised away. */
function runEngine(
  from: number,
  to: number,
  options: MeasureStatusOptions = {},
): { ms: number; check: number } {
  let check = 0;
  let ms = 0;
  for (let chunk = from; chunk < to; chunk += CHUNK) {
    const end = Math.min(chunk + CHUNK, to);
    const inputs = engineInputs(chunk, end);
    const started = cpuMs();
    for (let s = chunk; s < end; s++) {
      const { series, targets } = inputs[s - chunk]!;
      const benchmarks = [{ name: 'England', value: englandValues[s]! }];
      const status = computeMeasureStatus(measure, series, targets, benchmarks, TODAY, options);
      check += status.rag.runLength + (status.summary?.length ?? 0) + (status.spc?.chart.points.length ?? 0);
    }
    ms += cpuMs() - started;
    sampleMemory();
  }
  return { ms, check };
}

// The same arithmetic on typed arrays, nothing else: the floor the engine is measured against.
const values = new Float64Array(POINTS);
const ranges = new Float64Array(POINTS);
function runBare(from: number, to: number): { ms: number; check: number } {
  const started = cpuMs();
  let check = 0;
  for (let s = from; s < to; s++) {
    const base = s * POINTS;
    let sum = 0;
    for (let i = 0; i < POINTS; i++) {
      values[i] = (numerators[base + i]! / denominators[base + i]!) * 100;
      sum += values[i]!;
    }
    const mean = sum / POINTS;
    let rangeSum = 0;
    for (let i = 1; i < POINTS; i++) {
      ranges[i] = Math.abs(values[i]! - values[i - 1]!);
      rangeSum += ranges[i]!;
    }
    let average = rangeSum / (POINTS - 1);
    let kept = 0;
    let keptSum = 0;
    for (let i = 1; i < POINTS; i++) {
      if (ranges[i]! < 3.267 * average) {
        kept++;
        keptSum += ranges[i]!;
      }
    }
    average = keptSum / kept;
    const lower = mean - 2.66 * average;
    const upper = mean + 2.66 * average;
    let special = 0;
    let run = 0;
    for (let i = 0; i < POINTS; i++) {
      const v = values[i]!;
      if (v < lower || v > upper) special++;
      run = v > mean ? (run > 0 ? run + 1 : 1) : run < 0 ? run - 1 : -1;
      if (run >= 7 || run <= -7) special++;
    }
    // Wilson for the latest month.
    const x = numerators[base + POINTS - 1]!;
    const n = denominators[base + POINTS - 1]!;
    const z2 = Z95 * Z95;
    const spread = Z95 * Math.sqrt(z2 + 4 * x * (1 - x / n));
    const wLower = ((2 * x + z2 - spread) / 2 / (n + z2)) * 100;
    const wUpper = ((2 * x + z2 + spread) / 2 / (n + z2)) * 100;
    const england = englandValues[s]!;
    const similar = england >= wLower && england <= wUpper ? 1 : 0;
    // Least squares through the 12 months of the year.
    let sx = 0;
    let sy = 0;
    let sxx = 0;
    let sxy = 0;
    for (let i = POINTS - 12; i < POINTS; i++) {
      const t = i - (POINTS - 12);
      sx += t;
      sy += values[i]!;
      sxx += t * t;
      sxy += t * values[i]!;
    }
    const slope = (12 * sxy - sx * sy) / (12 * sxx - sx * sx);
    const intercept = (sy - slope * sx) / 12;
    let residual = 0;
    for (let i = POINTS - 12; i < POINTS; i++) {
      const e = values[i]! - (intercept + slope * (i - (POINTS - 12)));
      residual += e * e;
    }
    const red = values[POINTS - 1]! < targetValues[s]! - 2 ? 1 : 0;
    check +=
      special +
      similar +
      red +
      Math.sqrt(residual / 10) +
      (values[POINTS - 1]! - values[POINTS - 2]! > 0 ? 1 : 0);
    if ((s & 1023) === 0) sampleMemory();
  }
  return { ms: cpuMs() - started, check };
}

/** The SPC chart alone, as the engine draws it: the largest single part of a status. */
function runChartsOnly(from: number, to: number): { ms: number; check: number } {
  let check = 0;
  let ms = 0;
  for (let chunk = from; chunk < to; chunk += CHUNK) {
    const end = Math.min(chunk + CHUNK, to);
    const chunkValues: number[][] = [];
    for (let s = chunk; s < end; s++) {
      const values: number[] = [];
      for (let i = 0; i < POINTS; i++)
        values.push((numerators[s * POINTS + i]! / denominators[s * POINTS + i]!) * 100);
      chunkValues.push(values);
    }
    const started = cpuMs();
    for (let s = chunk; s < end; s++) {
      check += xmr(chunkValues[s - chunk]!, { improvement: 'increase', target: targetValues[s]! }).points
        .length;
    }
    ms += cpuMs() - started;
  }
  return { ms, check };
}

/** The fastest of several runs, after a warm-up: the least disturbed by other work on the machine. */
function time(run: (from: number, to: number) => { ms: number; check: number }, runs: number) {
  run(0, Math.min(SERIES, 5_000)); // warm up the JIT
  let best = Infinity;
  let check = 0;
  for (let r = 0; r < runs; r++) {
    const result = run(0, SERIES);
    best = Math.min(best, result.ms);
    check = result.check;
  }
  return { ms: best, check };
}

sampleMemory();
const bare = time(runBare, 5);
const engine = time(runEngine, 3);
const withoutSummary = time((from, to) => runEngine(from, to, { summary: false }), 3);
const charts = time(runChartsOnly, 3);
sampleMemory();

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const perSeries = (ms: number) => `${((ms * 1000) / SERIES).toFixed(2)} µs a series`;
const line = (label: string, ms: number, note: string) =>
  console.log(`  ${label.padEnd(24)}${ms.toFixed(0).padStart(7)} ms  (${perSeries(ms)}${note})`);
console.log(`engine status: ${SERIES.toLocaleString('en-GB')} series of ${POINTS} monthly points`);
console.log(`  processor time, the best of several runs`);
line('bare Float64Array loop', bare.ms, '');
line('full engine status', engine.ms, '');
line('without the summary', withoutSummary.ms, '');
line('SPC chart alone', charts.ms, '; xmr from src/domain/spc');
console.log(`  ratio                   ${(engine.ms / bare.ms).toFixed(1)}× the bare loop (goal: within 3×)`);
console.log(
  `                          ${(withoutSummary.ms / bare.ms).toFixed(1)}× without the summary; the SPC chart alone ${(charts.ms / bare.ms).toFixed(1)}×`,
);
console.log(`  peak memory             rss ${mb(peakRss)}, heap used ${mb(peakHeap)}`);
console.log(`  checksums               ${bare.check.toFixed(3)} / ${engine.check}`);
