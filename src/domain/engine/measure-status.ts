/**
 * Everything the engine says about one measure for one period, in one plain object: the verdicts
 * (see verdicts.ts) with their words — a sentence for each status, the period's name, the SPC
 * chart itself and a plain-English summary of them all. The words are written from the verdicts
 * alone, so they can say nothing the engine did not work out.
 */
import type { FigureSeries } from '../aggregation/series.js';
import { ragSentence } from '../status/rag.js';
import { plainEnglishSummary } from '../summary/summary.js';
import { travelSentence } from './comparisons.js';
import { periodName } from './period-memo.js';
import { periodKindOf, type MeasureSeries, type TargetsInput } from './series.js';
import type { Benchmark, MeasureDefinition, MeasureStatus, MeasureStatusOptions } from './types.js';
import { assess } from './verdicts.js';

export function computeMeasureStatus(
  measure: MeasureDefinition,
  series: MeasureSeries | FigureSeries,
  targets: TargetsInput,
  benchmarks: readonly Benchmark[],
  today: string,
  options: MeasureStatusOptions = {},
): MeasureStatus {
  const {
    verdicts,
    period,
    series: dense,
    index,
    since,
    chart,
  } = assess(measure, series, targets, benchmarks, today, options, true);
  const style = { unit: measure.unit, decimals: measure.decimals, ratePer: measure.ratePer };
  const { status, reason, runLength } = verdicts.rag;
  const rag = { status, reason, sentence: ragSentence(status, reason, style), runLength };

  const { previousPeriod, samePeriodLastYear } = verdicts.direction;
  const perYear = 12 / dense.start.months;
  // Built field by field: spreading each judgement into a copy made V8 promote much of every
  // status's garbage out of the young generation (--trace-gc-nvp shows it), which slowed bulk runs.
  const direction = {
    previousPeriod: {
      direction: previousPeriod.direction,
      reason: previousPeriod.reason,
      sentence: travelSentence(previousPeriod, dense, index, 1, measure, options),
    },
    samePeriodLastYear: {
      direction: samePeriodLastYear.direction,
      reason: samePeriodLastYear.reason,
      sentence: travelSentence(samePeriodLastYear, dense, index, perYear, measure, options),
    },
  };

  const sinceLabel = since === null ? null : periodName(since);
  const spc =
    verdicts.spc === null || chart === null
      ? null
      : {
          chart,
          variation: verdicts.spc.variation,
          specialCause: verdicts.spc.specialCause,
          since: verdicts.spc.since,
          sinceLabel,
          assurance: verdicts.spc.assurance,
        };

  const summary =
    options.summary === false
      ? null
      : plainEnglishSummary({
          style,
          periodKind: periodKindOf(measure),
          rag,
          directions: [direction.previousPeriod, direction.samePeriodLastYear],
          benchmarks: verdicts.benchmarks,
          spc: spc && { variation: spc.variation, since: sinceLabel, assurance: spc.assurance },
          forecast: verdicts.forecast,
        });

  return {
    measureId: verdicts.measureId,
    period: verdicts.period,
    periodLabel: period === null ? null : periodName(period),
    dueDate: verdicts.dueDate,
    figure: verdicts.figure,
    target: verdicts.target,
    rag,
    direction,
    interval: verdicts.interval,
    intervalReason: verdicts.intervalReason,
    benchmarks: verdicts.benchmarks,
    groupPosition: verdicts.groupPosition,
    spc,
    forecast: verdicts.forecast,
    forecastReason: verdicts.forecastReason,
    summary,
    problems: verdicts.problems,
  };
}
