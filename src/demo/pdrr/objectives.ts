/**
 * Individual objectives for the demo's employee (the second employee by unit and person, as the
 * demo's accounts choose them), set at the 2017/18 appraisal and linked to their team plan, with
 * progress at the mid-year and year-end reviews.
 */
import type { CouncilBundle } from '../../domain/council.js';
import type { ObjectiveProgress } from '../../domain/pdrr/objectives.js';
import type { StrategyItem } from '../../domain/strategy.js';

export interface DemoObjective {
  item: StrategyItem;
  appraisalDate: string;
  successMeasure: string;
  progress: ObjectiveProgress[];
}

const APPRAISAL = '2017-05-15';
const BY = 'golden-thread demo';

/** The person the demo's employee account is given: see app/accounts/demo-accounts.ts (holder 1). */
export function demoEmployee(bundle: CouncilBundle): { personId: string; orgUnitId: string } | null {
  const employees = bundle.roles
    .filter((r) => r.role === 'employee')
    .sort((a, b) => a.orgUnitId.localeCompare(b.orgUnitId) || a.personId.localeCompare(b.personId));
  const chosen = employees[1];
  return chosen ? { personId: chosen.personId, orgUnitId: chosen.orgUnitId } : null;
}

const OBJECTIVES: readonly [string, string, [number, string][]][] = [
  [
    'Review every long-term care package on my caseload within twelve months',
    'All 38 packages reviewed by March 2018',
    [
      [45, 'Seventeen of 38 reviews done at mid-year.'],
      [92, 'Thirty-five reviewed; three booked for April.'],
    ],
  ],
  [
    'Offer a direct payment at every review where the person is eligible',
    'A direct payment discussed and recorded at every eligible review',
    [
      [50, 'Recorded at most reviews; the new form prompts for it.'],
      [100, 'Offered at every eligible review since October.'],
    ],
  ],
  [
    'Complete the Care Act practice refresher and share it with the team',
    'Course completed and a team briefing given',
    [
      [100, 'Course completed in July; briefing given at the August team meeting.'],
      [100, 'Done.'],
    ],
  ],
];

export function buildObjectives(bundle: CouncilBundle): DemoObjective[] {
  const employee = demoEmployee(bundle);
  if (!employee) return [];
  const plan = bundle.strategyItems.find((i) => i.kind === 'team-plan' && i.orgUnitId === employee.orgUnitId);
  if (!plan) return [];
  return OBJECTIVES.map(([title, successMeasure, reviews], i) => {
    const id = `IO-${employee.personId}-${String(i + 1).padStart(2, '0')}`;
    return {
      item: {
        id,
        kind: 'individual-objective',
        title,
        description: 'Agreed at the 2017/18 appraisal.',
        parentId: plan.id,
        ownerId: employee.personId,
        orgUnitId: employee.orgUnitId,
        startDate: APPRAISAL,
        endDate: '2018-03-31',
        rollupRule: 'worst',
        weight: 1,
      },
      appraisalDate: APPRAISAL,
      successMeasure,
      progress: reviews.map(([percentComplete, note], j) => {
        const asOf = j === 0 ? '2017-10-20' : '2018-03-23';
        return {
          objectiveId: id,
          asOf,
          percentComplete,
          note,
          recordedBy: BY,
          recordedAt: `${asOf}T12:00:00.000Z`,
        };
      }),
    };
  });
}
