/** The SPC part of a status: the XmR chart of the series to the period, and since when its signal has held. */
import type { Polarity } from '../measure.js';
import { formatPeriod, periodLabel } from '../period.js';
import { xmr, type ImprovementDirection, type TargetBand } from '../spc/index.js';
import { periodAt, type DenseSeries } from './series.js';
import type { SpcStatus } from './types.js';

const IMPROVEMENT: Record<Polarity, ImprovementDirection> = {
  'higher-better': 'increase',
  'lower-better': 'decrease',
  'within-band': 'neutral',
  neutral: 'neutral',
};

export interface SpcRequest {
  series: DenseSeries;
  /** The values from the series' start to the judged period (see valuesTo). */
  values: readonly (number | null)[];
  polarity: Polarity;
  target: number | TargetBand | null;
  screenOutliers: boolean;
  rebaseAt: readonly number[];
}

export function spcStatus(request: SpcRequest): SpcStatus | null {
  const { series, values } = request;
  if (values.length === 0) return null;
  const chart = xmr(values, {
    improvement: IMPROVEMENT[request.polarity],
    screenOutliers: request.screenOutliers,
    target: request.target,
    rebaseAt: request.rebaseAt,
  });
  const points = chart.points;
  let latest = points.length - 1;
  while (latest >= 0 && points[latest]!.value === null) latest--;
  const specialCause = latest >= 0 ? points[latest]!.specialCause : null;
  let first = latest;
  if (specialCause !== null) {
    // Back over the run of points with the same signal; a gap in the figures does not end it.
    for (let i = latest - 1; i >= 0; i--) {
      const point = points[i]!;
      if (point.value === null) continue;
      if (point.specialCause !== specialCause) break;
      first = i;
    }
  }
  const since = specialCause === null ? null : periodAt(series, first);
  return {
    chart,
    variation: chart.variation,
    specialCause,
    since: since === null ? null : formatPeriod(since),
    sinceLabel: since === null ? null : periodLabel(since),
    assurance: chart.assurance,
  };
}
