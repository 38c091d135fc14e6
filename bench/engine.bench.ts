/**
 * The engine's status for 100,000 series of 36 monthly points, beside a bare typed-array loop
 * doing the same arithmetic (engine-bare.ts says what that includes). Timed:
 *
 * - the bare loop;
 * - the engine's verdicts (computeMeasureVerdicts): RAG with its run, direction of travel, the
 *   confidence interval, the comparison with England, what the SPC chart says (special causes,
 *   variation, since when, assurance) and the year-end forecast, each with its reason as data —
 *   what a roll-up or a dashboard of many measures reads, and the figure the goal is set for;
 * - the full status (computeMeasureStatus): the same verdicts with a sentence each, every point
 *   of the SPC chart and the plain-English summary — what one measure's page shows;
 * - the SPC chart alone (xmr).
 *
 * Before timing, the bare loop's verdicts are checked against the engine's for every series, so
 * the two are known to do the same work. Processor time (process.cpuUsage) is used rather than
 * wall time, and the best of several runs taken, because other programs share the machine. The
 * figures come from a fixed seed. Run: npx tsx bench/engine.bench.ts [series]
 */
import {
  computeMeasureStatus,
  computeMeasureVerdicts,
  xmr,
  type Benchmark,
  type MeasureSeries,
  type MeasureVerdicts,
  type TargetInput,
} from '../src/domain/index.js';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { CODES, FIGURES, bareVerdicts } from './engine-bare.js';
import { POINTS, START, TODAY, YEAR_TEXTS, YEARS, benchData, measure } from './engine-data.js';

const SERIES = Number(process.argv[2] ?? 100_000);
const data = benchData(SERIES);
const { numerators, denominators, england } = data;

/**
 * The engine's input for series `from` to `to`. Built a chunk at a time, outside the timing, as a
 * run over the store would load measures in batches: holding all 3.6 million figure objects at
 * once would mostly measure the garbage collector walking the bench's own input.
 */
const CHUNK = 1_000;
interface EngineInput {
  series: MeasureSeries;
  targets: Map<string, TargetInput>;
  benchmarks: Benchmark[];
}
function engineInputs(from: number, to: number): EngineInput[] {
  const inputs: EngineInput[] = [];
  for (let s = from; s < to; s++) {
    const figures = new Array(POINTS);
    for (let i = 0; i < POINTS; i++) {
      const x = numerators[s * POINTS + i]!;
      const n = denominators[s * POINTS + i]!;
      figures[i] = { value: (x / n) * 100, numerator: x, denominator: n };
    }
    const targets = new Map<string, TargetInput>();
    YEAR_TEXTS.forEach((year, y) => {
      const value = data.targets[s * YEARS + y]!;
      targets.set(year, { period: year, value, lower: null, upper: null, tolerance: null });
    });
    const benchmarks = [{ name: 'England', value: england[s]! }];
    inputs.push({ series: { start: START, figures }, targets, benchmarks });
  }
  return inputs;
}

/** Processor time used by this process, all its threads (the garbage collector's helpers count). */
function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/** The memory peaks: the process's, and the heap's during each kind of run. */
let peakRss = 0;
let peakHeap = 0;
let running = 'setup';
const peakHeapWhile: Record<string, number> = {};
function sampleMemory(): void {
  const m = process.memoryUsage();
  if (m.rss > peakRss) peakRss = m.rss;
  if (m.heapUsed > peakHeap) peakHeap = m.heapUsed;
  if (m.heapUsed > (peakHeapWhile[running] ?? 0)) peakHeapWhile[running] = m.heapUsed;
}

type Timed = { ms: number; check: number };
type Judge = (input: EngineInput) => number;

/** Runs the engine over series `from` to `to`, a chunk at a time, timing only the engine. */
function runEngine(from: number, to: number, judge: Judge): Timed {
  let check = 0;
  let ms = 0;
  for (let chunk = from; chunk < to; chunk += CHUNK) {
    const end = Math.min(chunk + CHUNK, to);
    const inputs = engineInputs(chunk, end);
    const started = cpuMs();
    for (let s = chunk; s < end; s++) check += judge(inputs[s - chunk]!);
    ms += cpuMs() - started;
    sampleMemory();
  }
  return { ms, check };
}

const verdictsOf = ({ series, targets, benchmarks }: EngineInput) =>
  computeMeasureVerdicts(measure, series, targets, benchmarks, TODAY);
const judgeVerdicts: Judge = (input) => verdictsOf(input).rag.runLength;
const judgeFull: Judge = ({ series, targets, benchmarks }) => {
  const status = computeMeasureStatus(measure, series, targets, benchmarks, TODAY);
  return status.rag.runLength + (status.summary?.length ?? 0) + (status.spc?.chart.points.length ?? 0);
};

const codes = new Int32Array(SERIES * CODES.length);
const figures = new Float64Array(SERIES * FIGURES.length);
function runBare(from: number, to: number): Timed {
  const started = cpuMs();
  bareVerdicts(data, from, to, codes, figures);
  const ms = cpuMs() - started;
  sampleMemory();
  let check = 0;
  for (let i = from * CODES.length; i < to * CODES.length; i++) check += codes[i]!;
  return { ms, check };
}

/** The SPC chart alone, as the engine draws it for a full status. */
function runChartsOnly(from: number, to: number): Timed {
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
      const target = data.targets[s * YEARS + YEARS - 1]!;
      check += xmr(chunkValues[s - chunk]!, { improvement: 'increase', target }).points.length;
    }
    ms += cpuMs() - started;
    sampleMemory();
  }
  return { ms, check };
}

