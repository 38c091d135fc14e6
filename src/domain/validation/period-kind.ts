/**
 * A figure's period must be of the kind its measure reports on: a quarterly measure takes
 * quarters, not months. Otherwise its series would hold two kinds of period that the engine
 * cannot put in one line.
 */
import { periodKindOf } from '../engine/series.js';
import type { Measure } from '../measure.js';
import { formatPeriod, periodContainingMonth, type Period, type PeriodKind } from '../period.js';

const KIND_WORDS: Record<PeriodKind, string> = {
  month: 'a month',
  'financial-quarter': 'a financial quarter',
  'financial-year': 'a financial year',
  'calendar-quarter': 'a calendar quarter',
  'calendar-year': 'a calendar year',
  'academic-year': 'an academic year',
};

const FORMS: Record<PeriodKind, string> = {
  month: 'YYYY-MM',
  'financial-quarter': 'YYYY/YY-Qn',
  'financial-year': 'YYYY/YY',
  'calendar-quarter': 'YYYY-Qn',
  'calendar-year': 'YYYY',
  'academic-year': 'AYYYYY/YY',
};

const HOW_OFTEN = { monthly: 'monthly', quarterly: 'quarterly', annual: 'annually' } as const;

export function expectedPeriodKind(measure: Pick<Measure, 'frequency' | 'yearKind'>): PeriodKind {
  return periodKindOf(measure);
}

/** How a period misses the measure's kind (`is`) and what it should be (`expected`); null when it suits. */
export function periodKindMismatch(
  measure: Pick<Measure, 'id' | 'frequency' | 'yearKind'>,
  period: Period,
): { is: string; expected: string } | null {
  const kind = expectedPeriodKind(measure);
  if (period.kind === kind) return null;
  const example = formatPeriod(periodContainingMonth(kind, period.startMonth));
  return {
    is: `is ${KIND_WORDS[period.kind]}, but ${measure.id} is reported ${HOW_OFTEN[measure.frequency]} for ${KIND_WORDS[kind]}`,
    expected: `the form ${FORMS[kind]}, e.g. ${example}`,
  };
}

/**
 * Why a period does not suit the measure, naming the form expected and, as an example, the period
 * of the right kind that contains the one given; null when it suits.
 */
export function periodKindProblem(
  measure: Pick<Measure, 'id' | 'frequency' | 'yearKind'>,
  period: Period,
): string | null {
  const mismatch = periodKindMismatch(measure, period);
  return mismatch && `${formatPeriod(period)} ${mismatch.is}: expected ${mismatch.expected}`;
}
