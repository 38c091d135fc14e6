/**
 * A small complaints log, so that the review step can "analyse the cause of complaints and share
 * the learning": each complaint by cause, with its outcome and what was learned.
 */

export const COMPLAINT_CAUSES = [
  'delay',
  'quality-of-service',
  'staff-conduct',
  'communication',
  'policy-or-decision',
  'missed-service',
  'other',
] as const;
export type ComplaintCause = (typeof COMPLAINT_CAUSES)[number];

export const COMPLAINT_OUTCOMES = ['open', 'upheld', 'partly-upheld', 'not-upheld', 'withdrawn'] as const;
export type ComplaintOutcome = (typeof COMPLAINT_OUTCOMES)[number];

export interface Complaint {
  id: string;
  receivedOn: string;
  orgUnitId: string;
  cause: ComplaintCause;
  summary: string;
  outcome: ComplaintOutcome;
  respondedOn: string | null;
  learning: string | null;
}

export interface CauseCount {
  cause: ComplaintCause;
  received: number;
  upheld: number;
}

/** Counts by cause, every cause listed (zero where none), upheld counting partly upheld too. */
export function countByCause(complaints: readonly Complaint[]): CauseCount[] {
  return COMPLAINT_CAUSES.map((cause) => {
    const of = complaints.filter((c) => c.cause === cause);
    return {
      cause,
      received: of.length,
      upheld: of.filter((c) => c.outcome === 'upheld' || c.outcome === 'partly-upheld').length,
    };
  });
}

export function complaintProblems(c: Pick<Complaint, 'receivedOn' | 'respondedOn' | 'outcome'>): string[] {
  const problems: string[] = [];
  if (c.respondedOn !== null && c.respondedOn < c.receivedOn)
    problems.push('respondedOn: must be on or after receivedOn');
  if (c.outcome !== 'open' && c.outcome !== 'withdrawn' && c.respondedOn === null)
    problems.push('respondedOn: give the date of the response for a complaint with an outcome');
  return problems;
}