/** The engine's verdicts as the bare loop's codes (see CODES), to check that the two agree. */
const CODE_OF: Record<string, number> = {
  green: 0,
  amber: 1,
  red: 2,
  'no-change': 0,
  improving: 1,
  worsening: 2,
  similar: 0,
  better: 1,
  worse: 2,
  common_cause: 0,
  special_cause_improvement: 1,
  special_cause_concern: 2,
  consistently_passing: 0,
  consistently_failing: 1,
  hit_and_miss: 2,
  'likely-to-miss': 0,
  'could-go-either-way': 1,
  'likely-to-meet': 2,
};
const startMonth = (text: string) => Number(text.slice(0, 4)) * 12 + Number(text.slice(5, 7)) - 1;
function engineCodes(v: MeasureVerdicts): number[] {
  const code = (word: string | null | undefined) => (word == null ? -1 : (CODE_OF[word] ?? -1));
  const since = v.spc?.since == null ? -1 : startMonth(v.spc.since) - startMonth(START);
  return [
    code(v.rag.status),
    v.rag.runLength,
    code(v.direction.previousPeriod.direction),
    code(v.direction.samePeriodLastYear.direction),
    code(v.benchmarks[0]?.comparison),
    code(v.spc?.variation),
    since,
    code(v.spc?.assurance),
    code(v.forecast?.reason.verdict),
  ];
}

/** Every series' verdicts from the bare loop against the engine's; the first disagreement, if any. */
function disagreement(): string | null {
  bareVerdicts(data, 0, SERIES, codes, figures);
  for (let chunk = 0; chunk < SERIES; chunk += CHUNK) {
    const inputs = engineInputs(chunk, Math.min(chunk + CHUNK, SERIES));
    for (let s = chunk; s < chunk + inputs.length; s++) {
      const v = verdictsOf(inputs[s - chunk]!);
      const mine = engineCodes(v);
      for (let k = 0; k < CODES.length; k++) {
        if (mine[k] !== codes[s * CODES.length + k])
          return `series ${s}: ${CODES[k]} is ${mine[k]} in the engine, ${codes[s * CODES.length + k]} in the bare loop`;
      }
      const engineFigures = [v.interval?.lower, v.interval?.upper, v.forecast?.forecast];
      for (let k = 0; k < engineFigures.length; k++) {
        const bare = figures[s * FIGURES.length + k]!;
        if (!(Math.abs((engineFigures[k] ?? NaN) - bare) <= 1e-12 * Math.abs(bare)))
          return `series ${s}: ${FIGURES[k]} is ${engineFigures[k]} in the engine, ${bare} in the bare loop`;
      }
    }
  }
  return null;
}

/**
 * Garbage is collected before each timed run, so that each pays for its own garbage (the
 * collections its allocations cause while it runs) and not for the last run's.
 */
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

/**
 * The fastest of several runs of each, after a warm-up: the least disturbed by other work on the
 * machine. The runs take turns, so that a busy spell on the machine does not fall on one of them.
 */
function timeAll<K extends string>(runs: Record<K, (from: number, to: number) => Timed>, rounds: number) {
  const best = {} as Record<K, Timed>;
  const names = Object.keys(runs) as K[];
  for (const name of names) {
    runs[name](0, Math.min(SERIES, 5_000)); // warm up the JIT
    best[name] = { ms: Infinity, check: 0 };
  }
  for (let round = 0; round < rounds; round++) {
    for (const name of names) {
      collectGarbage();
      running = name;
      const result = runs[name](0, SERIES);
      if (result.ms < best[name].ms) best[name] = result;
    }
  }
  return best;
}

const disagrees = disagreement();
if (disagrees !== null) {
  console.error(`The bare loop and the engine disagree, so the comparison is void: ${disagrees}`);
  process.exit(1);
}
sampleMemory();
const { bare, verdicts, full, charts } = timeAll(
  {
    bare: runBare,
    verdicts: (from, to) => runEngine(from, to, judgeVerdicts),
    full: (from, to) => runEngine(from, to, judgeFull),
    charts: runChartsOnly,
  },
  5,
);
sampleMemory();

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const perSeries = (ms: number) => `${((ms * 1000) / SERIES).toFixed(2)} µs a series`;
const ratio = (ms: number) => `${(ms / bare.ms).toFixed(1)}×`;
const line = (label: string, ms: number, note = '') =>
  console.log(`  ${label.padEnd(26)}${ms.toFixed(0).padStart(7)} ms  (${perSeries(ms)}${note})`);
console.log(`engine status: ${SERIES.toLocaleString('en-GB')} series of ${POINTS} monthly points`);
console.log(`  processor time, the best of several runs`);
line('bare typed-array loop', bare.ms);
line('engine verdicts', verdicts.ms, '; computeMeasureVerdicts');
line('full status with words', full.ms, '; computeMeasureStatus');
line('SPC chart alone', charts.ms, '; xmr, every point');
console.log(
  `  ratio                     ${ratio(verdicts.ms)} the bare loop for the verdicts (goal: within 3×)`,
);
console.log(
  `                            ${ratio(full.ms)} for the full status; ${ratio(charts.ms)} for the SPC chart alone`,
);
console.log(`  peak memory               rss ${mb(peakRss)}, heap used ${mb(peakHeap)}`);
console.log(
  `  peak heap while running   verdicts ${mb(peakHeapWhile.verdicts ?? 0)}, full status ${mb(peakHeapWhile.full ?? 0)}, ` +
    `bare loop ${mb(peakHeapWhile.bare ?? 0)} (the figures themselves, as typed arrays, are outside the heap)`,
);
console.log(
  `  agreement                 the bare loop's verdicts match the engine's for all ${SERIES.toLocaleString('en-GB')} series`,
);
console.log(
  `  checksums                 ${bare.check} / ${verdicts.check} / ${full.check} / ${charts.check}`,
);
