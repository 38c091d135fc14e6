/**
 * The demo's recovery plans. Households in temporary accommodation has been Red for over a year:
 * its plan misses its trajectory and is escalated, team → service → directorate → Cabinet. The
 * NEET plan, opened when the measure had been Red for two months, keeps to its trajectory. The
 * Education, Health and Care Plans plan is closed, with its lessons learned. Five more, opened in
 * the autumn of 2017 for measures that had been Red or off course for months (crime, sickness
 * absence, direct payments, complaint response times, youth claimants), have trajectories from
 * November, so the checks of later figures find some on course and some not.
 */
import type { RecoveryPlan } from '../../domain/pdrr/recovery-plan.js';

/** When the demo's escalation checks ran, and the latest month whose figures they judged. */
export const ESCALATION_RUNS: readonly { on: string; asAt: string }[] = [
  { on: '2017-08-21', asAt: '2017-07' },
  { on: '2017-10-16', asAt: '2017-09' },
  { on: '2017-11-20', asAt: '2017-10' },
];

const path = (first: [number, number], values: number[]) =>
  values.map((expected, i) => {
    const month = first[1] - 1 + i;
    const year = first[0] + Math.floor(month / 12);
    return { period: `${year}-${String((month % 12) + 1).padStart(2, '0')}`, expected };
  });

export const RECOVERY_PLANS: readonly Omit<RecoveryPlan, 'escalations'>[] = [
  {
    id: 'RP-01',
    measureId: 'CP-HOU-01',
    title: 'Recovery plan: households in temporary accommodation',
    ownerId: null,
    causeAnalysis:
      'More families are presenting as homeless after private tenancies end (section 21 notices up by a third), ' +
      'while fewer social lets are available to move them on. Households stay longer in temporary accommodation.',
    triggers: ['Red for 14 periods running', 'the SPC chart shows a special cause of concern'],
    openedOn: '2017-06-12',
    reviewDate: '2017-09-29',
    startLevel: 'team',
    status: 'open',
    closedOn: null,
    lessonsLearned: null,
    actionIds: ['KA-HOU-01', 'KA-HOU-02', 'SA-02'],
    trajectory: path([2017, 7], [84, 82, 80, 78, 76, 74, 72, 70, 68]),
  },
  {
    id: 'RP-02',
    measureId: 'CP-ECO-05',
    title: 'Recovery plan: young people not in education, employment or training',
    ownerId: null,
    causeAnalysis:
      'The rise since July follows the end of the September guarantee tracking contract: the destinations of ' +
      'more young people are unknown, and those not known are counted as NEET until found.',
    triggers: ['Red for 2 periods running'],
    openedOn: '2017-10-16',
    reviewDate: '2018-01-31',
    startLevel: 'team',
    status: 'open',
    closedOn: null,
    lessonsLearned: null,
    actionIds: ['KA-ECO-01', 'KA-ECO-02'],
    trajectory: path([2017, 10], [5.0, 4.8, 4.6, 4.4, 4.3, 4.2]),
  },
  {
    id: 'RP-03',
    measureId: 'CP-CHI-09',
    title: 'Recovery plan: Education, Health and Care Plans issued within 20 weeks',
    ownerId: null,
    causeAnalysis:
      'Health advice was taking twelve weeks against a six-week standard, and statement transfers were done ' +
      'alongside new assessments by the same caseworkers.',
    triggers: ['Red for 3 periods running'],
    openedOn: '2016-06-06',
    reviewDate: '2017-06-30',
    startLevel: 'team',
    status: 'closed',
    closedOn: '2017-07-14',
    lessonsLearned:
      'Agreeing turnaround times with health partners at the start mattered more than extra caseworkers; a ' +
      'weekly multi-agency tracker kept every plan visible. Both are now part of the service plan.',
    actionIds: ['SA-01'],
    trajectory: path([2016, 7], [62, 66, 70, 74, 77, 80, 82, 84, 86, 88, 89, 90]),
  },
  {
    id: 'RP-04',
    measureId: 'CP-SAF-01',
    title: 'Recovery plan: total recorded crime',
    ownerId: null,
    causeAnalysis:
      'Most of the rise is violence without injury and shoplifting in the city centre after 6pm, with more ' +
      'reports since recording practice changed in April; repeat locations account for a quarter of offences.',
    triggers: ['Red for 5 periods running', 'the SPC chart shows a special cause of concern'],
    openedOn: '2017-10-09',
    reviewDate: '2018-01-31',
    startLevel: 'team',
    status: 'open',
    closedOn: null,
    lessonsLearned: null,
    actionIds: [],
    trajectory: path([2017, 11], [7.5, 7.4, 7.3, 7.2, 7.1]),
  },
  {
    id: 'RP-05',
    measureId: 'CP-CCC-02',
    title: 'Recovery plan: working days lost to sickness',
    ownerId: null,
    causeAnalysis:
      'Long-term absence for stress and musculoskeletal conditions in frontline services drives two thirds of ' +
      'days lost; return-to-work interviews were held for only half of absences.',
    triggers: ['Red for 9 periods running', 'the year-end target has been at risk for 2 periods running'],
    openedOn: '2017-09-25',
    reviewDate: '2018-02-28',
    startLevel: 'service',
    status: 'open',
    closedOn: null,
    lessonsLearned: null,
    actionIds: ['SA-04'],
    trajectory: path([2017, 11], [9.6, 9.5, 9.4, 9.3, 9.2]),
  },
  {
    id: 'RP-06',
    measureId: 'CP-ADU-03',
    title: 'Recovery plan: direct payments for adults with long-term community support',
    ownerId: null,
    causeAnalysis:
      'Direct payments were offered at first assessment but rarely at review, and people were put off by ' +
      'the paperwork of employing a personal assistant.',
    triggers: ['Red for 6 periods running'],
    openedOn: '2017-10-02',
    reviewDate: '2018-03-31',
    startLevel: 'team',
    status: 'open',
    closedOn: null,
    lessonsLearned: null,
    actionIds: [],
    trajectory: path([2017, 11], [29.2, 29.5, 29.8, 30, 30]),
  },
  {
    id: 'RP-07',
    measureId: 'LK-CUS-05',
    title: 'Recovery plan: stage 1 complaints answered within 10 working days',
    ownerId: null,
    causeAnalysis:
      'Complaints passed between services wait for an owner; a third of late answers spent more than five ' +
      'days unallocated.',
    triggers: ['Red for 7 periods running', 'the year-end target has been at risk for 2 periods running'],
    openedOn: '2017-10-16',
    reviewDate: '2018-01-31',
    startLevel: 'team',
    status: 'open',
    closedOn: null,
    lessonsLearned: null,
    actionIds: [],
    trajectory: path([2017, 11], [82, 84, 86, 88, 90]),
  },
  {
    id: 'RP-08',
    measureId: 'CP-ECO-02',
    title: 'Recovery plan: youth claimant rate',
    ownerId: null,
    causeAnalysis:
      'Young people leaving college in the summer are claiming for longer: fewer entry-level vacancies in ' +
      'retail, and the youth employment programme reached half as many claimants as planned.',
    triggers: ['Red for 6 periods running', 'the year-end target has been at risk for 2 periods running'],
    openedOn: '2017-09-18',
    reviewDate: '2018-02-28',
    startLevel: 'service',
    status: 'open',
    closedOn: null,
    lessonsLearned: null,
    actionIds: [],
    trajectory: path([2017, 11], [6.2, 6.1, 6, 5.9, 5.8]),
  },
];
