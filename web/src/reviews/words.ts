/** Review forums, agenda headings and reporting levels in the council's words, and dates as people write them. */
import {
  AGENDA_KIND_LABELS,
  REVIEW_FORUM_LABELS,
  REVIEW_FORUMS,
  COUNCIL_FORUMS,
} from '@domain/pdrr/review.js';
import { REPORTING_LEVEL_LABELS } from '@domain/pdrr/levels.js';
import type { Account } from '../api/types.js';

export { AGENDA_KIND_LABELS, COUNCIL_FORUMS, REPORTING_LEVEL_LABELS, REVIEW_FORUM_LABELS, REVIEW_FORUMS };

/** 2017-10-12 → 12 October 2017; anything else as it is. */
export function dateInWords(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!match) return iso;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

const MANAGING = new Set([
  'performance-officer',
  'director',
  'service-director',
  'head-of-service',
  'team-manager',
]);

/** Whether to offer setting up a meeting: the performance team and managers (the API decides for which forum). */
export function mayArrangeMeetings(account: Account | null | undefined): boolean {
  return !!account && (account.isAdmin || account.roles.some((r) => MANAGING.has(r.role)));
}

/** May minute a council forum: the performance team (the API has the last word). */
export function mayMinuteCouncilForums(account: Account | null | undefined): boolean {
  return !!account && (account.isAdmin || account.roles.some((r) => r.role === 'performance-officer'));
}
