/**
 * Which target judges a period. A period's own target comes first; a measure that is not added
 * up over the year ('mean', 'ratio', 'latest') may also be judged against its year's target, so
 * that a monthly percentage with one annual target of 80% is judged each month against 80%.
 */
import { periodContainingMonth, type Period, type PeriodKind } from '../period.js';
import { readPeriod } from './period-memo.js';
import type { RagInput } from '../status/rag.js';
import type { TargetInput, TargetsInput } from './series.js';
import { TargetTable } from './target-table.js';
import type { MeasureDefinition } from './types.js';

export const YEAR_PERIOD: Record<MeasureDefinition['yearKind'], PeriodKind> = {
  financial: 'financial-year',
  calendar: 'calendar-year',
  academic: 'academic-year',
};

const mod12 = (month: number) => ((month % 12) + 12) % 12;

/** The calendar month (0–11) each kind of year starts in, as period.ts says. */
const FIRST_MONTH: Record<MeasureDefinition['yearKind'], number> = {
  financial: mod12(periodContainingMonth('financial-year', 0).startMonth),
  calendar: mod12(periodContainingMonth('calendar-year', 0).startMonth),
  academic: mod12(periodContainingMonth('academic-year', 0).startMonth),
};

/**
 * The first month of the year (of the measure's kind) that `month` falls in: the start of
 * `enclosingPeriod`, without building the period, as a run over every earlier month needs it.
 */
export function yearStart(month: number, measure: MeasureDefinition): number {
  return month - mod12(month - FIRST_MONTH[measure.yearKind]);
}

/** A measure's targets by the first month of their period: its own periods' and its years'. */
export interface TargetIndex {
  periods: Pick<TargetTable, 'get' | 'size'>;
  years: Pick<TargetTable, 'get' | 'size'>;
}

// One index, refilled for each status: it never outlives the status it is made for.
const periods = new TargetTable();
const years = new TargetTable();
const index: TargetIndex = { periods, years };

/**
 * Reads each target's period once, so that judging a run of periods formats no period text. The
 * index is shared: it holds this measure's targets until the next call.
 */
export function indexTargets(
  targets: TargetsInput,
  kind: PeriodKind,
  measure: MeasureDefinition,
): TargetIndex {
  periods.clear();
  years.clear();
  const yearKind = YEAR_PERIOD[measure.yearKind];
  const list = targets instanceof Map ? targets.values() : (targets as readonly TargetInput[]);
  for (const target of list) {
    const parsed = readPeriod(target.period);
    if (!parsed.ok) continue;
    if (parsed.period.kind === kind) periods.set(parsed.period.startMonth, target);
    if (parsed.period.kind === yearKind) years.set(parsed.period.startMonth, target);
  }
  return index;
}

export function targetFor(p: Period, targets: TargetIndex, measure: MeasureDefinition): TargetInput | null {
  const own = targets.periods.get(p.startMonth);
  if (own !== undefined || measure.aggregation === 'sum' || p.months === 12) return own ?? null;
  return targets.years.get(yearStart(p.startMonth, measure)) ?? null;
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
