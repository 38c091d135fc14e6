/** The whole status of one measure for one period, from its figures, targets and benchmarks. */
export { computeMeasureStatus } from './measure-status.js';
/** The same verdicts without their words or chart: for roll-ups and dashboards of many measures. */
export { computeMeasureVerdicts } from './verdicts.js';
export {
  figureInterval,
  type Confidence,
  type FigureInterval,
  type IntervalMethod,
  type IntervalOutcome,
} from './interval.js';
export {
  periodKindOf,
  type MeasureSeries,
  type SeriesInput,
  type TargetInput,
  type TargetsInput,
} from './series.js';
export type {
  AppliedTarget,
  Benchmark,
  BenchmarkStatus,
  MeasureDefinition,
  MeasureStatus,
  MeasureStatusOptions,
  MeasureVerdicts,
  SpcStatus,
  SpcVerdict,
} from './types.js';
