/**
 * A council shaped for the access matrix: two directorates, two services under the first and two
 * teams under its first service, so that every role has an own, parent, child and sibling unit.
 * Each unit has a measure (M-), a restricted HR measure (H-), a published measure (P-) and a plan.
 */
import type { CouncilBundle } from '../src/domain/council.js';
import type { OrgUnit } from '../src/domain/organisation.js';
import type { StrategyItem } from '../src/domain/strategy.js';
import { aMeasure, aSmallCouncil, aValue } from './factories.js';

export const UNITS: OrgUnit[] = [
  { id: 'COUNCIL', kind: 'council', name: 'City of Wolverhampton Council', parentId: null },
  { id: 'DIR-A', kind: 'directorate', name: 'Place', parentId: 'COUNCIL' },
  { id: 'DIR-B', kind: 'directorate', name: 'People', parentId: 'COUNCIL' },
  { id: 'SVC-A1', kind: 'service', name: 'Housing', parentId: 'DIR-A' },
  { id: 'SVC-A2', kind: 'service', name: 'Environment', parentId: 'DIR-A' },
  { id: 'TEAM-A1a', kind: 'team', name: 'Lettings', parentId: 'SVC-A1' },
  { id: 'TEAM-A1b', kind: 'team', name: 'Homelessness', parentId: 'SVC-A1' },
];

/** The person who owns the measures of TEAM-A1a: the matrix's data owner. */
export const DATA_OWNER_PERSON = 'P-DO';

/** The plan at each unit: the golden thread from the Corporate Plan down to team plans. */
export const PLAN_OF: Record<string, string> = {
  COUNCIL: 'POP',
  'DIR-A': 'DP-DIR-A',
  'DIR-B': 'DP-DIR-B',
  'SVC-A1': 'SP-SVC-A1',
  'SVC-A2': 'SP-SVC-A2',
  'TEAM-A1a': 'TP-TEAM-A1a',
  'TEAM-A1b': 'TP-TEAM-A1b',
};

function item(
  id: string,
  kind: StrategyItem['kind'],
  parentId: string | null,
  orgUnitId: string,
): StrategyItem {
  return {
    id,
    kind,
    title: `Plan ${id}`,
    description: null,
    parentId,
    ownerId: null,
    orgUnitId,
    startDate: null,
    endDate: null,
    rollupRule: 'worst',
    weight: 1,
  };
}

export function anAccessCouncil(): CouncilBundle {
  const base = aSmallCouncil();
  const measures = UNITS.flatMap((u) => [
    aMeasure({
      id: `M-${u.id}`,
      title: `Local measure of ${u.name}`,
      category: 'local-key',
      isPublic: false,
      orgUnitId: u.id,
      ownerId: u.id === 'TEAM-A1a' ? DATA_OWNER_PERSON : null,
      strategyItemIds: [PLAN_OF[u.id]!],
    }),
    aMeasure({
      id: `H-${u.id}`,
      title: `Sickness absence in ${u.name}`,
      category: 'hr',
      isPublic: false,
      orgUnitId: u.id,
      ownerId: null,
      strategyItemIds: [PLAN_OF[u.id]!],
    }),
    aMeasure({
      id: `P-${u.id}`,
      title: `Published measure of ${u.name}`,
      category: 'corporate-plan',
      isPublic: true,
      orgUnitId: u.id,
      ownerId: null,
      strategyItemIds: [PLAN_OF[u.id]!],
    }),
  ]);
  return {
    ...base,
    orgUnits: UNITS,
    people: [{ id: DATA_OWNER_PERSON, name: 'Dana Owen', jobTitle: 'Lettings Officer', email: null }],
    roles: [{ personId: DATA_OWNER_PERSON, orgUnitId: 'TEAM-A1a', role: 'data-owner' }],
    strategyItems: [
      item('CP', 'corporate-plan', null, 'COUNCIL'),
      item('PRI', 'priority', 'CP', 'COUNCIL'),
      item('OUT', 'outcome', 'PRI', 'COUNCIL'),
      item('OBJ', 'objective', 'OUT', 'COUNCIL'),
      item('POP', 'plan-on-a-page', 'OBJ', 'COUNCIL'),
      item('DP-DIR-A', 'directorate-plan', 'POP', 'DIR-A'),
      item('DP-DIR-B', 'directorate-plan', 'POP', 'DIR-B'),
      item('SP-SVC-A1', 'service-plan', 'DP-DIR-A', 'SVC-A1'),
      item('SP-SVC-A2', 'service-plan', 'DP-DIR-A', 'SVC-A2'),
      item('TP-TEAM-A1a', 'team-plan', 'SP-SVC-A1', 'TEAM-A1a'),
      item('TP-TEAM-A1b', 'team-plan', 'SP-SVC-A1', 'TEAM-A1b'),
    ],
    measures,
    values: measures.map((m) => aValue({ measureId: m.id })),
    targets: [],
    commentary: [],
    actions: [],
    risks: [],
  };
}
