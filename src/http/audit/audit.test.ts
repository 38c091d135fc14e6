import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/store-fixture.js';
import { aValue } from '../../../test/factories.js';
import { recordValue } from '../../store/values.js';
import { addTestAccount, getJson, send, signIn, useCouncilServer } from '../test-server.js';

interface Event {
  id: string;
  action: string;
  actor: string;
  objectId: string | null;
}

describe.each(DIALECTS)('the audit trail on %s', (dialect) => {
  const server = useCouncilServer(dialect);

  it('shows administrators sign-ins, failed sign-ins, role changes and figure changes, oldest first', async () => {
    await addTestAccount(server.database.store, {
      email: 'cllr@example.org',
      grants: [{ role: 'cabinet-member', orgUnitId: null }],
    });
    await send(server.app, {
      method: 'POST',
      url: '/api/v1/session',
      payload: { email: 'cllr@example.org', password: 'not it at all' },
      as: null,
    });
    await signIn(server.app, 'cllr@example.org');
    await recordValue(server.database.store.db, aValue({ value: 66.6 }), {
      by: 'officer@example.org',
      at: new Date().toISOString(),
      reason: 'Late returns',
    });
    const { status, body } = await getJson(server.app, '/api/v1/audit?limit=500');
    expect(status).toBe(200);
    const events = body.events as Event[];
    const about = events.filter((e) => e.objectId === 'cllr@example.org').map((e) => e.action);
    expect(about).toEqual(['user-added', 'role-changed', 'sign-in-failed', 'sign-in']);
    expect(events.at(-1)).toMatchObject({
      action: 'figure-changed',
      actor: 'officer@example.org',
      after: expect.objectContaining({ value: 66.6 }),
    });
  });

  it('pages with a cursor, and refuses a cursor it did not give', async () => {
    const whole = ((await getJson(server.app, '/api/v1/audit?limit=500')).body.events as Event[]).map(
      (e) => e.id,
    );
    const paged: string[] = [];
    let url = '/api/v1/audit?limit=3';
    for (;;) {
      const { body } = await getJson(server.app, url);
      paged.push(...(body.events as Event[]).map((e) => e.id));
      if (body.next === null) break;
      url = `/api/v1/audit?limit=3&after=${String(body.next)}`;
    }
    expect(paged.slice(0, whole.length)).toEqual(whole);
    const bad = await getJson(server.app, '/api/v1/audit?after=bm9wZQ');
    expect(bad.status).toBe(400);
    expect(bad.body.error?.message).toMatch(/^after:/);
  });

  it('exports as CSV for administrators, recording the export itself', async () => {
    const response = await server.app.inject({
      method: 'GET',
      url: '/api/v1/audit?format=csv',
      headers: { cookie: server.admin.cookie },
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/text\/csv/);
    const rows: Record<string, string>[] = parse(response.body, { columns: true });
    expect(rows.some((r) => r.action === 'sign-in')).toBe(true);
    const exports = (await getJson(server.app, '/api/v1/audit?action=export')).body.events as Event[];
    expect(exports).toEqual([expect.objectContaining({ action: 'export', actor: 'admin@example.org' })]);
  });

  it('is refused to anyone but an administrator', async () => {
    await addTestAccount(server.database.store, {
      email: 'po@example.org',
      grants: [{ role: 'performance-officer', orgUnitId: null }],
    });
    const po = await signIn(server.app, 'po@example.org');
    expect((await getJson(server.app, '/api/v1/audit', po)).status).toBe(403);
    expect((await getJson(server.app, '/api/v1/audit?format=csv', po)).status).toBe(403);
    expect((await getJson(server.app, '/api/v1/audit', null)).status).toBe(401);
  });
});
