/** The SPC part of a status: the XmR chart of the series to the period, and since when its signal has held. */
import type { Polarity } from '../measure.js';
import type { Period } from '../period.js';
import {
  xmrVerdict,
  xmrWithVerdict,
  type ImprovementDirection,
  type TargetBand,
  type XmrChart,
  type XmrOptions,
} from '../spc/index.js';
import { periodText } from './period-memo.js';
import { periodAt, type DenseSeries } from './series.js';
import type { SpcVerdict } from './types.js';

const IMPROVEMENT: Record<Polarity, ImprovementDirection> = {
  'higher-better': 'increase',
  'lower-better': 'decrease',
  'within-band': 'neutral',
  neutral: 'neutral',
};

export interface SpcOutcome {
  verdict: SpcVerdict;
  /** The period the latest special cause's run began. */
  since: Period | null;
  /** Only when asked for: drawing every point is most of the work. */
  chart: XmrChart | null;
}

/** The chart's options for a measure's polarity and target. */
export function spcOptions(
  polarity: Polarity,
  target: number | TargetBand | null,
  screenOutliers: boolean,
  rebaseAt: readonly number[],
): XmrOptions {
  return { improvement: IMPROVEMENT[polarity], screenOutliers, target, rebaseAt };
}

/** What the chart of `values` (from the series' start to the judged period) says; the chart too, when asked for. */
export function spcOutcome(
  series: DenseSeries,
  values: readonly (number | null)[],
  options: XmrOptions,
  withChart: boolean,
): SpcOutcome | null {
  if (values.length === 0) return null;
  let chart: XmrChart | null = null;
  let found;
  if (withChart) ({ chart, verdict: found } = xmrWithVerdict(values, options));
  else found = xmrVerdict(values, options);
  const since = found.since < 0 ? null : periodAt(series, found.since);
  return {
    verdict: {
      variation: found.variation,
      specialCause: found.specialCause,
      since: since === null ? null : periodText(since),
      assurance: found.assurance,
    },
    since,
    chart,
  };
}
