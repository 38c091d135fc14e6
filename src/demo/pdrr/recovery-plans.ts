/**
 * The demo's recovery plans. Households in temporary accommodation has been Red for over a year:
 * its plan misses its trajectory and is escalated, team → service → directorate → Cabinet. The
 * NEET plan, opened when the measure had been Red for two months, keeps to its trajectory. The
 * Education, Health and Care Plans plan is closed, with its lessons learned.
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
];
