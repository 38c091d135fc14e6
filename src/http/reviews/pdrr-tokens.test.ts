/**
 * API tokens on the Plan–Do–Review–Revise routes: the `plans` scope reads actions, recovery plans,
 * risks, reviews and complaints; `objectives` reads individual objectives; neither changes anything.
 */
import { describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/store-fixture.js';
import { addTestAccount, send, signIn, useCouncilServer } from '../test-server.js';

const bearer = (secret: string) => ({ authorization: `Bearer ${secret}` });

const PLAN_READS = [
  '/api/v1/actions',
  '/api/v1/actions/A1',
  '/api/v1/recovery-plans',
  '/api/v1/recovery-plans/required',
  '/api/v1/risks',
  '/api/v1/reviews',
  '/api/v1/complaints',
  '/api/v1/measures/CP-ECO-01/decisions',
];

describe.each(DIALECTS)('API tokens on the plan, review and objective routes on %s', (dialect) => {
  const server = useCouncilServer(dialect);

  async function aToken(scopes: string[]): Promise<string> {
    const email = `officer-${scopes.join('-')}@example.org`;
    await addTestAccount(server.database.store, {
      email,
      personId: 'P1',
      grants: [{ role: 'performance-officer', orgUnitId: null }],
    });
    const as = await signIn(server.app, email);
    const created = await send(server.app, {
      method: 'POST',
      url: '/api/v1/tokens',
      payload: { name: 'Risk dashboard', scopes },
      as,
    });
    expect(created.status).toBe(201);
    return String(created.body.secret);
  }

  const read = (url: string, secret: string) =>
    send(server.app, { method: 'GET', url, headers: bearer(secret), as: null });

  it('refuses a token without the plans scope, saying which scope the route needs', async () => {
    const secret = await aToken(['measures']);
    for (const url of PLAN_READS) {
      const answer = await read(url, secret);
      expect(answer.status, url).toBe(403);
      expect(answer.body.error?.message, url).toMatch(/lacks the scope "plans"/);
    }
  });

  it('reads actions, plans, risks, reviews and complaints with the plans scope', async () => {
    const secret = await aToken(['plans']);
    for (const url of PLAN_READS) expect((await read(url, secret)).status, url).toBe(200);
    const { actions } = (await read('/api/v1/actions', secret)).body as {
      actions: { action: { id: string } }[];
    };
    expect(actions.map((a) => a.action.id)).toContain('A1');
  });

  it('never lets a plans token change anything', async () => {
    const secret = await aToken(['plans', 'measures']);
    const answer = await send(server.app, {
      method: 'POST',
      url: '/api/v1/actions/A1/progress',
      payload: { status: 'completed', percentComplete: 100, note: 'Done' },
      headers: bearer(secret),
      as: null,
    });
    expect(answer.status).toBe(403);
    expect(answer.body.error?.message).toMatch(/may only read/);
  });

  it('keeps individual objectives behind their own scope', async () => {
    const plans = await aToken(['plans', 'strategy']);
    const refused = await read('/api/v1/objectives/mine', plans);
    expect(refused.status).toBe(403);
    expect(refused.body.error?.message).toMatch(/lacks the scope "objectives"/);
    const objectives = await aToken(['objectives']);
    const mine = await read('/api/v1/objectives/mine', objectives);
    expect(mine.status).toBe(200);
    expect(mine.body).toMatchObject({ person: { id: 'P1' } });
    expect((await read('/api/v1/people/P1/objectives', objectives)).status).toBe(200);
  });
});
