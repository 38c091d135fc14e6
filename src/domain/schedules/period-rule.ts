/**
 * Which period a scheduled report covers. A council reports a quarter once it is over, so "the last
 * complete quarter" on 3 October 2017 is 2017/18-Q2 (July to September). Quarters and years are the
 * financial year's (April to March), as the framework's committee cycle uses them.
 */
import {
  CANONICAL_FORMS,
  formatPeriod,
  parsePeriod,
  periodOfDate,
  shiftPeriod,
  type Period,
} from '../period.js';
import { PERIOD_RULES, PERIOD_RULE_LABELS, type PeriodRule, type RelativePeriodRule } from './schedule.js';

export function isRelativePeriodRule(text: string): text is RelativePeriodRule {
  return (PERIOD_RULES as readonly string[]).includes(text);
}

/** Why `rule` is not a period rule, or null when it is one. */
export function periodRuleProblem(rule: string): string | null {
  if (isRelativePeriodRule(rule)) return null;
  const parsed = parsePeriod(rule);
  if (parsed.ok) return null;
  return `"${rule}" is neither a rule (${PERIOD_RULES.join(', ')}) nor a period (${parsed.error}; write it as ${CANONICAL_FORMS})`;
}

const RULE_KIND = {
  'last-complete-month': 'month',
  'last-complete-quarter': 'financial-quarter',
  'last-complete-year': 'financial-year',
} as const;

/** The period a run on `today` (YYYY-MM-DD) reports, in canonical form. */
export function reportPeriodOn(rule: PeriodRule, today: string): string {
  if (isRelativePeriodRule(rule)) return formatPeriod(lastComplete(rule, today));
  const parsed = parsePeriod(rule);
  if (!parsed.ok) throw new Error(`period rule "${rule}" was stored without being checked`);
  return formatPeriod(parsed.period);
}

function lastComplete(rule: RelativePeriodRule, today: string): Period {
  return shiftPeriod(periodOfDate(RULE_KIND[rule], today), -1);
}

export function describePeriodRule(rule: PeriodRule): string {
  return isRelativePeriodRule(rule) ? PERIOD_RULE_LABELS[rule] : rule;
}
