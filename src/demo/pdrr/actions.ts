/**
 * The demo's key actions added for its recovery plans, and dated progress updates on them, as they
 * stood in spring 2018.
 */
import type { ActionProgressUpdate, KeyAction } from '../../domain/pdrr/action-progress.js';

const BY = 'golden-thread demo';

const action = (
  a: Omit<KeyAction, 'milestones' | 'othersInvolved' | 'responsiblePersonId'> & Partial<KeyAction>,
): KeyAction => ({
  milestones: [],
  othersInvolved: null,
  responsiblePersonId: null,
  ...a,
});

export const RECOVERY_ACTIONS: readonly KeyAction[] = [
  action({
    id: 'KA-HOU-01',
    title: 'Weekly move-on panel for every household in temporary accommodation',
    responsibleOfficer: 'Housing Options Manager',
    anticipatedOutcome: 'Every household has a move-on plan within two weeks of placement',
    proposedStartDate: '2017-06-19',
    proposedEndDate: '2017-12-31',
    othersInvolved: 'Wolverhampton Homes',
    status: 'completed',
    percentComplete: 100,
    progressNote: 'Panel meets every Tuesday; every household has a move-on plan.',
    strategyItemIds: ['TP-HOMELESS'],
    measureIds: ['CP-HOU-01'],
    orgUnitId: 'TEAM-HOMELESS',
  }),
  action({
    id: 'KA-HOU-02',
    title: 'Prevention casework for families at risk of eviction',
    responsibleOfficer: 'Housing Options Manager',
    anticipatedOutcome: 'Half of families threatened with eviction kept in their home',
    proposedStartDate: '2017-07-01',
    proposedEndDate: '2017-09-30',
    othersInvolved: 'Citizens Advice, private landlords',
    status: 'in-progress',
    percentComplete: 60,
    progressNote: 'Two prevention officers in post from August; caseload building.',
    strategyItemIds: ['TP-HOMELESS'],
    measureIds: ['CP-HOU-01'],
    orgUnitId: 'TEAM-HOMELESS',
  }),
  action({
    id: 'KA-ECO-01',
    title: 'Find every 16–17 year old whose destination is not known',
    responsibleOfficer: 'Skills and Employability Manager',
    anticipatedOutcome: 'Fewer than 3% of young people with an unknown destination',
    proposedStartDate: '2017-10-16',
    proposedEndDate: '2018-01-31',
    othersInvolved: 'Schools and colleges, Connexions',
    status: 'completed',
    percentComplete: 100,
    progressNote: 'Door-knocking and data matching with colleges finished in January.',
    strategyItemIds: ['OB-ECO-JOBS'],
    measureIds: ['CP-ECO-05'],
    orgUnitId: 'TEAM-SKILLS',
  }),
  action({
    id: 'KA-ECO-02',
    title: 'Re-engagement programme for young people not in education, employment or training',
    responsibleOfficer: 'Skills and Employability Manager',
    anticipatedOutcome: '150 young people re-engaged in learning or work by March 2018',
    proposedStartDate: '2017-11-01',
    proposedEndDate: '2018-03-31',
    othersInvolved: 'Black Country Impact, City of Wolverhampton College',
    status: 'in-progress',
    percentComplete: 80,
    progressNote: '126 young people re-engaged so far.',
    strategyItemIds: ['OB-ECO-JOBS'],
    measureIds: ['CP-ECO-05'],
    orgUnitId: 'TEAM-SKILLS',
  }),
];

const update = (
  actionId: string,
  asOf: string,
  status: ActionProgressUpdate['status'],
  percentComplete: number,
  note: string,
): ActionProgressUpdate => ({
  actionId,
  asOf,
  status,
  percentComplete,
  note,
  recordedBy: BY,
  recordedAt: `${asOf}T16:00:00.000Z`,
});

export const ACTION_UPDATES: readonly ActionProgressUpdate[] = [
  update('KA-HOU-01', '2017-07-31', 'in-progress', 40, 'Panel set up; first forty households reviewed.'),
  update('KA-HOU-01', '2017-10-31', 'in-progress', 80, 'Move-on plans for all but a handful of households.'),
  update(
    'KA-HOU-01',
    '2018-01-05',
    'completed',
    100,
    'Panel meets every Tuesday; every household has a move-on plan.',
  ),
  update('KA-HOU-02', '2017-08-31', 'in-progress', 30, 'First prevention officer in post.'),
  update(
    'KA-HOU-02',
    '2017-10-31',
    'in-progress',
    60,
    'Two prevention officers in post from August; caseload building.',
  ),
  update('SA-02', '2017-10-31', 'in-progress', 15, 'Rent deposit scheme expanded.'),
  update(
    'SA-02',
    '2018-02-28',
    'in-progress',
    40,
    'Rent deposit scheme expanded and two family properties leased; numbers are still above target.',
  ),
  update('KA-ECO-01', '2017-11-30', 'in-progress', 50, 'Data matching with colleges complete.'),
  update(
    'KA-ECO-01',
    '2018-01-31',
    'completed',
    100,
    'Door-knocking and data matching with colleges finished in January.',
  ),
  update('KA-ECO-02', '2017-12-31', 'in-progress', 40, '61 young people re-engaged.'),
  update('KA-ECO-02', '2018-03-16', 'in-progress', 80, '126 young people re-engaged so far.'),
];
