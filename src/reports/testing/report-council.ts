/**
 * A small, fixed council for report tests and golden files: one priority, outcome and objective;
 * four measures (two Corporate Plan, one national, one business-plan) with six quarters of figures,
 * targets, England's figures, commentary, a provisional flagged figure and a recovery action.
 */
import type { CouncilBundle } from '../../domain/council.js';
import type { MeasureValue, Target } from '../../domain/figures.js';
import type { Measure } from '../../domain/measure.js';
import type { StrategyItem } from '../../domain/strategy.js';
import type { Store } from '../../store/connect.js';
import { writeCouncilBundle } from '../../store/bundle.js';
import { approveFinalFirstVersions } from '../../store/signoff-bulk.js';

const QUARTERS = ['2016/17-Q1', '2016/17-Q2', '2016/17-Q3', '2016/17-Q4', '2017/18-Q1', '2017/18-Q2'];
export const REPORT_PERIOD = '2017/18-Q2';
export const REPORT_TODAY = '2017-11-20';

function measure(overrides: Partial<Measure> & Pick<Measure, 'id' | 'title'>): Measure {
  return {
    methodology: {
      definition: overrides.title,
      numerator: null,
      denominator: null,
      sourceSystem: null,
      calculation: null,
      caveats: null,
    },
    unit: 'percent',
    ratePer: null,
    polarity: 'higher-better',
    frequency: 'quarterly',
    yearKind: 'financial',
    aggregation: 'ratio',
    decimals: 1,
    category: 'corporate-plan',
    nationalReference: null,
    ownerId: 'P2',
    orgUnitId: 'TEAM-SKILLS',
    byWard: false,
    comparatorGroupId: null,
    formula: null,
    tolerance: 2,
    toleranceKind: 'absolute',
    dueLagDays: 30,
    isPublic: true,
    state: 'active',
    strategyItemIds: ['OB-JOBS'],
    ...overrides,
  };
}

function item(
  id: string,
  kind: StrategyItem['kind'],
  title: string,
  parentId: string | null,
  ownerId: string | null = null,
): StrategyItem {
  return {
    id,
    kind,
    title,
    description: null,
    parentId,
    ownerId,
    orgUnitId: 'DIR-PLACE',
    startDate: null,
    endDate: null,
    rollupRule: 'worst',
    weight: 1,
  };
}

const figure = (
  measureId: string,
  period: string,
  value: number,
  extra: Partial<MeasureValue> = {},
): MeasureValue => ({
  measureId,
  period,
  areaCode: 'E08000031',
  value,
  numerator: null,
  denominator: null,
  status: 'final',
  qualityFlag: null,
  note: null,
  source: 'test',
  ...extra,
});

const series = (id: string, values: number[], area = 'E08000031') =>
  values.map((v, i) => figure(id, QUARTERS[i]!, v, { areaCode: area }));

const target = (measureId: string, value: number): Target[] =>
  QUARTERS.map((period) => ({ measureId, period, value, lower: null, upper: null, tolerance: null }));

export const REPORT_MEASURES: Measure[] = [
  measure({ id: 'CP-ECO-01', title: 'Working-age adults in employment' }),
  measure({
    id: 'CP-ECO-02',
    title: 'Claimant count rate',
    polarity: 'lower-better',
    tolerance: 0.3,
    methodology: {
      definition: 'Claimants aged 16–64 as a share of residents aged 16–64',
      numerator: null,
      denominator: null,
      sourceSystem: 'DWP',
      calculation: null,
      caveats: 'Universal Credit roll-out changes who is counted',
    },
  }),
  measure({
    id: 'NI-154',
    title: 'Net additional homes provided',
    unit: 'number',
    decimals: 0,
    category: 'national',
    aggregation: 'sum',
    tolerance: 50,
    polarity: 'higher-better',
    isPublic: false,
  }),
  measure({
    id: 'BP-SK-01',
    title: '=Apprentices starting with the Skills team',
    unit: 'number',
    decimals: 0,
    category: 'business-plan',
    aggregation: 'sum',
    tolerance: 5,
    isPublic: false,
  }),
];

