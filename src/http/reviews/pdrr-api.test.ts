/**
 * The Plan–Do–Review–Revise API over the demo council, as at the Cabinet's review of 2017/18
 * quarter two: the recovery plan that missed its trajectory and was escalated, the Cabinet pack and
 * its decisions, the employee's objectives, the risk register and the complaints log; and the
 * clear 400s, 403s and 404s for mistakes and for those who may not.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, DIALECTS, type TestDatabase } from '../../../test/store-fixture.js';
import { TEST_COST } from '../../app/accounts/passwords.js';
import { loadDemoIfEmpty } from '../../app/demo-council.js';
import type { Grant } from '../../domain/access/roles.js';
import { buildServer } from '../server.js';
import { addTestAccount, send, signIn, type Browser } from '../test-server.js';

const NOW = new Date('2017-11-22T12:00:00Z');

describe.each(DIALECTS)('the Plan–Do–Review–Revise API over the demo council on %s', (dialect) => {
  let database: TestDatabase;
  let app: FastifyInstance;
  const as: Record<string, Browser> = {};
  const accounts: Record<string, { grants: Grant[]; personId?: string }> = {
    officer: { grants: [{ role: 'performance-officer', orgUnitId: null }] },
    councillor: { grants: [{ role: 'cabinet-member', orgUnitId: null }] },
    partner: { grants: [{ role: 'partner', orgUnitId: null }] },
    housingManager: { grants: [{ role: 'team-manager', orgUnitId: 'TEAM-HOMELESS' }] },
    skillsManager: { grants: [{ role: 'team-manager', orgUnitId: 'TEAM-SKILLS' }] },
    employee: { grants: [{ role: 'employee', orgUnitId: 'TEAM-ADASS' }], personId: 'P073' },
  };

  beforeAll(async () => {
    database = await createTestDatabase(dialect);
    await loadDemoIfEmpty(database.store, NOW);
    app = await buildServer({ store: database.store, auth: { passwordCost: TEST_COST, clock: () => NOW } });
    for (const [name, account] of Object.entries(accounts)) {
      await addTestAccount(database.store, { email: `${name}@example.org`, ...account });
      as[name] = await signIn(app, `${name}@example.org`);
    }
  }, 120_000);
  afterAll(async () => {
    await app?.close();
    await database?.drop();
  });

  const get = (url: string, who: Browser | null) => send(app, { method: 'GET', url, as: who });
  const write = (
    method: 'POST' | 'PATCH' | 'PUT',
    url: string,
    payload: object | string,
    who: Browser | null,
  ) => send(app, { method, url, payload, as: who, headers: { 'content-type': 'application/json' } });

  it('lists the demo’s Cabinet review with its agenda from exceptions, decisions and attendance', async () => {
    const answer = await get('/api/v1/reviews/RM-CAB-2017-Q2', as.councillor!);
    expect(answer.status).toBe(200);
    const body = answer.body as {
      meeting: { forum: string; asAt: string };
      agenda: { kind: string; subjectId: string }[];
      decisions: { measureId: string | null; actionId: string | null }[];
      attendance: { attendance: string }[];
      pack: { content: { recoveryPlans: { id: string; level: string; actions: { id: string }[] }[] } };
    };
    expect(body.meeting).toMatchObject({ forum: 'cabinet', asAt: '2017/18-Q2' });
    expect(body.agenda.some((a) => a.kind === 'recovery-plan' && a.subjectId === 'RP-01')).toBe(true);
    expect(body.agenda.some((a) => a.kind === 'missing-recovery-plan')).toBe(true);
    expect(body.agenda[0]!.kind).toBe('missing-recovery-plan');
    expect(body.decisions.find((d) => d.measureId === 'CP-HOU-01')?.actionId).toBe('KA-CAB-01');
    expect(body.attendance.filter((a) => a.attendance === 'apologies')).toHaveLength(1);
    // The Cabinet pack lists the escalated plan with its actions.
    const plan = body.pack.content.recoveryPlans.find((p) => p.id === 'RP-01')!;
    expect(plan.level).toBe('cabinet-and-scrutiny');
    expect(plan.actions.map((a) => a.id).sort()).toEqual(['KA-HOU-01', 'KA-HOU-02', 'SA-02']);
  });

  it('shows a measure’s page what was decided about it', async () => {
    const answer = await get('/api/v1/measures/CP-HOU-01/decisions', as.councillor!);
    expect(answer.status).toBe(200);
    const decisions = answer.body.decisions as { text: string; meeting: { id: string; forum: string } }[];
    expect(decisions).toHaveLength(1);
    expect(decisions[0]!.meeting).toMatchObject({ id: 'RM-CAB-2017-Q2', forum: 'cabinet' });
    expect((await get('/api/v1/measures/NO-SUCH/decisions', as.officer!)).status).toBe(404);
  });

  it('shows the plan that missed its trajectory escalated a level at a time to Cabinet', async () => {
    const answer = await get('/api/v1/recovery-plans?period=2017/18-Q2', as.councillor!);
    expect(answer.status).toBe(200);
    const plans = answer.body.plans as {
      plan: { id: string; escalations: { fromLevel: string; toLevel: string }[] };
      health: { level: string; onTrajectory: boolean | null };
    }[];
    const rp1 = plans.find((p) => p.plan.id === 'RP-01')!;
    expect(rp1.health).toMatchObject({ level: 'cabinet-and-scrutiny', onTrajectory: false });
    expect(rp1.plan.escalations.map((e) => `${e.fromLevel}>${e.toLevel}`)).toEqual([
      'team>service',
      'service>directorate',
      'directorate>cabinet-and-scrutiny',
    ]);
  });

  it('lists measures that require a recovery plan, marking those without one', async () => {
    const answer = await get('/api/v1/recovery-plans/required?period=2017/18-Q2', as.officer!);
    expect(answer.status).toBe(200);
    const measures = answer.body.measures as {
      measure: { id: string };
      missing: boolean;
      openPlanId: string | null;
    }[];
    expect(answer.body.periods).toBe(2);
    expect(measures.find((m) => m.measure.id === 'CP-HOU-01')).toMatchObject({
      missing: false,
      openPlanId: 'RP-01',
    });
    expect(measures.some((m) => m.missing)).toBe(true);
  });

  it('gives an employee their objectives and the thread up to the Corporate Plan', async () => {
    const answer = await get('/api/v1/objectives/mine', as.employee!);
    expect(answer.status).toBe(200);
    const objectives = answer.body.objectives as { percentComplete: number; thread: { kind: string }[] }[];
    expect(objectives).toHaveLength(3);
    expect(objectives[0]!.thread[0]!.kind).toBe('team-plan');
    expect(objectives[0]!.thread.at(-1)!.kind).toBe('corporate-plan');
    // A colleague's objectives are not the employee's to read; a councillor reads none.
    expect((await get('/api/v1/people/P001/objectives', as.employee!)).status).toBe(404);
    expect((await get('/api/v1/objectives/mine', as.councillor!)).status).toBe(404);
  });

  it('scores the risk register and counts open risks on the heat map', async () => {
    const answer = await get('/api/v1/risks', as.officer!);
    expect(answer.status).toBe(200);
    const risks = answer.body.risks as {
      id: string;
      status: string;
      residualScore: number;
      residualBand: string;
    }[];
    const heat = answer.body.heatMap as { residual: number[][] };
    const open = risks.filter((r) => r.status === 'open').length;
    expect(heat.residual.flat().reduce((a, b) => a + b, 0)).toBe(open);
    expect(risks.find((r) => r.id === 'CR-01')).toMatchObject({
      residualScore: 16,
      residualBand: 'very high',
    });
  });

  it('counts complaints by cause for the review step', async () => {
    const answer = await get('/api/v1/complaints?from=2017-04-01&to=2017-06-30', as.officer!);
    expect(answer.status).toBe(200);
    const byCause = answer.body.byCause as { received: number }[];
    expect(byCause.reduce((a, c) => a + c.received, 0)).toBe((answer.body.complaints as unknown[]).length);
    expect((answer.body.complaints as unknown[]).length).toBe(9);
  });

  it('keeps all of it from the public and from partners', async () => {
    for (const url of ['/api/v1/actions', '/api/v1/recovery-plans', '/api/v1/risks', '/api/v1/reviews']) {
      expect((await get(url, null)).status).toBe(401);
      const partner = await get(url, as.partner!);
      expect(partner.status).toBe(403);
      expect(Object.keys(partner.body)).toEqual(['error']);
    }
  });

  it('records an action and its dated progress, for a manager over its unit', async () => {
    const created = await write(
      'POST',
      '/api/v1/actions',
      {
        title: 'Landlord forum on ending tenancies',
        responsibleOfficer: 'Housing Options Manager',
        anticipatedOutcome: 'Fewer section 21 notices',
        proposedStartDate: '2017-11-27',
        proposedEndDate: '2018-01-31',
        measureIds: ['CP-HOU-01'],
        orgUnitId: 'TEAM-HOMELESS',
      },
      as.housingManager!,
    );
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const id = String(created.body.id);
    const progress = await write(
      'POST',
      `/api/v1/actions/${id}/progress`,
      { status: 'in-progress', percentComplete: 20, note: 'Venue booked.' },
      as.housingManager!,
    );
    expect(progress.status).toBe(201);
    expect((progress.body.updates as unknown[]).length).toBe(2);
    // Another team's manager does not see it; a councillor reads it but may not change it.
    expect((await get(`/api/v1/actions/${id}`, as.skillsManager!)).status).toBe(404);
    expect((await get(`/api/v1/actions/${id}`, as.councillor!)).status).toBe(200);
    const refused = await write(
      'POST',
      `/api/v1/actions/${id}/progress`,
      { status: 'in-progress', percentComplete: 30, note: 'x' },
      as.councillor!,
    );
    expect(refused.status).toBe(403);
  });

  it('answers mistakes with a 400 that names the field, never a 500', async () => {
    const base = {
      title: 'A',
      responsibleOfficer: 'B',
      anticipatedOutcome: 'C',
      proposedStartDate: '2017-11-27',
      proposedEndDate: '2018-01-31',
      orgUnitId: 'TEAM-HOMELESS',
    };
    const cases: [object | string, RegExp][] = [
      [{ ...base, proposedStartDate: '2017-02-30' }, /^proposedStartDate: /],
      [{ ...base, proposedEndDate: '2017-01-01' }, /^proposedEndDate: must be on or after/],
      [{ ...base, percentComplete: 150 }, /^percentComplete: /],
      [{ ...base, status: 'completed', percentComplete: 50 }, /^percentComplete: a completed action/],
      [{ ...base, colour: 'red' }, /colour: is not a field/],
      [{ ...base, measureIds: ['NO-SUCH'] }, /^measureIds: there is no measure/],
      [{ ...base, title: '\u0000' }, /^title: /],
      ['{not json', /./],
    ];
    for (const [payload, message] of cases) {
      const answer = await write('POST', '/api/v1/actions', payload, as.officer!);
      expect(answer.status, JSON.stringify(payload)).toBe(400);
      expect(answer.body.error!.message).toMatch(message);
    }
    const plan = await write(
      'POST',
      '/api/v1/recovery-plans',
      { measureId: 'CP-HOU-01', causeAnalysis: 'x', reviewDate: '2018-01-31' },
      as.officer!,
    );
    expect(plan.status).toBe(409);
    const close = await write(
      'POST',
      '/api/v1/recovery-plans/RP-02/close',
      { lessonsLearned: ' ' },
      as.officer!,
    );
    expect(close.status).toBe(400);
    const trajectory = await write(
      'PATCH',
      '/api/v1/recovery-plans/RP-02',
      { trajectory: [{ period: 'March', expected: 4 }] },
      as.officer!,
    );
    expect(trajectory.status).toBe(400);
    expect(trajectory.body.error!.message).toMatch(/^trajectory\.0\.period: /);
    const quarters = await write(
      'PATCH',
      '/api/v1/recovery-plans/RP-02',
      { trajectory: [{ period: '2017/18-Q4', expected: 4 }] },
      as.officer!,
    );
    expect(quarters.status).toBe(400);
    expect(quarters.body.error!.message).toBe(
      'trajectory.0.period: CP-ECO-05 is reported by month, so its trajectory must be too',
    );
    const risk = await write(
      'PATCH',
      '/api/v1/risks/CR-01',
      { residualLikelihood: 5, residualImpact: 5, inherentLikelihood: 1 },
      as.officer!,
    );
    expect(risk.status).toBe(400);
    expect((await write('PATCH', '/api/v1/risks/CR-99', { title: 'x' }, as.officer!)).status).toBe(404);
    const meeting = await write(
      'POST',
      '/api/v1/reviews',
      { forum: 'team', orgUnitId: 'DIR-PEOPLE', meetingDate: '2017-11-30', asAt: '2017/18-Q2' },
      as.officer!,
    );
    expect(meeting.status).toBe(400);
    expect(meeting.body.error!.message).toMatch(/^orgUnitId: a Team meeting belongs to a team/);
  });

  it('sets up a team review whose pack is frozen and whose agenda comes from its exceptions', async () => {
    const created = await write(
      'POST',
      '/api/v1/reviews',
      { forum: 'team', orgUnitId: 'TEAM-HOMELESS', meetingDate: '2017-11-22', asAt: '2017-10' },
      as.housingManager!,
    );
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const id = String((created.body.meeting as { id: string }).id);
    const agenda = created.body.agenda as { kind: string; subjectId: string }[];
    expect(agenda.some((a) => a.subjectId === 'RP-01')).toBe(true);
    const decision = await write(
      'POST',
      `/api/v1/reviews/${id}/decisions`,
      { text: 'Agreed to ask Wolverhampton Homes for ten more move-on lets.', measureId: 'CP-HOU-01' },
      as.housingManager!,
    );
    expect(decision.status).toBe(201);
    const attached = await write(
      'POST',
      `/api/v1/reviews/${id}/report-file`,
      { fileName: 'homeless-team.pdf' },
      as.housingManager!,
    );
    expect(attached.status).toBe(200);
    expect(attached.body.packs).toBe(2);
    expect((attached.body.pack as { reportFile: string }).reportFile).toBe('homeless-team.pdf');
    // Another team's manager neither sees nor minutes it.
    expect((await get(`/api/v1/reviews/${id}`, as.skillsManager!)).status).toBe(404);
  });

  it('lets the performance function set how many periods require a plan, and checks the risk bands', async () => {
    const bad = await write('PUT', '/api/v1/pdrr-settings', { recoveryPlanPeriods: 0 }, as.officer!);
    expect(bad.status).toBe(400);
    expect(bad.body.error!.message).toMatch(/^recoveryPlanPeriods: /);
    const bands = await write(
      'PUT',
      '/api/v1/pdrr-settings',
      { riskBands: [{ from: 2, name: 'low' }] },
      as.officer!,
    );
    expect(bands.status).toBe(400);
    expect(bands.body.error!.message).toBe('riskBands: 0.from: the first band must start at a score of 1');
    expect(
      (await write('PUT', '/api/v1/pdrr-settings', { recoveryPlanPeriods: 3 }, as.councillor!)).status,
    ).toBe(403);
    const count = async () =>
      (
        (await get('/api/v1/recovery-plans/required?period=2017/18-Q2', as.officer!)).body
          .measures as unknown[]
      ).length;
    const atTwo = await count();
    expect(
      (await write('PUT', '/api/v1/pdrr-settings', { recoveryPlanPeriods: 6 }, as.officer!)).status,
    ).toBe(200);
    expect(await count()).toBeLessThan(atTwo);
    await write('PUT', '/api/v1/pdrr-settings', { recoveryPlanPeriods: 2 }, as.officer!);
  });

  it('opens a required plan and escalates it once when its review date passes, however often the check runs', async () => {
    const opened = await write(
      'POST',
      '/api/v1/recovery-plans',
      {
        measureId: 'CP-ECO-13',
        causeAnalysis: 'More fly-tips near two estates',
        openedOn: '2017-10-01',
        reviewDate: '2017-10-31',
      },
      as.officer!,
    );
    expect(opened.status, JSON.stringify(opened.body)).toBe(201);
    expect(opened.body.triggers).toEqual(
      expect.arrayContaining([expect.stringMatching(/^Red for \d+ periods running$/)]),
    );
    const id = String(opened.body.id);
    const first = await send(app, {
      method: 'POST',
      url: '/api/v1/recovery-plans/escalations',
      as: as.officer!,
    });
    expect(first.status).toBe(200);
    const mine = (
      first.body.escalated as { planId: string; escalation: { fromLevel: string; toLevel: string } }[]
    ).filter((e) => e.planId === id);
    expect(mine.map((e) => `${e.escalation.fromLevel}>${e.escalation.toLevel}`)).toEqual([
      'service>directorate',
    ]);
    const again = await send(app, {
      method: 'POST',
      url: '/api/v1/recovery-plans/escalations',
      as: as.officer!,
    });
    expect((again.body.escalated as { planId: string }[]).filter((e) => e.planId === id)).toEqual([]);
    const refused = await send(app, {
      method: 'POST',
      url: '/api/v1/recovery-plans/escalations',
      as: as.housingManager!,
    });
    expect(refused.status).toBe(403);
  });
});
