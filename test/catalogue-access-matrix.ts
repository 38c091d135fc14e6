/**
 * Administering the catalogue in the access matrix: measures, targets and the strategy tree may be
 * changed by the performance function (performance officers and administrators) alone; every other
 * account is refused (403) with nothing but the error, and the public must sign in (401).
 * Each role works on objects of its own, so that no answer depends on the order roles run in.
 */
import { expect } from 'vitest';
import { setTarget } from '../src/store/targets.js';
import { insertStrategyItem } from '../src/store/strategy-admin.js';
import type { MatrixContext } from './pdrr-access-matrix.js';
import { ROLES } from './access-matrix-roles.js';
import { send, type JsonAnswer } from '../src/http/test-server.js';

function expectCatalogueRight(c: MatrixContext, answer: JsonAnswer, ok: number): void {
  if (!c.role.account) return void expect(answer.status).toBe(401);
  const performance = c.role.account.isAdmin || c.role.name === 'performance-officer';
  expect(answer.status, `${c.role.name}: ${JSON.stringify(answer.body)}`).toBe(performance ? ok : 403);
  if (!performance) expect(Object.keys(answer.body)).toEqual(['error']);
}

const patch = (c: MatrixContext, url: string, payload: object) =>
  send(c.council.app, { method: 'PATCH', url, payload, as: c.as });

/** A quarter of its own for each role, far from the figures the other routes judge. */
const quarterOf = (c: MatrixContext) => {
  const year = 2050 + ROLES.indexOf(c.role);
  return `${year}/${String((year + 1) % 100).padStart(2, '0')}-Q1`;
};

const leafOf = (c: MatrixContext, prefix: string) => `${prefix}-${c.role.name}`;

export const CATALOGUE_ROLE_ROUTES: Record<string, (c: MatrixContext) => Promise<void>> = {
  'POST /api/v1/measures': async (c) =>
    expectCatalogueRight(
      c,
      await c.ask('POST', '/api/v1/measures', {
        id: leafOf(c, 'MX'),
        title: `Matrix measure of ${c.role.name}`,
        methodology: { definition: 'A measure the access matrix defines' },
        unit: 'number',
        polarity: 'neutral',
        frequency: 'quarterly',
        category: 'local-key',
        orgUnitId: 'SVC-A1',
      }),
      201,
    ),
  'PATCH /api/v1/measures/:code': async (c) =>
    expectCatalogueRight(
      c,
      await patch(c, '/api/v1/measures/M-SVC-A1', { nationalReference: c.role.name }),
      200,
    ),
  'GET /api/v1/measures/:code/targets': async (c) =>
    expectCatalogueRight(c, await c.ask('GET', '/api/v1/measures/M-SVC-A1/targets'), 200),
  'PUT /api/v1/measures/:code/targets': async (c) =>
    expectCatalogueRight(
      c,
      await c.ask('PUT', '/api/v1/measures/M-SVC-A1/targets', {
        period: quarterOf(c),
        value: 50,
        reason: 'Matrix',
      }),
      200,
    ),
  'POST /api/v1/measures/:code/targets/withdraw': async (c) => {
    const target = {
      measureId: 'M-SVC-A2',
      period: quarterOf(c),
      value: 50,
      lower: null,
      upper: null,
      tolerance: null,
    };
    await setTarget(c.council.database.store.db, target, {
      by: 'matrix',
      at: new Date().toISOString(),
      reason: 'Matrix',
    });
    const answer = await c.ask('POST', '/api/v1/measures/M-SVC-A2/targets/withdraw', {
      period: quarterOf(c),
      reason: 'Matrix',
    });
    expectCatalogueRight(c, answer, 200);
  },
  'POST /api/v1/strategy': async (c) =>
    expectCatalogueRight(
      c,
      await c.ask('POST', '/api/v1/strategy', {
        id: leafOf(c, 'SX'),
        kind: 'objective',
        title: `Matrix objective of ${c.role.name}`,
        parentId: 'OUT',
        orgUnitId: 'COUNCIL',
      }),
      201,
    ),
  'PATCH /api/v1/strategy/:id': async (c) =>
    expectCatalogueRight(
      c,
      await patch(c, '/api/v1/strategy/OBJ', { description: `Described by ${c.role.name}` }),
      200,
    ),
  'POST /api/v1/strategy/:id/retire': async (c) => {
    const id = leafOf(c, 'RX');
    await insertStrategyItem(c.council.database.store.db, {
      id,
      kind: 'objective',
      title: `Matrix objective to retire, of ${c.role.name}`,
      description: null,
      parentId: 'OUT',
      ownerId: null,
      orgUnitId: 'COUNCIL',
      startDate: null,
      endDate: null,
      rollupRule: 'worst',
      weight: 1,
    });
    expectCatalogueRight(c, await c.ask('POST', `/api/v1/strategy/${id}/retire`, { reason: 'Matrix' }), 200);
  },
};
