/**
 * Which of a measure's periods a report "as at" some period judges: the latest period of the
 * measure's kind that has ended by the end of the report's period. A Cabinet pack for 2017/18 Q2
 * shows monthly measures for September 2017, quarterly ones for Q2 and annual ones for 2016/17 —
 * the last year complete by then.
 */
import { periodContainingMonth, previousPeriod, type Period, type PeriodKind } from '../period.js';

export function reportingPeriod(kind: PeriodKind, asAt: Period): Period {
  const lastMonth = asAt.startMonth + asAt.months - 1;
  const containing = periodContainingMonth(kind, lastMonth);
  const containingLast = containing.startMonth + containing.months - 1;
  return containingLast <= lastMonth ? containing : previousPeriod(containing);
}
