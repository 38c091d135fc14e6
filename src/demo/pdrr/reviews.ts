/**
 * The demo's Cabinet review of the 2017/18 second quarter: its pack and agenda are built from the
 * figures when the demo loads; its decisions, the action arising and attendance are written here.
 */
import type { KeyAction } from '../../domain/pdrr/action-progress.js';
import type { Attendee } from '../../domain/pdrr/review.js';
import type { CouncilBundle } from '../../domain/council.js';

export const CABINET_Q2 = {
  id: 'RM-CAB-2017-Q2',
  forum: 'cabinet' as const,
  orgUnitId: null,
  title: 'Cabinet (Performance Management) Panel: Corporate Plan performance, quarter two 2017/18',
  meetingDate: '2017-11-22',
  asAt: '2017/18-Q2',
};

export interface DemoDecision {
  text: string;
  measureId: string | null;
  actionArising: KeyAction | null;
}

export const CABINET_Q2_DECISIONS: readonly DemoDecision[] = [
  {
    text:
      'Cabinet noted that the recovery plan for households in temporary accommodation has missed its trajectory ' +
      'since July and has been escalated to Cabinet. The Strategic Director – People will bring a revised plan, ' +
      'with the cost of leasing more family homes, to the December meeting.',
    measureId: 'CP-HOU-01',
    actionArising: {
      id: 'KA-CAB-01',
      title: 'Revised temporary accommodation recovery plan to Cabinet',
      responsibleOfficer: 'Strategic Director – People',
      responsiblePersonId: null,
      anticipatedOutcome: 'A costed plan that brings households in temporary accommodation back to target',
      proposedStartDate: '2017-11-23',
      proposedEndDate: '2017-12-20',
      othersInvolved: 'Head of Housing, Service Director – Finance',
      status: 'completed',
      percentComplete: 100,
      progressNote: 'Revised plan agreed by Cabinet on 20 December 2017.',
      milestones: [],
      strategyItemIds: ['OB-COM-HOUSING'],
      measureIds: ['CP-HOU-01'],
      orgUnitId: 'DIR-PEOPLE',
    },
  },
  {
    text: 'Cabinet welcomed the recovery plan for young people not in education, employment or training and agreed its trajectory.',
    measureId: 'CP-ECO-05',
    actionArising: null,
  },
  {
    text:
      'Cabinet asked each director to commission a recovery plan for every measure listed as requiring one but ' +
      'without a plan, and to report them with the quarter three figures.',
    measureId: null,
    actionArising: null,
  },
];

/** The Cabinet's members and the officers who attend its performance panel. */
export function cabinetAttendance(bundle: CouncilBundle): Attendee[] {
  const person = new Map(bundle.people.map((p) => [p.id, p]));
  const members = bundle.roles.filter((r) => r.role === 'cabinet-member').map((r) => r.personId);
  const officers = bundle.roles
    .filter((r) => r.role === 'chief-executive' || (r.role === 'director' && r.orgUnitId !== null))
    .map((r) => r.personId);
  return [...new Set([...members, ...officers])].flatMap((id, i) => {
    const p = person.get(id);
    if (!p) return [];
    // One member sent apologies, as usually happens.
    return [
      { name: p.name, personId: p.id, role: p.jobTitle, attendance: i === 3 ? 'apologies' : 'present' },
    ];
  });
}
