import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aSmallCouncil, TEST_CHANGE } from '../../test/factories.js';
import { createTestDatabase, DIALECTS, type TestDatabase } from '../../test/store-fixture.js';
import { writeCouncilBundle } from './bundle.js';
import { listComplaints, saveComplaint } from './complaints.js';
import { getKeyAction, insertKeyAction, listActionProgress, recordActionProgress } from './key-actions.js';
import { migrateToEmpty, migrateToLatest } from './migrate.js';
import {
  insertObjective,
  listAppraisalRecords,
  listObjectiveProgress,
  recordObjectiveProgress,
} from './objectives.js';
import { recoverySettings, riskBands, setRecoveryPeriods, setRiskBands } from './pdrr-settings.js';
import { getRecoveryPlan, recordEscalation, saveRecoveryPlan } from './recovery-plans.js';
import {
  insertDecision,
  insertReviewMeeting,
  insertReviewPack,
  listDecisions,
  listReviewPacks,
} from './reviews.js';
import { listRegisterRisks, saveRisk } from './risk-register.js';
import { setSetting } from './settings.js';

const CHANGED = { by: 'test', at: '2017-10-16T09:00:00.000Z' };

describe.each(DIALECTS)('Plan–Do–Review–Revise records on %s', (dialect) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(dialect);
    await writeCouncilBundle(t.store.db, aSmallCouncil(), TEST_CHANGE);
  });
  afterAll(() => t.drop());

  it('keeps a recovery plan with its actions, trajectory and escalations, and refuses to rewrite an escalation', async () => {
    const db = t.store.db;
    const plan = {
      id: 'RP-01',
      measureId: 'CP-ECO-01',
      title: 'Recovery plan: employment',
      ownerId: 'P1',
      causeAnalysis: 'Fewer jobs',
      triggers: ['Red for 2 periods running'],
      openedOn: '2017-10-16',
      reviewDate: '2018-01-31',
      startLevel: 'service' as const,
      status: 'open' as const,
      closedOn: null,
      lessonsLearned: null,
      actionIds: ['A1'],
      trajectory: [
        { period: '2017/18-Q3', expected: 66.5 },
        { period: '2017/18-Q4', expected: 67 },
      ],
    };
    await saveRecoveryPlan(db, plan, CHANGED, true);
    await recordEscalation(db, 'RP-01', {
      fromLevel: 'service',
      toLevel: 'directorate',
      reasons: ['trajectory-missed'],
      missedPeriod: '2017/18-Q3',
      missedReviewDate: null,
      detail: 'Escalated.',
      escalatedOn: '2018-01-20',
      recordedBy: 'test',
    });
    const read = await getRecoveryPlan(db, 'RP-01');
    expect(read).toMatchObject({
      ...plan,
      escalations: [{ toLevel: 'directorate', missedPeriod: '2017/18-Q3' }],
    });
    await expect(
      db.updateTable('recovery_plan_escalation').set({ to_level: 'team' }).execute(),
    ).rejects.toThrow(/append-only/);
    await expect(db.deleteFrom('recovery_plan_escalation').execute()).rejects.toThrow(/append-only/);
  });

  it('appends an action’s progress updates and brings the action up to the latest', async () => {
    const db = t.store.db;
    await recordActionProgress(db, {
      actionId: 'A1',
      asOf: '2015-12-31',
      status: 'in-progress',
      percentComplete: 60,
      note: 'Q2 report done',
      recordedBy: 'test',
      recordedAt: CHANGED.at,
    });
    expect(await listActionProgress(db, 'A1')).toHaveLength(1);
    expect(await getKeyAction(db, 'A1')).toMatchObject({
      percentComplete: 60,
      progressNote: 'Q2 report done',
    });
    await expect(db.deleteFrom('action_progress').execute()).rejects.toThrow(/append-only/);
  });

  it('stores a new action with the unit that owns it', async () => {
    const action = {
      ...(await getKeyAction(t.store.db, 'A1'))!,
      id: 'A2',
      orgUnitId: 'DIR-PLACE',
      measureIds: ['CP-ECO-01'],
    };
    await insertKeyAction(t.store.db, action);
    expect(await getKeyAction(t.store.db, 'A2')).toEqual(action);
  });

  it('freezes a review pack and keeps decisions about a measure', async () => {
    const db = t.store.db;
    await insertReviewMeeting(db, {
      id: 'RM-1',
      forum: 'cabinet',
      orgUnitId: null,
      title: 'Cabinet',
      meetingDate: '2017-11-22',
      asAt: '2017/18-Q2',
      createdBy: 'test',
      createdAt: CHANGED.at,
    });
    const content = { scorecard: [{ measureId: 'CP-ECO-01', rag: 'red' }], note: 'ünïcode ✓' };
    await insertReviewPack(db, {
      meetingId: 'RM-1',
      takenAt: CHANGED.at,
      content,
      reportFile: null,
      recordedBy: 'test',
    });
    expect((await listReviewPacks(db, 'RM-1'))[0]!.content).toEqual(content);
    await expect(db.updateTable('review_pack').set({ content: '{}' }).execute()).rejects.toThrow(
      /append-only/,
    );
    await insertDecision(db, {
      meetingId: 'RM-1',
      text: 'Agreed',
      measureId: 'CP-ECO-01',
      actionId: null,
      recordedBy: 'test',
      recordedAt: CHANGED.at,
    });
    expect(await listDecisions(db, { measureId: 'CP-ECO-01' })).toMatchObject([
      { text: 'Agreed', meetingId: 'RM-1' },
    ]);
  });

  it('keeps risks with their unit, complaints and objectives with their progress', async () => {
    const db = t.store.db;
    const [risk] = await listRegisterRisks(db);
    await saveRisk(db, { ...risk!, orgUnitId: 'DIR-PLACE', strategyItemIds: ['CP'] }, false);
    expect((await listRegisterRisks(db))[0]).toMatchObject({
      orgUnitId: 'DIR-PLACE',
      strategyItemIds: ['CP'],
    });
    const complaint = {
      id: 'CMP-001',
      receivedOn: '2017-04-03',
      orgUnitId: 'DIR-PLACE',
      cause: 'delay' as const,
      summary: 'Slow',
      outcome: 'upheld' as const,
      respondedOn: '2017-04-10',
      learning: 'Reply sooner',
    };
    await saveComplaint(db, complaint, CHANGED, true);
    expect(await listComplaints(db, { from: '2017-04-01', to: '2017-04-30' })).toEqual([complaint]);
    await insertObjective(
      db,
      {
        id: 'IO-P1-01',
        kind: 'individual-objective',
        title: 'Mine',
        description: null,
        parentId: 'OBJ-JOBS',
        ownerId: 'P1',
        orgUnitId: 'DIR-PLACE',
        startDate: '2017-05-15',
        endDate: null,
        rollupRule: 'worst',
        weight: 1,
      },
      { appraisalDate: '2017-05-15', successMeasure: 'Done' },
    );
    await recordObjectiveProgress(db, {
      objectiveId: 'IO-P1-01',
      asOf: '2017-10-20',
      percentComplete: 40,
      note: 'Half way',
      recordedBy: 'test',
      recordedAt: CHANGED.at,
    });
    expect(await listAppraisalRecords(db)).toEqual([
      { objectiveId: 'IO-P1-01', appraisalDate: '2017-05-15', successMeasure: 'Done' },
    ]);
    expect((await listObjectiveProgress(db))[0]).toMatchObject({ percentComplete: 40 });
  });

  it('reads the council’s settings, falling back to the defaults when one cannot be used', async () => {
    const db = t.store.db;
    expect(await recoverySettings(db)).toEqual({ periods: 2 });
    await setRecoveryPeriods(db, 3);
    expect(await recoverySettings(db)).toEqual({ periods: 3 });
    await setSetting(db, 'recovery_plan_periods', 'many');
    expect(await recoverySettings(db)).toEqual({ periods: 2 });
    await setRiskBands(db, [
      { from: 1, name: 'tolerable' },
      { from: 12, name: 'intolerable' },
    ]);
    expect((await riskBands(db)).map((b) => b.name)).toEqual(['tolerable', 'intolerable']);
    await setSetting(db, 'risk_bands', 'not json');
    expect((await riskBands(db)).map((b) => b.name)).toEqual(['low', 'medium', 'high', 'very high']);
  });
});

describe.each(DIALECTS)('the Plan–Do–Review–Revise migration on %s', (dialect) => {
  it('undoes and redoes cleanly', async () => {
    const t = await createTestDatabase(dialect);
    try {
      await migrateToEmpty(t.store.db);
      await migrateToLatest(t.store.db);
      const row = await sql<{ n: number }>`select count(*) as n from action_progress`.execute(t.store.db);
      expect(Number(row.rows[0]!.n)).toBe(0);
    } finally {
      await t.drop();
    }
  });
});
