/**
 * Which target judges a period, and the RAG status with how many periods running it has held.
 * A period's own target comes first; a measure that is not added up over the year ('mean',
 * 'ratio', 'latest') may also be judged against its year's target, so that a monthly percentage
 * with one annual target of 80% is judged each month against 80%.
 */
import { enclosingPeriod, type Period, type PeriodKind } from '../period.js';
import { readPeriod } from './period-memo.js';
import {
  blankReason,
  judgeRag,
  ragSentence,
  ragStatusOnly,
  type RagInput,
  type RagResult,
} from '../status/rag.js';
import { periodAt, type DenseSeries, type TargetInput, type TargetsInput } from './series.js';
import type { MeasureDefinition } from './types.js';

const YEAR_PERIOD: Record<MeasureDefinition['yearKind'], PeriodKind> = {
  financial: 'financial-year',
  calendar: 'calendar-year',
  academic: 'academic-year',
};

/** The year (of the measure's kind) that a period belongs to. */
export function yearOf(p: Period, measure: MeasureDefinition): Period {
  return enclosingPeriod(p, YEAR_PERIOD[measure.yearKind]);
}

/** A measure's targets by the first month of their period: its own periods' and its years'. */
export interface TargetIndex {
  periods: ReadonlyMap<number, TargetInput>;
  years: ReadonlyMap<number, TargetInput>;
}

/** Reads each target's period once, so that judging a run of periods formats no period text. */
export function indexTargets(
  targets: TargetsInput,
  kind: PeriodKind,
  measure: MeasureDefinition,
): TargetIndex {
  const periods = new Map<number, TargetInput>();
  const years = new Map<number, TargetInput>();
  const yearKind = YEAR_PERIOD[measure.yearKind];
  const list = targets instanceof Map ? targets.values() : (targets as readonly TargetInput[]);
  for (const target of list) {
    const parsed = readPeriod(target.period);
    if (!parsed.ok) continue;
    if (parsed.period.kind === kind) periods.set(parsed.period.startMonth, target);
    if (parsed.period.kind === yearKind) years.set(parsed.period.startMonth, target);
  }
  return { periods, years };
}

export function targetFor(p: Period, targets: TargetIndex, measure: MeasureDefinition): TargetInput | null {
  const own = targets.periods.get(p.startMonth);
  if (own !== undefined || measure.aggregation === 'sum' || p.months === 12) return own ?? null;
  return targets.years.get(yearOf(p, measure).startMonth) ?? null;
}

export function ragInputFor(
  measure: MeasureDefinition,
  value: number | null,
  target: TargetInput | null,
  dueDate: string | null,
  today: string,
): RagInput {
  return {
    value,
    target: target?.value ?? null,
    lower: target?.lower ?? null,
    upper: target?.upper ?? null,
    polarity: measure.polarity,
    tolerance: target?.tolerance ?? measure.tolerance,
    toleranceKind: measure.toleranceKind,
    unit: measure.unit,
    decimals: measure.decimals,
    ratePer: measure.ratePer,
    dueDate,
    today,
  };
}

/**
 * The status for the period at `index`, and for how many periods running it has held. Earlier
 * periods are judged without sentences. An earlier period with no figure is overdue by now (its
 * due date came before this one's), so it continues a run of 'overdue' and ends any other.
 */
export function ragWithRun(
  series: DenseSeries,
  values: readonly (number | null)[],
  index: number,
  measure: MeasureDefinition,
  targets: TargetIndex,
  current: RagInput,
): RagResult & { runLength: number } {
  const { status, reason } = judgeRag(current);
  const sentence = ragSentence(status, reason, {
    unit: measure.unit,
    decimals: measure.decimals,
    ratePer: measure.ratePer,
  });
  let runLength = 1;
  if (status !== 'no-data') {
    // One input and one reason, refilled for each earlier period: a long run would otherwise
    // allocate a pair for each.
    const earlier: RagInput = { ...current, dueDate: null };
    const scratch = blankReason();
    for (let i = index - 1; i >= 0; i--) {
      const value = values[i];
      if (typeof value !== 'number') {
        if (status !== 'overdue') break;
      } else {
        if (status === 'overdue') break;
        const target = targetFor(periodAt(series, i), targets, measure);
        earlier.value = value;
        earlier.target = target?.value ?? null;
        earlier.lower = target?.lower ?? null;
        earlier.upper = target?.upper ?? null;
        earlier.tolerance = target?.tolerance ?? measure.tolerance;
        if (ragStatusOnly(earlier, scratch) !== status) break;
      }
      runLength++;
    }
  }
  return { status, reason, sentence, runLength };
}