export function reportCouncil(): CouncilBundle {
  return {
    authorityCode: 'E08000031',
    orgUnits: [
      { id: 'COUNCIL', kind: 'council', name: 'City of Wolverhampton Council', parentId: null },
      { id: 'DIR-PLACE', kind: 'directorate', name: 'Place', parentId: 'COUNCIL' },
      { id: 'SVC-ECON', kind: 'service', name: 'City Economy', parentId: 'DIR-PLACE' },
      { id: 'TEAM-SKILLS', kind: 'team', name: 'Skills and Employment', parentId: 'SVC-ECON' },
    ],
    people: [
      { id: 'P1', name: 'Alex Morgan', jobTitle: 'Strategic Director, Place', email: null },
      { id: 'P2', name: 'Sam Patel', jobTitle: 'Skills Officer', email: null },
    ],
    roles: [
      { personId: 'P1', orgUnitId: 'DIR-PLACE', role: 'director' },
      { personId: 'P2', orgUnitId: 'TEAM-SKILLS', role: 'employee' },
    ],
    areas: [
      { code: 'E92000001', name: 'England', kind: 'country', parentCode: null },
      { code: 'E12000005', name: 'West Midlands', kind: 'region', parentCode: 'E92000001' },
      { code: 'E08000031', name: 'Wolverhampton', kind: 'authority', parentCode: 'E12000005' },
    ],
    areaGroups: [],
    strategyItems: [
      item('CP', 'corporate-plan', 'Corporate Plan 2015–18', null),
      item('PR-ECO', 'priority', 'A stronger economy', 'CP'),
      item('OC-GROWTH', 'outcome', 'A thriving economy with more local people in good jobs', 'PR-ECO'),
      item('OB-JOBS', 'objective', 'Reduce unemployment and raise skill levels', 'OC-GROWTH', 'P2'),
    ],
    measures: REPORT_MEASURES,
    values: [
      ...series('CP-ECO-01', [64.5, 65.1, 65.8, 66.2, 66.9, 67.4]),
      ...series('CP-ECO-01', [72.1, 72.3, 72.6, 72.8, 73.0, 73.2], 'E92000001'),
      ...series('CP-ECO-02', [4.1, 4.2, 4.4, 4.5, 4.6, 4.2]).slice(0, 5),
      figure('CP-ECO-02', '2017/18-Q2', 4.8, {
        status: 'provisional',
        qualityFlag: 'incomplete',
        note: 'Two job centres’ returns are missing.',
      }),
      ...series('NI-154', [120, 180, 150, 210, 160, 190]),
      ...series('BP-SK-01', [-3, 12, 15, 9, 14, 11]),
    ],
    targets: [
      ...target('CP-ECO-01', 66),
      ...target('CP-ECO-02', 4),
      ...target('NI-154', 200),
      ...target('BP-SK-01', 12),
    ],
    commentary: [
      {
        measureId: 'CP-ECO-02',
        period: '2017/18-Q2',
        summary: 'The claimant rate rose this quarter.',
        reasons: 'Universal Credit full service began in the city in July.',
        nextSteps: 'Work coaches are joining the council’s employment hubs.',
        authorId: 'P2',
      },
    ],
    actions: [
      {
        id: 'A1',
        title: 'Open two more employment hubs',
        responsibleOfficer: 'Head of City Economy',
        responsiblePersonId: 'P2',
        anticipatedOutcome: 'Fewer people claiming',
        proposedStartDate: '2017-04-01',
        proposedEndDate: '2018-03-31',
        othersInvolved: 'Jobcentre Plus',
        status: 'in-progress',
        percentComplete: 40,
        progressNote: 'First hub opened in Bilston in September.',
        milestones: [{ title: 'Second hub site agreed', dueDate: '2017-12-31', completedDate: null }],
        strategyItemIds: ['OB-JOBS'],
        measureIds: ['CP-ECO-02'],
      },
    ],
    risks: [],
  };
}

/** Writes the council and approves its final figures (the provisional one stays unapproved). */
export async function loadReportCouncil(store: Store): Promise<void> {
  await writeCouncilBundle(store.db, reportCouncil(), {
    by: 'test',
    at: '2017-11-01T09:00:00.000Z',
    reason: 'test council',
  });
  await approveFinalFirstVersions(store.db, { approvedBy: 'officer@test', at: '2017-11-02T09:00:00.000Z' });
}
