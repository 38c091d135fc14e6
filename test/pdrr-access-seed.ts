/** The records the access matrix looks for on the Plan–Do–Review–Revise routes, and who should see them. */
import type { Store } from '../src/store/connect.js';
import { saveComplaint } from '../src/store/complaints.js';
import { insertKeyAction } from '../src/store/key-actions.js';
import { insertObjective } from '../src/store/objectives.js';
import { saveRecoveryPlan } from '../src/store/recovery-plans.js';
import { insertDecision, insertReviewMeeting } from '../src/store/reviews.js';
import { saveRisk } from '../src/store/risk-register.js';
import { DATA_OWNER_PERSON, UNITS } from './access-council.js';

import { ALL, type Position } from './access-matrix-roles.js';

/** Where each role sees records held at a unit; null: refused outright (401 public, 403 partner). */
export const SEES: Record<string, Position[] | null> = {
  public: null,
  administrator: ALL,
  'performance-officer': ALL,
  'cabinet-member': ALL,
  'scrutiny-member': ALL,
  director: ['own', 'child'],
  'service-director': ['own', 'child'],
  'head-of-service': ['own', 'child'],
  'team-manager': ['own', 'child'],
  employee: ['own'],
  'data-owner': ['own'],
  partner: null,
};

/** Recovery plans also need the measure to be visible: employees see no M- measure. */
export const SEES_PLANS: Record<string, Position[] | null> = { ...SEES, employee: [] };

/** Meetings: the council's own forum is read by every officer and councillor; others by reach. */
export const SEES_MEETINGS = (role: string, position: Position, unit: string) =>
  unit === 'COUNCIL' || SEES[role]!.includes(position);

/** Who may add records at their own unit. */
export const CREATES = new Set([
  'administrator',
  'performance-officer',
  'director',
  'service-director',
  'head-of-service',
  'team-manager',
]);

export const FORUM = {
  council: 'cabinet',
  directorate: 'directorate-leadership-team',
  service: 'service',
  team: 'team',
} as const;

/** One of each record at every unit of the access council, for the matrix to look for. */
export async function seedPdrr(store: Store): Promise<void> {
  const at = { by: 'matrix', at: '2026-01-01T00:00:00.000Z' };
  await insertReviewMeeting(store.db, {
    id: 'RM-COUNCIL',
    forum: 'cabinet',
    orgUnitId: null,
    title: 'Cabinet',
    meetingDate: '2017-11-22',
    asAt: '2017/18-Q2',
    createdBy: 'matrix',
    createdAt: at.at,
  });
  for (const u of UNITS) {
    await insertKeyAction(store.db, {
      id: `KA-${u.id}`,
      title: `Action of ${u.name}`,
      responsibleOfficer: 'Manager',
      responsiblePersonId: null,
      anticipatedOutcome: 'Better',
      proposedStartDate: '2017-04-01',
      proposedEndDate: '2018-03-31',
      othersInvolved: null,
      status: 'in-progress',
      percentComplete: 10,
      progressNote: null,
      milestones: [],
      strategyItemIds: [],
      measureIds: [],
      orgUnitId: u.id,
    });
    await saveRisk(
      store.db,
      {
        id: `R-${u.id}`,
        title: `Risk of ${u.name}`,
        description: null,
        ownerId: null,
        inherentLikelihood: 4,
        inherentImpact: 4,
        residualLikelihood: 2,
        residualImpact: 3,
        controls: null,
        reviewDate: '2018-06-30',
        status: 'open',
        strategyItemIds: [],
        orgUnitId: u.id,
      },
      true,
    );
    await saveRecoveryPlan(
      store.db,
      {
        id: `RP-${u.id}`,
        measureId: `M-${u.id}`,
        title: `Plan for M-${u.id}`,
        ownerId: null,
        causeAnalysis: 'Why',
        triggers: [],
        openedOn: '2017-10-01',
        reviewDate: '2030-01-31',
        startLevel: 'team',
        status: 'open',
        closedOn: null,
        lessonsLearned: null,
        actionIds: [],
        trajectory: [],
      },
      at,
      true,
    );
    if (u.kind !== 'council')
      await insertReviewMeeting(store.db, {
        id: `RM-${u.id}`,
        forum: FORUM[u.kind],
        orgUnitId: u.id,
        title: `Review of ${u.name}`,
        meetingDate: '2017-11-22',
        asAt: '2017/18-Q2',
        createdBy: 'matrix',
        createdAt: at.at,
      });
    await insertDecision(store.db, {
      meetingId: 'RM-COUNCIL',
      text: `Decided about M-${u.id}`,
      measureId: `M-${u.id}`,
      actionId: null,
      recordedBy: 'matrix',
      recordedAt: at.at,
    });
    await saveComplaint(
      store.db,
      {
        id: `C-${u.id}`,
        receivedOn: '2017-05-01',
        orgUnitId: u.id,
        cause: 'delay',
        summary: 'Late',
        outcome: 'open',
        respondedOn: null,
        learning: null,
      },
      at,
      true,
    );
  }
  await insertObjective(
    store.db,
    {
      id: 'IO-DO',
      kind: 'individual-objective',
      title: 'Let every void within four weeks',
      description: null,
      parentId: 'TP-TEAM-A1a',
      ownerId: DATA_OWNER_PERSON,
      orgUnitId: 'TEAM-A1a',
      startDate: '2017-05-15',
      endDate: null,
      rollupRule: 'worst',
      weight: 1,
    },
    { appraisalDate: '2017-05-15', successMeasure: null },
  );
}
