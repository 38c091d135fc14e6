import { describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/store-fixture.js';
import { REPORTING_PERIOD, setSetting } from '../../store/settings.js';
import { addTestAccount, getJson, send, signIn, useCouncilServer } from '../test-server.js';

interface Row {
  measure: { id: string };
  status: {
    period: string | null;
    rag: { status: string; reason: Record<string, unknown> };
    summary: string;
  };
}

describe.each(DIALECTS)('the status API on %s', (dialect) => {
  const server = useCouncilServer(dialect, {
    auth: { clock: () => new Date('2016-09-20T09:00:00Z') },
  });

  it('judges each measure as at a period, with the reason as data and as words', async () => {
    const answer = await getJson(server.app, '/api/v1/status/measures?period=2016/17-Q1');
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({
      asAt: '2016/17-Q1',
      approvedOnly: false,
      area: { code: 'E08000031' },
    });
    const [row] = answer.body.rows as Row[];
    expect(row!.measure.id).toBe('CP-ECO-01');
    expect(row!.status.period).toBe('2016/17-Q1');
    // 64.5% against 66% with a tolerance of 2 points: short, but within tolerance.
    expect(row!.status.rag.status).toBe('amber');
    expect(row!.status.rag.reason).toMatchObject({ target: 66, tolerance: 2 });
    expect(row!.status.summary).toMatch(/^Amber: 64\.5% against a target of 66%/);
  });

  it('says which parameter was wrong and what form it takes', async () => {
    const answer = await getJson(server.app, '/api/v1/status/measures?period=Q1-2016');
    expect(answer.status).toBe(400);
    expect(answer.body.error!.message).toMatch(/^period: /);
    const unknownUnit = await getJson(server.app, '/api/v1/status/measures?orgUnit=NOWHERE');
    expect(unknownUnit.status).toBe(404);
    expect(unknownUnit.body.error!.message).toContain('NOWHERE');
  });

  it('judges councillors on approved figures only, as the Cabinet paper does', async () => {
    await addTestAccount(server.database.store, {
      email: 'cabinet@example.org',
      grants: [{ role: 'cabinet-member', orgUnitId: null }],
    });
    const councillor = await signIn(server.app, 'cabinet@example.org');
    const before = await getJson(server.app, '/api/v1/status/measures?period=2016/17-Q1', councillor);
    expect(before.body.approvedOnly).toBe(true);
    // Its due date (45 days after June) has passed on 20 September, and nothing is approved.
    expect((before.body.rows as Row[])[0]!.status.rag.status).toBe('overdue');

    const figure = { measure: 'CP-ECO-01', period: '2016/17-Q1', area: 'E08000031' };
    for (const step of ['check', 'approve']) {
      const answer = await send(server.app, {
        method: 'POST',
        url: '/api/v1/values/signoff',
        payload: { ...figure, step },
      });
      expect(answer.status).toBe(200);
    }
    const after = await getJson(server.app, '/api/v1/status/measures?period=2016/17-Q1', councillor);
    expect((after.body.rows as Row[])[0]!.status.rag.status).toBe('amber');
  });

  it('gives one measure with its wards, and refuses a code it does not know', async () => {
    const answer = await getJson(server.app, '/api/v1/status/measures/CP-ECO-01?period=2016/17-Q2');
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ measure: { id: 'CP-ECO-01' }, wards: [] });
    expect((answer.body.authority as { status: Row['status'] }).status.period).toBe('2016/17-Q2');
    const missing = await getJson(server.app, '/api/v1/status/measures/NOPE-01');
    expect(missing.status).toBe(404);
    expect(missing.body.error!.message).toContain('NOPE-01');
  });

  it('rolls the measures up the golden thread with counts by status', async () => {
    const answer = await getJson(server.app, '/api/v1/status/thread?period=2016/17-Q1');
    expect(answer.status).toBe(200);
    const [plan] = answer.body.roots as {
      id: string;
      status: { status: string; counts: Record<string, number> };
      children: { id: string; measureIds: string[]; status: { status: string; sentence: string } }[];
    }[];
    expect(plan!.id).toBe('CP');
    const objective = plan!.children.find((c) => c.id === 'OBJ-JOBS')!;
    expect(objective.measureIds).toEqual(['CP-ECO-01']);
    expect(objective.status.status).toBe('amber');
    expect(plan!.status.counts.amber).toBe(1);
    expect(answer.body.measures).toMatchObject({ 'CP-ECO-01': { status: 'amber' } });
  });

  it('judges as at the council’s reporting period when no period is asked', async () => {
    const unset = await getJson(server.app, '/api/v1/status/measures');
    expect(unset.body.asAt).toBeNull();
    await setSetting(server.database.store.db, REPORTING_PERIOD, '2016/17-Q2');
    const answer = await getJson(server.app, '/api/v1/status/measures');
    expect(answer.body.asAt).toBe('2016/17-Q2');
    expect((answer.body.rows as Row[])[0]!.status.period).toBe('2016/17-Q2');
    const asked = await getJson(server.app, '/api/v1/status/thread?period=2016/17-Q1');
    expect(asked.body.asAt).toBe('2016/17-Q1');
  });

  it('shows the public published measures judged on approved figures', async () => {
    const answer = await getJson(server.app, '/api/v1/status/measures', null);
    expect(answer.status).toBe(200);
    expect(answer.body.approvedOnly).toBe(true);
    expect((answer.body.rows as Row[]).map((r) => r.measure.id)).toEqual(['CP-ECO-01']);
  });
});
