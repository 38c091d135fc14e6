/** Action statuses, complaint causes and outcomes in the council's words; a quarter of the financial year. */
import type { ActionStatus } from '@domain/action.js';
import type { ComplaintCause, ComplaintOutcome } from '@domain/pdrr/complaints.js';

export { ACTION_STATUSES } from '@domain/action.js';
export { COMPLAINT_CAUSES, COMPLAINT_OUTCOMES } from '@domain/pdrr/complaints.js';
export { STRATEGY_KIND_LABELS } from '@domain/strategy.js';
export { dateInWords } from '../reviews/words.js';

export const ACTION_STATUS_WORDS: Record<ActionStatus, string> = {
  'not-started': 'Not started',
  'in-progress': 'In progress',
  completed: 'Completed',
  'on-hold': 'On hold',
  cancelled: 'Cancelled',
};

export const CAUSE_WORDS: Record<ComplaintCause, string> = {
  delay: 'Delay',
  'quality-of-service': 'Quality of service',
  'staff-conduct': 'Staff conduct',
  communication: 'Communication',
  'policy-or-decision': 'Policy or decision',
  'missed-service': 'Missed service',
  other: 'Other',
};

export const OUTCOME_WORDS: Record<ComplaintOutcome, string> = {
  open: 'Open',
  upheld: 'Upheld',
  'partly-upheld': 'Partly upheld',
  'not-upheld': 'Not upheld',
  withdrawn: 'Withdrawn',
};

/** 2017-10-12 → "2017/18 Q3": the council's year starts in April. */
export function financialQuarter(iso: string): string {
  const year = Number(iso.slice(0, 4));
  const month = Number(iso.slice(5, 7));
  const start = month >= 4 ? year : year - 1;
  const quarter = Math.floor(((month + 8) % 12) / 3) + 1;
  return `${start}/${String((start + 1) % 100).padStart(2, '0')} Q${quarter}`;
}
