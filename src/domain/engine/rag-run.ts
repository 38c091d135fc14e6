/**
 * The RAG status for a period, and for how many periods running it has held. Each earlier period
 * is judged against its own target as `targetFor` chooses it, but found by position: a run
 * reaches back through every period of the series, so it builds no period and looks each year's
 * target up once.
 */
import { judgeRag, type RagInput, type RagJudgement } from '../status/rag.js';
import { ragStatusOf } from '../status/rag-status.js';
import type { DenseSeries, TargetInput } from './series.js';
import { yearStart, type TargetIndex } from './targets.js';
import type { MeasureDefinition } from './types.js';

/**
 * An earlier period with no figure is overdue by now (its due date came before this one's), so it
 * continues a run of 'overdue' and ends any other.
 */
export function ragWithRun(
  series: DenseSeries,
  values: readonly (number | null)[],
  index: number,
  measure: MeasureDefinition,
  targets: TargetIndex,
  current: RagInput,
): RagJudgement & { runLength: number } {
  const { status, reason } = judgeRag(current);
  let runLength = 1;
  if (status === 'no-data') return { status, reason, runLength };

  const { startMonth, months } = series.start;
  const yearsOnly = targets.periods.size === 0;
  const ownOnly = measure.aggregation === 'sum' || months === 12;
  let yearFirst = Infinity;
  let yearTarget: TargetInput | null = null;
  for (let i = index - 1; i >= 0; i--) {
    const value = values[i];
    if (typeof value !== 'number') {
      if (status !== 'overdue') break;
    } else {
      if (status === 'overdue') break;
      const month = startMonth + i * months;
      let target = yearsOnly ? undefined : targets.periods.get(month);
      if (target === undefined && !ownOnly) {
        // Walking back, a period before the year's first month is in an earlier year.
        if (month < yearFirst) {
          yearFirst = yearStart(month, measure);
          yearTarget = targets.years.get(yearFirst) ?? null;
        }
        target = yearTarget ?? undefined;
      }
      // Judged with this period's input for the measure's settings. Its due date is not an earlier
      // period's, but only decides between 'no-data' and 'overdue' for a figure that is not a
      // finite number, and neither continues this run.
      const judged = ragStatusOf(
        current,
        value,
        target?.value ?? null,
        target?.lower ?? null,
        target?.upper ?? null,
        target?.tolerance ?? measure.tolerance,
      );
      if (judged !== status) break;
    }
    runLength++;
  }
  return { status, reason, runLength };
}
