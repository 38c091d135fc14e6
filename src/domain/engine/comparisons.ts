/**
 * The figure against other figures: the same measure's earlier periods (direction of travel) and
 * benchmarks (England, the region, a comparator group), each by confidence intervals where asked.
 */
import { benchmarkPolarityOf, compareWithBenchmark } from '../statistics/index.js';
import {
  directionSentence,
  judgeDirection,
  type ComparedWith,
  type DirectionJudgement,
  type TravelFigure,
} from '../status/direction.js';
import { figureInterval, type IntervalOutcome } from './interval.js';
import { periodNameAt } from './period-memo.js';
import { figureAt, type DenseSeries, type TargetInput } from './series.js';
import type { Benchmark, BenchmarkStatus, MeasureDefinition, MeasureStatusOptions } from './types.js';

/** Direction of travel against the figure `back` periods before (1: the previous period; a year's worth: last year). */
export function travel(
  series: DenseSeries,
  index: number,
  back: number,
  against: ComparedWith,
  measure: MeasureDefinition,
  target: TargetInput | null,
  options: MeasureStatusOptions,
): DirectionJudgement {
  const significant = options.significantChangeOnly === true;
  return judgeDirection({
    current: travelFigure(series, index, significant, measure),
    previous: travelFigure(series, index - back, significant, measure),
    polarity: measure.polarity,
    band: target,
    against,
    againstLabel: periodNameOf(series, index - back),
    significance: significant ? { confidence: 0.95 } : null,
    unit: measure.unit,
    decimals: measure.decimals,
    ratePer: measure.ratePer,
  });
}

/** The sentence for a direction of travel worked out by `travel`. */
export function travelSentence(
  judgement: DirectionJudgement,
  series: DenseSeries,
  index: number,
  back: number,
  measure: MeasureDefinition,
  options: MeasureStatusOptions,
): string {
  return directionSentence(judgement, {
    againstLabel: periodNameOf(series, index - back),
    significance: options.significantChangeOnly === true ? { confidence: 0.95 } : null,
    unit: measure.unit,
    decimals: measure.decimals,
    ratePer: measure.ratePer,
  });
}

function periodNameOf(series: DenseSeries, index: number): string {
  const { kind, startMonth, months } = series.start;
  return periodNameAt(kind, startMonth + index * months);
}

/** A figure to compare, with its 95% interval when the change must be significant. */
function travelFigure(
  series: DenseSeries,
  index: number,
  withInterval: boolean,
  measure: MeasureDefinition,
): TravelFigure | null {
  const figure = figureAt(series, index);
  if (!withInterval || figure === null) return figure;
  const interval = figureInterval(figure, measure, 0.95).interval;
  return { value: figure.value, lower: interval?.lower ?? null, upper: interval?.upper ?? null };
}

/** The figure against one benchmark, by its confidence intervals at one or two levels. */
export function compareWithBenchmarkFigure(
  benchmark: Benchmark,
  value: number | null,
  interval95: IntervalOutcome,
  interval998: IntervalOutcome | null,
  measure: MeasureDefinition,
): BenchmarkStatus {
  const reason =
    benchmark.value === null
      ? `there is no figure for ${benchmark.name}`
      : value === null
        ? 'there is no figure to compare'
        : (interval95.reason ?? interval998?.reason ?? null);
  const { name, areaCode } = benchmark;
  if (reason !== null) return { name, areaCode, value: benchmark.value, comparison: null, reason };
  const comparison = compareWithBenchmark({
    value,
    lower95: interval95.interval!.lower,
    upper95: interval95.interval!.upper,
    lower998: interval998?.interval?.lower,
    upper998: interval998?.interval?.upper,
    benchmark: benchmark.value,
    polarity: benchmarkPolarityOf(measure.polarity),
  });
  const why = comparison === null ? 'the intervals could not be compared' : null;
  return { name, areaCode, value: benchmark.value, comparison, reason: why };
}
