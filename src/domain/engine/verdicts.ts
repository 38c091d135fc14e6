/**
 * Everything the engine judges about one measure for one period, as data: RAG with its run,
 * direction of travel against the previous period and the same period last year, the confidence
 * interval, comparison with each benchmark, rank in the comparator group, what the SPC chart
 * says and the year-end forecast. `computeMeasureVerdicts` stops there, which is all a roll-up
 * or a dashboard of many measures reads; `computeMeasureStatus` adds the words and the chart.
 */
import type { FigureSeries } from '../aggregation/series.js';
import { periodContainingMonth, type Period } from '../period.js';
import type { XmrChart } from '../spc/index.js';
import { benchmarkPolarityOf, quartileInGroup } from '../statistics/index.js';
import { compareWithBenchmarkFigure, travel } from './comparisons.js';
import type { YearEndOutcome } from '../forecast/index.js';
import { forecastFor } from './forecast-status.js';
import { figureInterval } from './interval.js';
import { dueDateOf, latestPeriodDue, periodText, readPeriod } from './period-memo.js';
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
import { spcOptions, spcOutcome } from './spc-status.js';
import { ragWithRun } from './rag-run.js';
import { indexTargets, ragInputFor, targetFor } from './targets.js';
import type {
  Benchmark,
  BenchmarkStatus,
  MeasureDefinition,
  MeasureStatusOptions,
  MeasureVerdicts,
} from './types.js';

export function computeMeasureVerdicts(
  measure: MeasureDefinition,
  series: MeasureSeries | FigureSeries,
  targets: TargetsInput,
  benchmarks: readonly Benchmark[],
  today: string,
  options: MeasureStatusOptions = {},
): MeasureVerdicts {
  return assess(measure, series, targets, benchmarks, today, options, false).verdicts;
}

/** The verdicts, and what the words need besides: the periods, and the chart when asked for. */
export interface Assessment {
  verdicts: MeasureVerdicts;
  period: Period | null;
  series: DenseSeries;
  index: number;
  since: Period | null;
  chart: XmrChart | null;
}

export function assess(
  measure: MeasureDefinition,
  series: MeasureSeries | FigureSeries,
  targets: TargetsInput,
  benchmarks: readonly Benchmark[],
  today: string,
  options: MeasureStatusOptions,
  withChart: boolean,
): Assessment {
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
    else if (measure.state !== 'retired') {
      // A later period whose figure is past due, and missing, is what the measure's status is now.
      const due = latestPeriodDue(kind, measure.dueLagDays, today);
      if (due !== null && due.startMonth > p.startMonth) p = due;
    }
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
  // The level shown is a display choice; benchmarks are compared at 99.8% only when asked for two levels.
  const benchmark998 = options.benchmarkLevels === 'two' ? interval998 : null;
  const benchmarkStatuses: BenchmarkStatus[] = [];
  for (const benchmark of benchmarks) {
    benchmarkStatuses.push(compareWithBenchmarkFigure(benchmark, value, interval95, benchmark998, measure));
  }
  const groupPosition =
    options.comparatorValues && typeof value === 'number'
      ? quartileInGroup(options.comparatorValues, value, benchmarkPolarityOf(measure.polarity))
      : null;

  // A band measure with only a target value is judged against a band of that one value, as RAG does.
  const band =
    target === null
      ? null
      : target.lower !== null && target.upper !== null
        ? { lower: target.lower, upper: target.upper }
        : target.lower === null && target.upper === null && target.value !== null
          ? { lower: target.value, upper: target.value }
          : null;
  const spcTarget = measure.polarity === 'within-band' ? band : (target?.value ?? null);
  const spc =
    p === null
      ? null
      : spcOutcome(
          dense,
          values,
          spcOptions(
            measure.polarity,
            spcTarget,
            options.screenOutliers ?? true,
            rebasePositions(dense, options.rebaseAt, problems),
          ),
          withChart,
        );
  const forecast =
    p === null ? NO_PERIOD_FORECAST : forecastFor(dense, values, index, p, measure, targetsByPeriod, target);

  return {
    verdicts: {
      measureId: measure.id,
      period: p === null ? null : periodText(p),
      dueDate,
      figure,
      target,
      rag,
      direction,
      interval: shown.interval,
      intervalReason: shown.reason,
      benchmarks: benchmarkStatuses,
      groupPosition,
      spc: spc?.verdict ?? null,
      forecast: forecast.forecast,
      forecastReason: forecast.reason,
      problems,
    },
    period: p,
    series: dense,
    index,
    since: spc?.since ?? null,
    chart: spc?.chart ?? null,
  };
}

const NO_POSITIONS: readonly number[] = [];
const NO_PERIOD_FORECAST: YearEndOutcome = { forecast: null, reason: 'there is no period to forecast from' };

function rebasePositions(
  series: DenseSeries,
  rebaseAt: readonly string[] | undefined,
  problems: string[],
): readonly number[] {
  if (rebaseAt === undefined || rebaseAt.length === 0) return NO_POSITIONS;
  const positions: number[] = [];
  for (const text of rebaseAt) {
    const parsed = readPeriod(text);
    if (parsed.ok && parsed.period.kind === series.start.kind) positions.push(indexOf(series, parsed.period));
    else
      problems.push(
        `the SPC chart cannot start a new phase at ${text}: it is not a ${series.start.kind} period`,
      );
  }
  return positions;
}
