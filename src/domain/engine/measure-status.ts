/**
 * Everything the engine says about one measure for one period, in one plain object: RAG with its
 * run, direction of travel against the previous period and the same period last year, the
 * confidence interval, comparison with each benchmark, rank in the comparator group, the SPC
 * chart, the year-end forecast and a plain-English summary of them all.
 */
import type { FigureSeries } from '../aggregation/series.js';
import { formatPeriod, periodContainingMonth, periodLabel, type Period } from '../period.js';
import { benchmarkPolarityOf, quartileInGroup } from '../statistics/index.js';
import { plainEnglishSummary } from '../summary/summary.js';
import { compareWithBenchmarkFigure, travel } from './comparisons.js';
import { forecastFor } from './forecast-status.js';
import { figureInterval } from './interval.js';
import { dueDateOf, readPeriod } from './period-memo.js';
import {
  denseSeries,
  figureAt,
  indexOf,
  latestPeriod,
  periodKindOf,
  valuesTo,
  type DenseSeries,
  type MeasureSeries,
  type TargetsInput,
} from './series.js';
import { spcStatus } from './spc-status.js';
import { indexTargets, ragInputFor, ragWithRun, targetFor } from './targets.js';
import type {
  Benchmark,
  BenchmarkStatus,
  MeasureDefinition,
  MeasureStatus,
  MeasureStatusOptions,
} from './types.js';

export function computeMeasureStatus(
  measure: MeasureDefinition,
  series: MeasureSeries | FigureSeries,
  targets: TargetsInput,
  benchmarks: readonly Benchmark[],
  today: string,
  options: MeasureStatusOptions = {},
): MeasureStatus {
  const problems: string[] = [];
  const kind = periodKindOf(measure);
  const read = denseSeries(series, kind);
  if (read.reason !== null) problems.push(read.reason);
  let dense: DenseSeries = read.series ?? { start: periodContainingMonth(kind, 0), figures: [] };

  let p: Period | null = null;
  if (options.period !== undefined) {
    const parsed = readPeriod(options.period);
    if (!parsed.ok) problems.push(parsed.error);
    else if (parsed.period.kind !== kind)
      problems.push(`${options.period} is not a ${kind} period, as this measure reports`);
    else p = parsed.period;
  } else {
    p = latestPeriod(dense);
    if (p === null) problems.push('there are no figures, and no period was asked for');
  }

  // An empty series is anchored at the period asked for, so nothing walks back through empty centuries.
  if (p !== null && dense.figures.length === 0) dense = { start: p, figures: [] };
  const targetsByPeriod = indexTargets(targets, kind, measure);
  const index = p === null ? -1 : indexOf(dense, p);
  const figure = figureAt(dense, index);
  const target = p === null ? null : targetFor(p, targetsByPeriod, measure);
  const dueDate = p === null ? null : dueDateOf(p, measure.dueLagDays);
  const ragInput = ragInputFor(measure, figure?.value ?? null, target, dueDate, today);
  const values = valuesTo(dense, index);
  const rag = ragWithRun(dense, values, index, measure, targetsByPeriod, ragInput);

  const confidence = options.confidence ?? 0.95;
  const interval95 = figureInterval(figure, measure, 0.95);
  const interval998 =
    confidence === 0.998 || options.benchmarkLevels === 'two' ? figureInterval(figure, measure, 0.998) : null;
  const shown = confidence === 0.998 ? interval998! : interval95;

  const perYear = 12 / dense.start.months;
  const direction = {
    previousPeriod: travel(dense, index, 1, 'previous-period', measure, target, options),
    samePeriodLastYear: travel(dense, index, perYear, 'same-period-last-year', measure, target, options),
  };

  const value = figure?.value ?? null;
  const benchmarkStatuses: BenchmarkStatus[] = [];
  for (const benchmark of benchmarks) {
    benchmarkStatuses.push(compareWithBenchmarkFigure(benchmark, value, interval95, interval998, measure));
  }
  const groupPosition =
    options.comparatorValues && typeof value === 'number'
      ? quartileInGroup(options.comparatorValues, value, benchmarkPolarityOf(measure.polarity))
      : null;

  const band =
    target !== null && target.lower !== null && target.upper !== null
      ? { lower: target.lower, upper: target.upper }
      : null;
  const spc =
    p === null
      ? null
      : spcStatus({
          series: dense,
          values,
          polarity: measure.polarity,
          target: measure.polarity === 'within-band' ? band : (target?.value ?? null),
          screenOutliers: options.screenOutliers ?? true,
          rebaseAt: rebasePositions(dense, options.rebaseAt, problems),
        });
  const forecast = p === null ? null : forecastFor(values, index, p, measure, targetsByPeriod, target);

  const summary =
    options.summary === false
      ? null
      : plainEnglishSummary({
          style: { unit: measure.unit, decimals: measure.decimals, ratePer: measure.ratePer },
          periodKind: kind,
          rag,
          directions: [direction.previousPeriod, direction.samePeriodLastYear],
          benchmarks: benchmarkStatuses,
          spc: spc && { variation: spc.variation, since: spc.sinceLabel, assurance: spc.assurance },
          forecast,
        });

  return {
    measureId: measure.id,
    period: p === null ? null : formatPeriod(p),
    periodLabel: p === null ? null : periodLabel(p),
    dueDate,
    figure,
    target,
    rag,
    direction,
    interval: shown.interval,
    intervalReason: shown.reason,
    benchmarks: benchmarkStatuses,
    groupPosition,
    spc,
    forecast,
    summary,
    problems,
  };
}

function rebasePositions(
  series: DenseSeries,
  rebaseAt: readonly string[] | undefined,
  problems: string[],
): number[] {
  const positions: number[] = [];
  for (const text of rebaseAt ?? []) {
    const parsed = readPeriod(text);
    if (parsed.ok && parsed.period.kind === series.start.kind) positions.push(indexOf(series, parsed.period));
    else
      problems.push(
        `the SPC chart cannot start a new phase at ${text}: it is not a ${series.start.kind} period`,
      );
  }
  return positions;
}
