import { describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/store-fixture.js';
import { buildDemoCouncil } from '../../demo/index.js';
import { customIdFor } from '../../app/dashboards/create.js';
import {
  addTestAccount,
  send,
  signIn,
  useCouncilServer,
  type Browser,
  type JsonAnswer,
} from '../test-server.js';

const messageOf = (answer: JsonAnswer) => (answer.body.error as { message: string }).message;
const CHILDSAFE = 'objective-OB-COM-CHILDSAFE';
type Answer = {
  dashboard: { id: string; version: number; title: string; ownerOrgUnitId: string | null; cards: unknown[] };
};

describe('a new dashboard’s id', () => {
  it('is "custom-" and the title’s words, numbered when the name is taken', () => {
    expect(customIdFor('Burglary — north wards!', new Set())).toBe('custom-burglary-north-wards');
    expect(customIdFor('Jobs', new Set(['custom-jobs', 'custom-jobs-2']))).toBe('custom-jobs-3');
    expect(customIdFor('***', new Set())).toBe('custom-dashboard');
  });
});

describe.each(DIALECTS)('making dashboards on %s', (dialect) => {
  const server = useCouncilServer(dialect, { council: buildDemoCouncil() });
  const create = (payload: object, as?: Browser | null) =>
    send(server.app, {
      method: 'POST',
      url: '/api/v1/dashboards',
      payload,
      ...(as !== undefined ? { as } : {}),
    });

  it('makes a blank dashboard as version 1, lists it with the others, and opens it', async () => {
    const answer = await create({ title: 'Burglary in the north' });
    expect(answer.status, JSON.stringify(answer.body)).toBe(201);
    const { dashboard } = answer.body as Answer;
    expect(dashboard).toMatchObject({ id: 'custom-burglary-in-the-north', version: 1, cards: [] });
    const list = await send(server.app, { method: 'GET', url: '/api/v1/dashboards' });
    expect(list.body.dashboards).toContainEqual(
      expect.objectContaining({ id: dashboard.id, kind: 'custom', cardCount: 0, canEdit: true }),
    );
    const data = await send(server.app, { method: 'GET', url: `/api/v1/dashboards/${dashboard.id}/data` });
    expect(data.status).toBe(200);
    const again = await create({ title: 'Burglary in the north' });
    expect((again.body as Answer).dashboard.id).toBe('custom-burglary-in-the-north-2');
    const history = await send(server.app, {
      method: 'GET',
      url: `/api/v1/dashboards/${dashboard.id}/history`,
    });
    expect(history.body.versions).toEqual([
      expect.objectContaining({ version: 1, changes: ['Created with 0 cards'] }),
    ]);
  });

  it('copies a dashboard with its cards, leaving the original as it was', async () => {
    const answer = await create({ title: 'Children’s safety, my way', copyFrom: CHILDSAFE });
    expect(answer.status, JSON.stringify(answer.body)).toBe(201);
    expect((answer.body as Answer).dashboard.cards).toHaveLength(20);
    const original = await send(server.app, { method: 'GET', url: `/api/v1/dashboards/${CHILDSAFE}` });
    expect((original.body as Answer).dashboard.version).toBe(0);
  });

  it('lets a head of service make one for their service, and refuses a councillor, in words', async () => {
    await addTestAccount(server.database.store, {
      email: 'head-econ@example.org',
      grants: [{ role: 'head-of-service', orgUnitId: 'SVC-ECON' }],
    });
    const head = await signIn(server.app, 'head-econ@example.org');
    const made = await create({ title: 'Economy weekly' }, head);
    expect(made.status, JSON.stringify(made.body)).toBe(201);
    expect((made.body as Answer).dashboard.ownerOrgUnitId).toBe('SVC-ECON');
    const elsewhere = await create({ title: 'Not mine', ownerOrgUnitId: 'SVC-CYP' }, head);
    expect(elsewhere.status).toBe(403);
    expect(messageOf(elsewhere)).toMatch(
      /Only the managers of a unit, performance officers and administrators/,
    );

    await addTestAccount(server.database.store, {
      email: 'cllr@example.org',
      grants: [{ role: 'cabinet-member', orgUnitId: null }],
    });
    const councillor = await signIn(server.app, 'cllr@example.org');
    const copy = await create({ title: 'Mine', copyFrom: CHILDSAFE }, councillor);
    expect(copy.status).toBe(403);
    expect(messageOf(copy)).toMatch(/You may read dashboard "Keep children safe/);
  });

  it('names what is wrong with a request, and makes nothing', async () => {
    const blank = await create({ title: '' });
    expect(blank.status).toBe(400);
    expect(messageOf(blank)).toMatch(/title/);
    const unknown = await create({ title: 'Copy', copyFrom: 'objective-NOPE' });
    expect(unknown.status).toBe(404);
    expect(messageOf(unknown)).toMatch(/There is no dashboard with id "objective-NOPE"/);
    const unit = await create({ title: 'Nowhere', ownerOrgUnitId: 'NO-SUCH-UNIT' });
    expect(unit.status).toBe(400);
    expect(messageOf(unit)).toMatch(/ownerOrgUnitId: "NO-SUCH-UNIT" is not one of the council's units/);
    expect((await create({ title: 'x', colour: 'red' })).status).toBe(400);
    expect((await create({ title: 'x' }, null)).status).toBe(401);
  });
});
