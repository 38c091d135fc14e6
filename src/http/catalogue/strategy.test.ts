import { describe, expect, it } from 'vitest';
import { aSmallCouncil } from '../../../test/factories.js';
import { DIALECTS } from '../../../test/store-fixture.js';
import { auditTrail } from '../../store/audit.js';
import {
  addTestAccount,
  send,
  signIn,
  useCouncilServer,
  type Browser,
  type JsonAnswer,
} from '../test-server.js';

/** The small council's thread, one level deeper: an outcome and an objective under the priority. */
function aCouncilWithAnOutcome() {
  const council = aSmallCouncil();
  const base = council.strategyItems[1]!;
  council.strategyItems.push(
    { ...base, id: 'OUT-JOBS', kind: 'outcome', title: 'More residents in work', parentId: 'OBJ-JOBS' },
    { ...base, id: 'OBJ-SKILLS', kind: 'objective', title: 'Skills for work', parentId: 'OUT-JOBS' },
  );
  return council;
}

const messageOf = (answer: JsonAnswer) => answer.body.error?.message ?? '';

describe.each(DIALECTS)('administering the strategy tree on %s', (dialect) => {
  const server = useCouncilServer(dialect, { council: aCouncilWithAnOutcome() });
  const ask = (method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object, as?: Browser) =>
    send(server.app, { method, url, ...(payload ? { payload } : {}), ...(as ? { as } : {}) });

  it('adds an item under a parent its kind may hang from, last among its siblings, and audits it', async () => {
    const answer = await ask('POST', '/api/v1/strategy', {
      id: 'OUT-HOMES',
      kind: 'outcome',
      title: '  Good homes for everyone ',
      description: '',
      parentId: 'OBJ-JOBS',
      orgUnitId: 'DIR-PLACE',
    });
    expect(answer.status, JSON.stringify(answer.body)).toBe(201);
    expect(answer.body).toMatchObject({
      id: 'OUT-HOMES',
      title: 'Good homes for everyone',
      description: null,
      rollupRule: 'worst',
      weight: 1,
    });
    const item = await ask('GET', '/api/v1/strategy/OBJ-JOBS');
    expect((item.body.children as { id: string }[]).map((c) => c.id)).toEqual(['OUT-JOBS', 'OUT-HOMES']);
    const [event] = await auditTrail(server.database.store.db, { action: 'strategy-item-created', limit: 1 });
    expect(event).toMatchObject({
      actor: 'admin@example.org',
      objectType: 'strategy-item',
      objectId: 'OUT-HOMES',
    });
  });

  it.each([
    [
      { id: 'X-1', kind: 'objective', title: 'Wrong level', parentId: 'CP' },
      'parentId: an Objective links upward to an Outcome, not to a Corporate Plan',
    ],
    [
      { id: 'X-2', kind: 'outcome', title: 'Lost', parentId: 'NOPE' },
      'parentId: there is no strategy item in use with id "NOPE"',
    ],
    [
      { id: 'X-3', kind: 'outcome', title: 'Floating', parentId: null },
      'parentId: an Outcome must link upward to a Priority',
    ],
    [{ id: 'X-4', kind: 'outcome', title: 'No title' }, 'parentId: is required, e.g. OBJ-JOBS'],
    [
      { id: 'X-5', kind: 'theme', title: 'x', parentId: 'CP' },
      /^kind: must be one of corporate-plan, priority/,
    ],
    [
      {
        id: 'X-6',
        kind: 'outcome',
        title: 'x',
        parentId: 'OBJ-JOBS',
        startDate: '2018-04-01',
        endDate: '2017-03-31',
      },
      'endDate: 2017-03-31 is before the start 2018-04-01; expected a date on or after it',
    ],
    [
      { id: 'X-7', kind: 'outcome', title: 'x', parentId: 'OBJ-JOBS', ownerId: 'P-NONE' },
      'ownerId: there is no person with id "P-NONE"',
    ],
  ])('refuses a bad item with 400 naming the field (%#)', async (body, message) => {
    const answer = await ask('POST', '/api/v1/strategy', body);
    expect(answer.status, JSON.stringify(answer.body)).toBe(400);
    if (typeof message === 'string') expect(messageOf(answer)).toBe(message);
    else expect(messageOf(answer)).toMatch(message);
  });

  it('changes an item and moves it to another allowed parent', async () => {
    const answer = await ask('PATCH', '/api/v1/strategy/OBJ-SKILLS', {
      title: 'Skills for good jobs',
      parentId: 'OUT-HOMES',
    });
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    expect(answer.body).toMatchObject({ title: 'Skills for good jobs', parentId: 'OUT-HOMES' });
    const [event] = await auditTrail(server.database.store.db, { action: 'strategy-item-changed', limit: 1 });
    expect(event).toMatchObject({ before: { parentId: 'OUT-JOBS' }, after: { parentId: 'OUT-HOMES' } });
  });

  it('refuses to move an item under its own descendant, saying why', async () => {
    const answer = await ask('PATCH', '/api/v1/strategy/OBJ-JOBS', { parentId: 'OUT-HOMES' });
    expect(answer.status).toBe(400);
    expect(messageOf(answer)).toBe(
      'parentId: OUT-HOMES is below OBJ-JOBS in the thread, so OBJ-JOBS cannot move under it',
    );
    const itself = await ask('PATCH', '/api/v1/strategy/OBJ-JOBS', { parentId: 'OBJ-JOBS' });
    expect(messageOf(itself)).toBe('parentId: OBJ-JOBS cannot be its own parent');
  });

  it('refuses to retire an item with items below it, and retires a leaf keeping its measures linked', async () => {
    const parent = await ask('POST', '/api/v1/strategy/OBJ-JOBS/retire', { reason: 'Plan ended' });
    expect(parent.status).toBe(409);
    expect(messageOf(parent)).toBe(
      'OBJ-JOBS has 2 items in use below it: OUT-JOBS (Outcome), OUT-HOMES (Outcome); retire them or move them to another parent first',
    );
    const noReason = await ask('POST', '/api/v1/strategy/OUT-JOBS/retire', { reason: '' });
    expect(noReason.status).toBe(400);
    await ask('PATCH', '/api/v1/measures/CP-ECO-01', { strategyItemIds: ['OUT-JOBS'] });
    const leaf = await ask('POST', '/api/v1/strategy/OUT-JOBS/retire', { reason: 'Merged into OUT-HOMES' });
    expect(leaf.status, JSON.stringify(leaf.body)).toBe(200);
    expect(leaf.body).toMatchObject({
      item: { id: 'OUT-JOBS', state: 'retired', retiredReason: 'Merged into OUT-HOMES' },
      measuresStillLinked: ['CP-ECO-01'],
    });
    // Out of the thread, its measure keeps the link (and its figures).
    expect((await ask('GET', '/api/v1/strategy/OUT-JOBS')).status).toBe(404);
    expect((await ask('GET', '/api/v1/measures/CP-ECO-01')).body).toMatchObject({
      strategyItemIds: ['OUT-JOBS'],
    });
    // The link to the retired item does not block other changes to the measure; a new link to it is refused.
    expect((await ask('PATCH', '/api/v1/measures/CP-ECO-01', { title: 'Still linked' })).status).toBe(200);
    const relink = await ask('PATCH', '/api/v1/measures/CP-ECO-01', { strategyItemIds: ['OUT-JOBS', 'CP'] });
    expect(relink.status).toBe(200);
    const fresh = await ask('PATCH', '/api/v1/measures/CP-ECO-01', { strategyItemIds: [] });
    expect(fresh.status).toBe(200);
    const back = await ask('PATCH', '/api/v1/measures/CP-ECO-01', { strategyItemIds: ['OUT-JOBS'] });
    expect(back.status).toBe(400);
    expect(messageOf(back)).toBe('strategyItemIds: there is no strategy item in use with id "OUT-JOBS"');
    const again = await ask('PATCH', '/api/v1/strategy/OUT-JOBS', { title: 'Back' });
    expect(again.status).toBe(409);
    expect(messageOf(again)).toBe('OUT-JOBS is retired and can no longer be changed');
    const reuse = await ask('POST', '/api/v1/strategy', {
      id: 'OUT-JOBS',
      kind: 'outcome',
      title: 'Again',
      parentId: 'OBJ-JOBS',
    });
    expect(reuse.status).toBe(409);
    expect(messageOf(reuse)).toMatch(/retired, but its code stays taken/);
  });

  it('lets only the performance function change the tree', async () => {
    await addTestAccount(server.database.store, {
      email: 'director@example.org',
      grants: [{ role: 'director', orgUnitId: 'DIR-PLACE' }],
    });
    const director = await signIn(server.app, 'director@example.org');
    const answer = await ask('PATCH', '/api/v1/strategy/OBJ-JOBS', { title: 'Mine' }, director);
    expect(answer.status).toBe(403);
    expect(Object.keys(answer.body)).toEqual(['error']);
    const publicAnswer = await send(server.app, {
      method: 'POST',
      url: '/api/v1/strategy/OBJ-JOBS/retire',
      payload: { reason: 'x' },
      as: null,
    });
    expect(publicAnswer.status).toBe(401);
  });
});
