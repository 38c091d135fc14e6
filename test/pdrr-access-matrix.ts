/**
 * The Plan–Do–Review–Revise routes in the access matrix. Each unit of the access council gets an
 * action, a risk, a recovery plan (on its M- measure), a review meeting (of its forum), a complaint
 * and, at Cabinet, a decision about its M- measure; who should see each is written out by hand:
 * officers by reach (managers their unit and below, employees their team), councillors read all,
 * partners are refused (403) and the public must sign in (401).
 */
import { expect } from 'vitest';
import type { Store } from '../src/store/connect.js';
import type { FastifyInstance } from 'fastify';
import { send, type Browser, type JsonAnswer } from '../src/http/test-server.js';
import { ALL, type Position, type Role } from './access-matrix-roles.js';
import { DATA_OWNER_PERSON, UNITS } from './access-council.js';
import { CREATES, FORUM, SEES, SEES_MEETINGS, SEES_PLANS, seedPdrr } from './pdrr-access-seed.js';

export interface MatrixContext {
  role: Role;
  as: Browser | null;
  council: { app: FastifyInstance; database: { store: Store } };
  ask(method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, payload?: object): Promise<JsonAnswer>;
}

/** The matrix's `ask` has no PATCH; this sends one as the same browser. */
const askPatch = (c: MatrixContext, url: string, payload: object) =>
  send(c.council.app, { method: 'PATCH', url, payload, as: c.as });

const seeded = new WeakMap<Store, Promise<void>>();

function ensureSeeded(c: MatrixContext): Promise<void> {
  const store = c.council.database.store;
  let done = seeded.get(store);
  if (!done) {
    done = seedPdrr(store);
    seeded.set(store, done);
  }
  return done;
}

function refusedOutright(c: MatrixContext, answer: JsonAnswer): boolean {
  const sees = SEES[c.role.name];
  if (sees !== null && sees !== undefined) return false;
  expect(answer.status, c.role.name).toBe(c.role.account ? 403 : 401);
  expect(Object.keys(answer.body)).toEqual(['error']);
  return true;
}

type Sees = Record<string, Position[] | null> | ((role: string, position: Position, unit: string) => boolean);

function sees(table: Sees, role: string, position: Position, unit: string): boolean {
  return typeof table === 'function' ? table(role, position, unit) : table[role]!.includes(position);
}

/** A list route: each unit's record is in the list exactly where the role sees it. */
const list =
  (
    url: string,
    key: string,
    idOf: (unit: string) => string,
    table: Sees = SEES,
    pick = (x: { id: string }) => x.id,
  ) =>
  async (c: MatrixContext) => {
    await ensureSeeded(c);
    const answer = await c.ask('GET', url);
    if (refusedOutright(c, answer)) return;
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    const found = new Set(((answer.body[key] ?? []) as { id: string }[]).map(pick));
    for (const position of ALL) {
      const unit = c.role.frame[position];
      if (unit === null) continue;
      expect(found.has(idOf(unit)), `${c.role.name}: ${idOf(unit)} at the ${position} unit`).toBe(
        sees(table, c.role.name, position, unit),
      );
    }
  };

/** A detail route: 200 where the role sees the record, 404 where not. */
const detail =
  (url: (unit: string) => string, table: Sees = SEES) =>
  async (c: MatrixContext) => {
    await ensureSeeded(c);
    for (const position of ALL) {
      const unit = c.role.frame[position];
      if (unit === null) continue;
      const answer = await c.ask('GET', url(unit));
      if (refusedOutright(c, answer)) return;
      const expected = sees(table, c.role.name, position, unit) ? 200 : 404;
      expect(answer.status, `${c.role.name}: ${url(unit)} at the ${position} unit`).toBe(expected);
    }
  };

/** A change at the role's own unit: allowed for those who manage it, else refused. */
const change =
  (
    method: 'POST' | 'PUT' | 'PATCH',
    url: (unit: string) => string,
    body: (unit: string) => object,
    ok: number[],
    allowed = (r: string) => CREATES.has(r),
    refusal = [403, 404],
  ) =>
  async (c: MatrixContext) => {
    await ensureSeeded(c);
    const unit = c.role.frame.own!;
    const answer =
      method === 'PATCH'
        ? await askPatch(c, url(unit), body(unit))
        : await c.ask(method, url(unit), body(unit));
    if (refusedOutright(c, answer)) return;
    if (allowed(c.role.name))
      expect(ok, `${c.role.name}: ${JSON.stringify(answer.body)}`).toContain(answer.status);
    else {
      expect(refusal, `${c.role.name}: ${JSON.stringify(answer.body)}`).toContain(answer.status);
      expect(Object.keys(answer.body)).toEqual(['error']);
    }
  };

