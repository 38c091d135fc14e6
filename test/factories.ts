/** Small councils for tests: just enough of each thing, built in code. */
import type { CouncilBundle } from '../src/domain/council.js';
import type { Measure } from '../src/domain/measure.js';
import type { ChangeRecord, MeasureValue } from '../src/domain/figures.js';

export const TEST_CHANGE: ChangeRecord = {
  by: 'test',
  at: '2026-01-01T00:00:00.000Z',
  reason: 'test fixture',
};

export function aMeasure(overrides: Partial<Measure> = {}): Measure {
  return {
    id: 'CP-ECO-01',
    title: 'Working-age adults in employment',
    methodology: {
      definition: 'Share of residents aged 16–64 in employment',
      numerator: 'Residents aged 16–64 in employment',
      denominator: 'Residents aged 16–64',
      sourceSystem: 'ONS Annual Population Survey',
      calculation: 'numerator / denominator × 100',
      caveats: 'Survey estimate; confidence intervals are wide at ward level',
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
    ownerId: 'P1',
    orgUnitId: 'DIR-PLACE',
    byWard: false,
    comparatorGroupId: null,
    formula: null,
    tolerance: 2,
    toleranceKind: 'absolute',
    dueLagDays: 45,
    isPublic: true,
    state: 'active',
    strategyItemIds: ['OBJ-JOBS'],
    ...overrides,
  };
}

export function aValue(overrides: Partial<MeasureValue> = {}): MeasureValue {
  return {
    measureId: 'CP-ECO-01',
    period: '2016/17-Q1',
    areaCode: 'E08000031',
    value: 64.5,
    numerator: 645,
    denominator: 1000,
    status: 'final',
    qualityFlag: null,
    note: null,
    source: 'APS extract',
    ...overrides,
  };
}

export function aSmallCouncil(): CouncilBundle {
  return {
    authorityCode: 'E08000031',
    orgUnits: [
      { id: 'COUNCIL', kind: 'council', name: 'City of Wolverhampton Council', parentId: null },
      { id: 'DIR-PLACE', kind: 'directorate', name: 'Place', parentId: 'COUNCIL' },
    ],
    people: [{ id: 'P1', name: 'Alex Morgan', jobTitle: 'Strategic Director, Place', email: null }],
    roles: [{ personId: 'P1', orgUnitId: 'DIR-PLACE', role: 'director' }],
    areas: [
      { code: 'E92000001', name: 'England', kind: 'country', parentCode: null },
      { code: 'E12000005', name: 'West Midlands', kind: 'region', parentCode: 'E92000001' },
      { code: 'E08000031', name: 'Wolverhampton', kind: 'authority', parentCode: 'E12000005' },
      { code: 'E05001321', name: 'Bilston East', kind: 'ward', parentCode: 'E08000031' },
      { code: 'E08000028', name: 'Sandwell', kind: 'authority', parentCode: 'E12000005' },
    ],
    areaGroups: [
      { id: 'NN', name: 'Nearest neighbours', kind: 'nearest-neighbours', memberCodes: ['E08000028'] },
    ],
    strategyItems: [
      {
        id: 'CP',
        kind: 'corporate-plan',
        title: 'Corporate Plan 2015–18',
        description: null,
        parentId: null,
        ownerId: null,
        orgUnitId: 'COUNCIL',
        startDate: '2015-04-01',
        endDate: '2018-03-31',
        rollupRule: 'worst',
        weight: 1,
      },
      {
        id: 'OBJ-JOBS',
        kind: 'priority',
        title: 'A stronger economy',
        description: null,
        parentId: 'CP',
        ownerId: 'P1',
        orgUnitId: 'DIR-PLACE',
        startDate: null,
        endDate: null,
        rollupRule: 'worst',
        weight: 1,
      },
    ],
    measures: [aMeasure()],
    values: [aValue(), aValue({ period: '2016/17-Q2', value: 65.1, numerator: 651 })],
    targets: [
      { measureId: 'CP-ECO-01', period: '2016/17-Q1', value: 66, lower: null, upper: null, tolerance: null },
    ],
    commentary: [
      {
        measureId: 'CP-ECO-01',
        period: '2016/17-Q2',
        summary: 'Employment rose for the second quarter.',
        reasons: null,
        nextSteps: null,
        authorId: 'P1',
      },
    ],
    actions: [
      {
        id: 'A1',
        title: 'Quarterly reports on Corporate Plan Measures to Cabinet and Scrutiny Board',
        responsibleOfficer: 'Head of Transformation',
        responsiblePersonId: null,
        anticipatedOutcome: 'Increase accountability around performance',
        proposedStartDate: '2015-06-01',
        proposedEndDate: '2016-03-31',
        othersInvolved: 'Policy Officer',
        status: 'in-progress',
        percentComplete: 50,
        progressNote: null,
        milestones: [{ title: 'Q1 report to Cabinet', dueDate: '2015-09-30', completedDate: '2015-09-23' }],
        strategyItemIds: ['CP'],
        measureIds: ['CP-ECO-01'],
      },
    ],
    risks: [
      {
        id: 'R1',
        title: 'Savings gap in the Medium Term Financial Strategy',
        description: null,
        ownerId: 'P1',
        inherentLikelihood: 4,
        inherentImpact: 5,
        residualLikelihood: 3,
        residualImpact: 4,
        controls: 'Monthly budget monitoring',
        reviewDate: '2016-01-31',
        status: 'open',
        strategyItemIds: ['CP'],
      },
    ],
  };
}
