/** The demo's complaints log for 2017/18: a mix of causes and outcomes across front-line teams. */
import {
  COMPLAINT_CAUSES,
  type Complaint,
  type ComplaintCause,
  type ComplaintOutcome,
} from '../../domain/pdrr/complaints.js';

const TEAMS = ['TEAM-CUSTOMER', 'TEAM-WASTE', 'TEAM-HOMELESS', 'TEAM-REVBEN', 'TEAM-ADASS', 'TEAM-STREETS'];

const SUMMARY: Record<ComplaintCause, [string, string]> = {
  delay: ['Waited too long for a reply', 'Reply sent with an apology; response times now monitored weekly.'],
  'quality-of-service': [
    'Work done poorly and had to be redone',
    'Supervisor now checks a sample of completed jobs.',
  ],
  'staff-conduct': ['Officer was rude on the phone', 'Call recordings used in team coaching.'],
  communication: ['Letter was confusing', 'Letter rewritten in plain English with customers.'],
  'policy-or-decision': [
    'Disagreed with an eligibility decision',
    'Decision explained; no change to the policy.',
  ],
  'missed-service': ['Bin not collected', 'Round sheets now checked at the depot before crews leave.'],
  other: ['Parking near a council building', 'Passed to the facilities team.'],
};

const OUTCOMES: readonly ComplaintOutcome[] = [
  'upheld',
  'not-upheld',
  'partly-upheld',
  'upheld',
  'not-upheld',
  'open',
];

/** Thirty-six complaints, three a month from April 2017; the cause weights favour delay and missed services. */
export function buildComplaints(): Complaint[] {
  const causes: ComplaintCause[] = [...COMPLAINT_CAUSES, 'delay', 'missed-service', 'delay', 'communication'];
  return Array.from({ length: 36 }, (_, i) => {
    const month = 4 + Math.floor(i / 3);
    const year = 2017 + Math.floor((month - 1) / 12);
    const day = 3 + (i % 3) * 9;
    const receivedOn = `${year}-${String(((month - 1) % 12) + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    const cause = causes[(i * 7) % causes.length]!;
    const outcome = i >= 33 ? 'open' : OUTCOMES[i % OUTCOMES.length]!;
    const responded = outcome === 'open' ? null : addDays(receivedOn, 6 + (i % 9));
    return {
      id: `CMP-${String(i + 1).padStart(3, '0')}`,
      receivedOn,
      orgUnitId: TEAMS[i % TEAMS.length]!,
      cause,
      summary: SUMMARY[cause][0],
      outcome,
      respondedOn: responded,
      learning: outcome === 'upheld' || outcome === 'partly-upheld' ? SUMMARY[cause][1] : null,
    };
  });
}

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