const newAction = (unit: string) => ({
  title: 'Matrix action',
  responsibleOfficer: 'Manager',
  anticipatedOutcome: 'Checked',
  proposedStartDate: '2017-04-01',
  proposedEndDate: '2018-03-31',
  orgUnitId: unit,
});

const councilForum = (r: string) => r === 'administrator' || r === 'performance-officer';

export const PDRR_ROLE_ROUTES: Record<string, (c: MatrixContext) => Promise<void>> = {
  'GET /api/v1/pdrr-settings': async (c) => {
    const answer = await c.ask('GET', '/api/v1/pdrr-settings');
    if (!refusedOutright(c, answer)) expect(answer.body).toMatchObject({ recoveryPlanPeriods: 2 });
  },
  'PUT /api/v1/pdrr-settings': change(
    'PUT',
    () => '/api/v1/pdrr-settings',
    () => ({ recoveryPlanPeriods: 2 }),
    [200],
    councilForum,
    [403],
  ),
  'GET /api/v1/actions': list(
    '/api/v1/actions',
    'actions',
    (u) => `KA-${u}`,
    SEES,
    (v) => (v as unknown as { action: { id: string } }).action.id,
  ),
  'GET /api/v1/actions/:id': detail((u) => `/api/v1/actions/KA-${u}`),
  'POST /api/v1/actions': change('POST', () => '/api/v1/actions', newAction, [201]),
  'PATCH /api/v1/actions/:id': change(
    'PATCH',
    (u) => `/api/v1/actions/KA-${u}`,
    () => ({ othersInvolved: 'Matrix' }),
    [200],
    (r) => CREATES.has(r),
    [403],
  ),
  'POST /api/v1/actions/:id/progress': change(
    'POST',
    (u) => `/api/v1/actions/KA-${u}/progress`,
    () => ({ status: 'in-progress', percentComplete: 20, note: 'Matrix' }),
    [201],
  ),
  'GET /api/v1/risks': list('/api/v1/risks', 'risks', (u) => `R-${u}`),
  'GET /api/v1/risks/:id': detail((u) => `/api/v1/risks/R-${u}`),
  'POST /api/v1/risks': change(
    'POST',
    () => '/api/v1/risks',
    (u) => ({
      title: 'Matrix risk',
      inherentLikelihood: 3,
      inherentImpact: 3,
      residualLikelihood: 2,
      residualImpact: 2,
      reviewDate: '2018-06-30',
      orgUnitId: u,
    }),
    [201],
  ),
  'PATCH /api/v1/risks/:id': change(
    'PATCH',
    (u) => `/api/v1/risks/R-${u}`,
    () => ({ controls: 'Matrix' }),
    [200],
    (r) => CREATES.has(r),
    [403],
  ),
  'GET /api/v1/recovery-plans': list(
    '/api/v1/recovery-plans',
    'plans',
    (u) => `RP-${u}`,
    SEES_PLANS,
    (v) => (v as unknown as { plan: { id: string } }).plan.id,
  ),
  'GET /api/v1/recovery-plans/required': async (c) => {
    const answer = await c.ask('GET', '/api/v1/recovery-plans/required');
    if (!refusedOutright(c, answer)) expect(answer.status).toBe(200);
  },
  'GET /api/v1/recovery-plans/:id': detail((u) => `/api/v1/recovery-plans/RP-${u}`, SEES_PLANS),
  'POST /api/v1/recovery-plans': change(
    'POST',
    () => '/api/v1/recovery-plans',
    (u) => ({ measureId: `M-${u}`, causeAnalysis: 'Why', reviewDate: '2030-01-31' }),
    // Every unit's M- measure already has an open plan: the allowed are told so. The data owner owns
    // the measure, so may open its plan; those who cannot see the measure are told it does not exist.
    [409],
    (r) => CREATES.has(r) || r === 'data-owner',
    [400, 403],
  ),
  'PATCH /api/v1/recovery-plans/:id': change(
    'PATCH',
    (u) => `/api/v1/recovery-plans/RP-${u}`,
    () => ({ reviewDate: '2030-02-28' }),
    [200],
    // The data owner owns the measure, so its plan is theirs too.
    (r) => CREATES.has(r) || r === 'data-owner',
  ),
  'POST /api/v1/recovery-plans/:id/close': change(
    'POST',
    (u) => `/api/v1/recovery-plans/RP-${u}/close`,
    () => ({ lessonsLearned: 'Matrix', closedOn: '2000-01-01' }),
    // A closing date before the plan opened is refused for those allowed: nothing is closed here.
    [400],
    (r) => CREATES.has(r) || r === 'data-owner',
  ),
  'POST /api/v1/recovery-plans/escalations': change(
    'POST',
    () => '/api/v1/recovery-plans/escalations',
    () => ({}),
    [200],
    councilForum,
    [403],
  ),
  'GET /api/v1/reviews': list(
    '/api/v1/reviews',
    'meetings',
    (u) => (u === 'COUNCIL' ? 'RM-COUNCIL' : `RM-${u}`),
    SEES_MEETINGS,
  ),
  'GET /api/v1/reviews/:id': detail(
    (u) => `/api/v1/reviews/${u === 'COUNCIL' ? 'RM-COUNCIL' : `RM-${u}`}`,
    SEES_MEETINGS,
  ),
  'POST /api/v1/reviews': change(
    'POST',
    () => '/api/v1/reviews',
    (u) => ({
      forum: FORUM[UNITS.find((x) => x.id === u)!.kind],
      orgUnitId: u,
      meetingDate: '2017-11-30',
      asAt: '2017/18-Q2',
    }),
    [201],
    (r) => CREATES.has(r),
    [403],
  ),
  'POST /api/v1/reviews/:id/decisions': change(
    'POST',
    (u) => `/api/v1/reviews/RM-${u}/decisions`,
    () => ({ text: 'Matrix decision' }),
    [201],
    (r) => CREATES.has(r),
    [403],
  ),
  'PUT /api/v1/reviews/:id/attendance': change(
    'PUT',
    () => '/api/v1/reviews/RM-COUNCIL/attendance',
    () => ({ attendance: [{ name: 'Cllr A', attendance: 'present' }] }),
    [200],
    councilForum,
    [403],
  ),
  'POST /api/v1/reviews/:id/report-file': change(
    'POST',
    () => '/api/v1/reviews/RM-COUNCIL/report-file',
    () => ({ fileName: 'cabinet.pdf' }),
    // The matrix's Cabinet meeting has no pack to attach to: the allowed are told so.
    [409],
    councilForum,
    [403],
  ),
  'GET /api/v1/measures/:code/decisions': async (c) => {
    await ensureSeeded(c);
    for (const position of ALL) {
      const unit = c.role.frame[position];
      if (unit === null) continue;
      const answer = await c.ask('GET', `/api/v1/measures/M-${unit}/decisions`);
      if (refusedOutright(c, answer)) return;
      expect(answer.status).toBe(c.role.sees.measure.includes(position) ? 200 : 404);
    }
  },
  'GET /api/v1/objectives/mine': async (c) => {
    const answer = await c.ask('GET', '/api/v1/objectives/mine');
    if (refusedOutright(c, answer)) return;
    // Only the data owner's account is linked to a person (who has no objectives yet).
    expect(answer.status).toBe(c.role.account?.personId ? 200 : 404);
  },
  'GET /api/v1/people/:id/objectives': async (c) => {
    await ensureSeeded(c);
    const answer = await c.ask('GET', `/api/v1/people/${DATA_OWNER_PERSON}/objectives`);
    if (refusedOutright(c, answer)) return;
    // The person, their managers over TEAM-A1a, and the performance function.
    const readers = [
      'administrator',
      'performance-officer',
      'data-owner',
      'director',
      'service-director',
      'head-of-service',
      'team-manager',
    ];
    const expected = readers.includes(c.role.name) ? 200 : 404;
    expect(answer.status, c.role.name).toBe(expected);
    if (expected === 200)
      expect((answer.body.objectives as { id: string }[]).map((o) => o.id)).toContain('IO-DO');
  },
  'POST /api/v1/objectives': change(
    'POST',
    () => '/api/v1/objectives',
    () => ({
      personId: DATA_OWNER_PERSON,
      title: 'Matrix objective',
      parentId: 'TP-TEAM-A1a',
      appraisalDate: '2017-05-15',
    }),
    [201],
    (r) =>
      [
        'administrator',
        'performance-officer',
        'director',
        'service-director',
        'head-of-service',
        'team-manager',
      ].includes(r),
    [403],
  ),
  'POST /api/v1/objectives/:id/progress': change(
    'POST',
    () => '/api/v1/objectives/IO-DO/progress',
    () => ({ percentComplete: 10, note: 'Matrix' }),
    [201],
    (r) =>
      [
        'administrator',
        'performance-officer',
        'data-owner',
        'director',
        'service-director',
        'head-of-service',
        'team-manager',
      ].includes(r),
    [404],
  ),
  'GET /api/v1/complaints': list('/api/v1/complaints', 'complaints', (u) => `C-${u}`),
  'POST /api/v1/complaints': change(
    'POST',
    () => '/api/v1/complaints',
    (u) => ({
      receivedOn: '2017-06-01',
      orgUnitId: u,
      cause: 'delay',
      summary: 'Matrix',
    }),
    [201],
  ),
  'PATCH /api/v1/complaints/:id': change(
    'PATCH',
    (u) => `/api/v1/complaints/C-${u}`,
    () => ({ learning: 'Matrix' }),
    [200],
    (r) => CREATES.has(r),
    [403],
  ),
};
