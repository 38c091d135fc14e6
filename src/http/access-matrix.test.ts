/**
 * The access matrix: every route × every role × the object at the role's own, parent, child and
 * sibling unit → allowed, or refused (401 / 403 / 404) with nothing but the error in the body.
 * A route the server has but this matrix does not list fails the suite, so no new route can
 * arrive without its access being decided and tested.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anAccessCouncil } from '../../test/access-council.js';
import {
  ALL,
  FIGURE_RIGHTS,
  objectId,
  ROLES,
  type Kind,
  type Position,
  type Role,
} from '../../test/access-matrix-roles.js';
import {
  CLIENT_ID,
  CLIENT_SECRET,
  REDIRECT_URI,
  startProvider,
  type TestProvider,
} from '../../test/oidc-provider.js';
import type { AuthSettings } from './auth/settings.js';
import { DIALECTS } from '../../test/store-fixture.js';
import { createApiToken } from '../app/accounts/api-tokens.js';
import { createSchedule, sendScheduleNow } from '../app/schedules/index.js';
import { aValue, TEST_CHANGE } from '../../test/factories.js';
import { findUserByEmail } from '../store/users.js';
import { recordValue } from '../store/values.js';
import { gridHexJson, hexJsonToGeoJson } from '../domain/dashboards/hexjson.js';
import { declaredRoutes } from './auth/access.js';
import { PDRR_ROLE_ROUTES } from '../../test/pdrr-access-matrix.js';
import { CATALOGUE_ROLE_ROUTES } from '../../test/catalogue-access-matrix.js';
import { multipartBody } from '../../test/multipart.js';
import {
  addTestAccount,
  ADMIN_EMAIL,
  send,
  signIn,
  useCouncilServer,
  type Browser,
  type CouncilServer,
  type JsonAnswer,
} from './test-server.js';

interface Context {
  role: Role;
  as: Browser | null;
  council: CouncilServer;
  /** Sends a request as this role. */
  ask(method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, payload?: object): Promise<JsonAnswer>;
}

const FIGURE = '&period=2016/17-Q1&area=E08000031';

interface UnitRoute {
  kinds: Kind[];
  /** `user` routes answer the public 401; `public` routes answer what the public may see. */
  signedInOnly: boolean;
  list: boolean;
  url: (id: string) => string;
  /** The ids a list answer holds, or the id a detail answer is about. */
  found: (body: JsonAnswer['body']) => string[];
}

const ids = (key: string) => (body: JsonAnswer['body']) =>
  ((body[key] ?? []) as { id: string }[]).map((x) => x.id);
const measureKinds: Kind[] = ['measure', 'hr', 'published'];

const UNIT_ROUTES: Record<string, UnitRoute> = {
  'GET /api/v1/org-units': {
    kinds: ['unit'],
    signedInOnly: true,
    list: true,
    url: () => '/api/v1/org-units',
    found: ids('orgUnits'),
  },
  'GET /api/v1/org-units/:id': {
    kinds: ['unit'],
    signedInOnly: true,
    list: false,
    url: (id) => `/api/v1/org-units/${id}`,
    found: (b) => [String(b.id)],
  },
  'GET /api/v1/measures': {
    kinds: measureKinds,
    signedInOnly: false,
    list: true,
    url: () => '/api/v1/measures',
    found: ids('measures'),
  },
  'GET /api/v1/measures/:code': {
    kinds: measureKinds,
    signedInOnly: false,
    list: false,
    url: (id) => `/api/v1/measures/${id}`,
    found: (b) => [String(b.id)],
  },
  'GET /api/v1/values': {
    kinds: measureKinds,
    signedInOnly: false,
    list: false,
    url: (id) => `/api/v1/values?measure=${id}`,
    found: (b) => ((b.values ?? []) as { measureId: string }[]).map((v) => v.measureId),
  },
  'GET /api/v1/values/history': {
    kinds: measureKinds,
    signedInOnly: true,
    list: false,
    url: (id) => `/api/v1/values/history?measure=${id}${FIGURE}`,
    found: (b) => [String(b.measureId)],
  },
  'GET /api/v1/exports/:what': {
    kinds: measureKinds,
    signedInOnly: true,
    list: true,
    url: () => '/api/v1/exports/measures?format=json',
    found: (b) => (b as unknown as { id: string }[]).map((m) => m.id),
  },
  'GET /api/v1/quality': {
    kinds: measureKinds,
    signedInOnly: true,
    list: true,
    url: () => '/api/v1/quality',
    found: (b) => ((b.measures ?? []) as { measureId: string }[]).map((m) => m.measureId),
  },
  'GET /api/v1/due': {
    kinds: measureKinds,
    signedInOnly: true,
    list: true,
    url: () => '/api/v1/due',
    found: (b) =>
      ((b.owners ?? []) as { figures: { measureId: string }[] }[]).flatMap((o) =>
        o.figures.map((f) => f.measureId),
      ),
  },
  'GET /api/v1/status/measures': {
    kinds: measureKinds,
    signedInOnly: false,
    list: true,
    url: () => '/api/v1/status/measures',
    found: (b) => ((b.rows ?? []) as { measure: { id: string } }[]).map((r) => r.measure.id),
  },
  'GET /api/v1/status/measures/:code': {
    kinds: measureKinds,
    signedInOnly: false,
    list: false,
    url: (id) => `/api/v1/status/measures/${id}`,
    found: (b) => [String((b.measure as { id: string }).id)],
  },
  'GET /api/v1/measures/:code/commentary': {
    kinds: measureKinds,
    signedInOnly: true,
    list: false,
    url: (id) => `/api/v1/measures/${id}/commentary`,
    found: (b) => [String(b.measureId)],
  },
  'GET /api/v1/balanced-scorecards/:planId': {
    kinds: ['plan'],
    signedInOnly: true,
    list: false,
    url: (id) => `/api/v1/balanced-scorecards/${id}`,
    found: (b) => [String((b.plan as { id: string }).id)],
  },
  'GET /api/v1/status/thread': {
    kinds: ['plan'],
    signedInOnly: false,
    list: true,
    url: () => '/api/v1/status/thread',
    found: (b) => {
      type Node = { id: string; children: Node[] };
      const all = (nodes: Node[]): string[] => nodes.flatMap((n) => [n.id, ...all(n.children)]);
      return all((b.roots ?? []) as Node[]);
    },
  },
  'GET /api/v1/strategy': {
    kinds: ['plan'],
    signedInOnly: false,
    list: true,
    url: () => '/api/v1/strategy',
    found: ids('strategyItems'),
  },
  'GET /api/v1/strategy/:id': {
    kinds: ['plan'],
    signedInOnly: false,
    list: false,
    url: (id) => `/api/v1/strategy/${id}`,
    found: (b) => [String(b.id)],
  },
};

/** The public site's pages, downloads and API: published measures answer, others are not found. */
function publicSiteRoutes(): Record<string, (c: Context) => Promise<void>> {
  const same =
    (url: string, status = 200) =>
    async (c: Context) =>
      expect((await c.ask('GET', url)).status, url).toBe(status);
  const hidden = (url: (code: string) => string) => async (c: Context) => {
    expect((await c.ask('GET', url('P-COUNCIL'))).status).toBe(200);
    for (const code of ['M-COUNCIL', 'H-COUNCIL', 'M-TEAM-A1a'])
      expect((await c.ask('GET', url(code))).status, url(code)).toBe(404);
  };
  return {
    'GET /': same('/'),
    'GET /plan': same('/plan'),
    'GET /measures': same('/measures'),
    'GET /measures/:code': hidden((code) => `/measures/${code}`),
    'GET /wards': same('/wards'),
    'GET /wards/:code': same('/wards/E05001321'),
    'GET /comparisons': same('/comparisons'),
    'GET /search': same('/search?q=measure'),
    'GET /accessibility': same('/accessibility'),
    'GET /open-data': same('/open-data'),
    'GET /assets/public/:name': same('/assets/public/site.css'),
    // The test council's published measures have no figures, so no chart: an unpublished one is not found either.
    'GET /charts/measures/:code/:chart': same('/charts/measures/M-COUNCIL/trend.svg', 404),
    'GET /*': same('/no-such-page', 404),
    'GET /data/*': hidden((code) => `/data/measures/${code}.csv`),
    'GET /api/public/v1/measures': same('/api/public/v1/measures'),
    'GET /api/public/v1/measures/:code': hidden((code) => `/api/public/v1/measures/${code}`),
    'GET /api/public/v1/measures/:code/figures': hidden((code) => `/api/public/v1/measures/${code}/figures`),
    'GET /api/public/v1/wards': same('/api/public/v1/wards'),
    'GET /api/public/v1/wards/:code': same('/api/public/v1/wards/E05001321'),
    'GET /api/public/v1/plan': same('/api/public/v1/plan'),
    'GET /api/public/v1/comparisons': same('/api/public/v1/comparisons'),
  };
}

/** Routes whose answer depends on who asks but not on a unit. */
const ROLE_ROUTES: Record<string, (c: Context) => Promise<void>> = {
  ...PDRR_ROLE_ROUTES,
  ...CATALOGUE_ROLE_ROUTES,
  // The public site answers everyone alike, as the public: signing in shows nothing more there.
  ...publicSiteRoutes(),
  'GET /healthz': async (c) => expect((await c.ask('GET', '/healthz')).status).toBe(200),
  // The staff app's page is the same for everyone (it signs in through the API); 503 until it is built.
  'GET /app': async (c) => expect((await c.ask('GET', '/app')).status).toBe(301),
  'GET /app/': async (c) => expect([200, 503]).toContain((await c.ask('GET', '/app/')).status),
  'GET /app/*': async (c) => expect([200, 503]).toContain((await c.ask('GET', '/app/scorecard')).status),
  'GET /app/assets/*': async (c) =>
    expect((await c.ask('GET', '/app/assets/no-such-file.js')).status).toBe(404),
  'GET /app/config.json': async (c) => expect((await c.ask('GET', '/app/config.json')).status).toBe(200),
  'GET /api/v1/events': async (c) => expectSignedIn(c, await c.ask('GET', '/api/v1/events?once=true'), 200),
  'GET /api/v1/areas': async (c) => expect((await c.ask('GET', '/api/v1/areas')).status).toBe(200),
  'GET /api/v1/area-groups': async (c) =>
    expect((await c.ask('GET', '/api/v1/area-groups')).status).toBe(200),
  'POST /api/v1/session': async (c) => {
    const answer = await c.ask('POST', '/api/v1/session', {
      email: 'nobody@example.org',
      password: 'wrong password',
    });
    // After many failures from one address the answer becomes "wait" rather than "wrong": both refuse.
    expect([401, 429]).toContain(answer.status);
    expect(Object.keys(answer.body)).toEqual(['error']);
  },
  'GET /api/v1/session': async (c) => expectSignedIn(c, await c.ask('GET', '/api/v1/session'), 200),
  // A body without the new password is refused before any password is checked (no throttling here).
  'PUT /api/v1/session/password': async (c) =>
    expectSignedIn(c, await c.ask('PUT', '/api/v1/session/password', { currentPassword: 'x' }), 400),
  // A report holds only what its reader may see (tested in src/http/reports/reports.test.ts).
  'GET /api/v1/reports': async (c) =>
    expectSignedIn(c, await c.ask('GET', '/api/v1/reports?level=scrutiny&period=2016/17-Q1&format=csv'), 200),
  'DELETE /api/v1/session': async (c) => {
    // Signing out ends the session, so a browser of its own does it.
    const own = c.role.account ? await signIn(c.council.app, emailOf(c.role)) : null;
    const answer = await send(c.council.app, { method: 'DELETE', url: '/api/v1/session', as: own });
    expectSignedIn(c, answer, 204);
  },
  'GET /api/v1/tokens': async (c) => expectSignedIn(c, await c.ask('GET', '/api/v1/tokens'), 200),
  'POST /api/v1/tokens': async (c) =>
    expectSignedIn(c, await c.ask('POST', '/api/v1/tokens', { name: 'matrix', scopes: ['measures'] }), 201),
  'DELETE /api/v1/tokens/:id': async (c) => {
    const store = c.council.database.store;
    const admin = (await findUserByEmail(store.db, ADMIN_EMAIL))!;
    const change = { actor: 'test', at: new Date() };
    const others = await createApiToken(
      store,
      admin,
      { name: 'the administrator’s', scopes: ['values'] },
      change,
    );
    const answer = await c.ask('DELETE', `/api/v1/tokens/${others.token.id}`);
    if (!c.role.account) return void expect(answer.status).toBe(401);
    expect(answer.status).toBe(c.role.account.isAdmin ? 204 : 404);
    if (answer.status === 404) expect(Object.keys(answer.body)).toEqual(['error']);
  },
  'GET /api/v1/sso/login': async (c) => expect((await c.ask('GET', '/api/v1/sso/login')).status).toBe(302),
  'GET /api/v1/sso/callback': async (c) => {
    // Without the cookie its sign-in started with, a callback is refused whoever sends it.
    const answer = await c.ask('GET', '/api/v1/sso/callback?code=abc&state=def');
    expect(answer.status).toBe(400);
    expect(Object.keys(answer.body)).toEqual(['error']);
  },
  'POST /api/v1/values': async (c) => {
    await eachMeasure(c, 2020, async (measure, period, position) => {
      const answer = await c.ask('POST', '/api/v1/values', { measure, period, area: 'E08000031', value: 60 });
      expectFigureRight(c, answer, position, FIGURE_RIGHTS[c.role.name]!.enters, 201);
    });
  },
  // Commentary is written by those who enter the measure's figures.
  'POST /api/v1/measures/:code/commentary': async (c) => {
    await eachMeasure(c, 2060, async (measure, period, position) => {
      const answer = await c.ask('POST', `/api/v1/measures/${measure}/commentary`, {
        period,
        summary: 'Rose for the second quarter',
      });
      expectFigureRight(c, answer, position, FIGURE_RIGHTS[c.role.name]!.enters, 201);
    });
  },
  'POST /api/v1/values/signoff': async (c) => {
    await eachMeasure(c, 2040, async (measure, period, position) => {
      const figure = { measure, period, area: 'E08000031' };
      await recordValue(
        c.council.database.store.db,
        { ...aValue({ measureId: measure, period }) },
        TEST_CHANGE,
      );
      const rights = FIGURE_RIGHTS[c.role.name]!;
      const checked = await c.ask('POST', '/api/v1/values/signoff', { ...figure, step: 'check' });
      expectFigureRight(c, checked, position, rights.checks, 200);
      const approved = await c.ask('POST', '/api/v1/values/signoff', { ...figure, step: 'approve' });
      expectFigureRight(c, approved, position, rights.approves, rights.checks.includes(position) ? 200 : 409);
    });
  },
  'PUT /api/v1/balanced-scorecards/:planId/perspectives': async (c) =>
    expectPerformanceFunction(
      c,
      await c.ask('PUT', '/api/v1/balanced-scorecards/TP-TEAM-A1a/perspectives', {
        perspectives: [{ name: 'Residents and customers', measures: ['M-TEAM-A1a', 'P-TEAM-A1a'] }],
      }),
    ),
  'GET /api/v1/validation-rules': async (c) =>
    expectPerformanceFunction(c, await c.ask('GET', '/api/v1/validation-rules')),
  'PUT /api/v1/validation-rules/:id': async (c) =>
    expectPerformanceFunction(
      c,
      await c.ask('PUT', '/api/v1/validation-rules/VR-MATRIX', {
        name: 'Matrix rule, switched off so that it judges nothing',
        left: '[M-SVC-A1]',
        operator: '<=',
        right: '[M-SVC-A2]',
        importance: 'warning',
        active: false,
      }),
    ),
  'GET /api/v1/validation-rules/measures/:code': async (c) =>
    expectPerformanceFunction(c, await c.ask('GET', '/api/v1/validation-rules/measures/M-SVC-A1')),
  'PUT /api/v1/validation-rules/measures/:code': async (c) =>
    expectPerformanceFunction(
      c,
      await c.ask('PUT', '/api/v1/validation-rules/measures/M-SVC-A1', { jumpShare: 0.5 }),
    ),
  'GET /api/v1/dashboards': async (c) => {
    const answer = await c.ask('GET', '/api/v1/dashboards');
    if (!c.role.account) return void expect(answer.status).toBe(401);
    const listed = ((answer.body.dashboards ?? []) as { id: string }[]).map((d) => d.id);
    await eachUnitDashboard(c, async (id, seen) => expect(listed.includes(id), id).toBe(seen));
  },
  'POST /api/v1/dashboards': async (c) => {
    const answer = await c.ask('POST', '/api/v1/dashboards', { title: `Made by ${c.role.name}` });
    if (!c.role.account) return void expect(answer.status).toBe(401);
    // A blank dashboard belongs to the unit the maker manages; the performance function makes them anywhere.
    const performance = c.role.account.isAdmin || c.role.name === 'performance-officer';
    const expected = performance || DASHBOARD_MANAGERS.has(c.role.name) ? 201 : 403;
    expect(answer.status, `${c.role.name}: ${JSON.stringify(answer.body)}`).toBe(expected);
    if (expected !== 201) expect(Object.keys(answer.body)).toEqual(['error']);
  },
  'GET /api/v1/dashboards/:id': async (c) =>
    eachUnitDashboard(c, async (id, seen) =>
      expectDashboardRead(c, await c.ask('GET', `/api/v1/dashboards/${id}`), seen),
    ),
  'GET /api/v1/dashboards/:id/data': async (c) =>
    eachUnitDashboard(c, async (id, seen) =>
      expectDashboardRead(c, await c.ask('GET', `/api/v1/dashboards/${id}/data?period=2016/17-Q1`), seen),
    ),
  'GET /api/v1/dashboards/:id/history': async (c) =>
    eachUnitDashboard(c, async (id, seen) =>
      expectDashboardRead(c, await c.ask('GET', `/api/v1/dashboards/${id}/history`), seen),
    ),
  'PUT /api/v1/dashboards/:id': async (c) =>
    eachUnitDashboard(c, async (id, seen, position) => {
      const current = await send(c.council.app, { method: 'GET', url: `/api/v1/dashboards/${id}` });
      const { version, cards } = (current.body as { dashboard: { version: number; cards: unknown[] } })
        .dashboard;
      const answer = await c.ask('PUT', `/api/v1/dashboards/${id}`, {
        version,
        title: `Saved by ${c.role.name}`,
        cards,
      });
      if (!c.role.account) return void expect(answer.status).toBe(401);
      const performance = c.role.account.isAdmin || c.role.name === 'performance-officer';
      const manages = DASHBOARD_MANAGERS.has(c.role.name) && (position === 'own' || position === 'child');
      const expected = performance || manages ? 200 : seen ? 403 : 404;
      expect(answer.status, `${c.role.name} saving ${id}: ${JSON.stringify(answer.body)}`).toBe(expected);
      if (expected !== 200) expect(Object.keys(answer.body)).toEqual(['error']);
    }),
  'GET /api/v1/maps/wards': async (c) => expect((await c.ask('GET', '/api/v1/maps/wards')).status).toBe(200),
  'POST /api/v1/maps/wards': async (c) => {
    const wards = hexJsonToGeoJson(gridHexJson([{ code: 'E05001321', name: 'Bilston East' }]));
    expectAdministrator(c, await c.ask('POST', '/api/v1/maps/wards', { geojson: wards }), 200);
  },
  'GET /api/v1/maps/wards/history': async (c) =>
    expectAdministrator(c, await c.ask('GET', '/api/v1/maps/wards/history'), 200),
  'DELETE /api/v1/maps/wards': async (c) =>
    expectAdministrator(c, await c.ask('DELETE', '/api/v1/maps/wards'), 204),
  // Importing: those who enter figures; each row only for a measure they enter (tested in src/http/imports).
  'POST /api/v1/imports': async (c) => {
    const rows = ['measure,period,area_code,value'];
    await eachMeasure(
      c,
      2060,
      async (measure, period) => void rows.push(`${measure},${period},E08000031,61`),
    );
    const answer = await send(c.council.app, {
      method: 'POST',
      url: '/api/v1/imports',
      as: c.as,
      ...multipartBody({}, { name: 'matrix.csv', content: rows.join('\n') }),
    });
    if (!expectImporter(c, answer)) return;
    const refused = new Set((answer.body.problems as { row: number }[]).map((p) => p.row));
    const present = ALL.filter((position) => c.role.frame[position] !== null);
    for (const [i, position] of present.entries()) {
      const allowed = FIGURE_RIGHTS[c.role.name]!.enters.includes(position);
      expect(refused.has(i + 2), `${c.role.name}: a row for the ${position} unit's measure`).toBe(!allowed);
    }
  },
  'GET /api/v1/imports': async (c) => void expectImporter(c, await c.ask('GET', '/api/v1/imports')),
  'GET /api/v1/import-profiles': async (c) =>
    void expectImporter(c, await c.ask('GET', '/api/v1/import-profiles')),
  'GET /api/v1/schedules': async (c) => expectScheduleRight(c, await c.ask('GET', '/api/v1/schedules'), 200),
  'POST /api/v1/schedules': async (c) =>
    expectScheduleRight(c, await c.ask('POST', '/api/v1/schedules', MATRIX_SCHEDULE), 201),
  'GET /api/v1/schedules/:id': async (c) =>
    expectScheduleRight(c, await c.ask('GET', `/api/v1/schedules/${await aMatrixSchedule(c)}`), 200),
  'PUT /api/v1/schedules/:id': async (c) =>
    expectScheduleRight(
      c,
      await c.ask('PUT', `/api/v1/schedules/${await aMatrixSchedule(c)}`, MATRIX_SCHEDULE),
      200,
    ),
  'DELETE /api/v1/schedules/:id': async (c) =>
    expectScheduleRight(c, await c.ask('DELETE', `/api/v1/schedules/${await aMatrixSchedule(c)}`), 204),
  'POST /api/v1/schedules/:id/send-now': async (c) =>
    expectScheduleRight(
      c,
      await c.ask('POST', `/api/v1/schedules/${await aMatrixSchedule(c)}/send-now`),
      202,
    ),
  'GET /api/v1/deliveries': async (c) =>
    expectScheduleRight(c, await c.ask('GET', '/api/v1/deliveries'), 200),
  // A delivery not yet sent has no report kept: the performance function learns so (404), others nothing.
  'GET /api/v1/deliveries/:id/file': async (c) => {
    const schedule = await aMatrixSchedule(c);
    const delivery = await sendScheduleNow(c.council.database.store, schedule, {
      by: 'matrix',
      at: new Date(),
    });
    expectScheduleRight(c, await c.ask('GET', `/api/v1/deliveries/${delivery.id}/file`), 404);
  },
  'GET /api/v1/publication/rules': async (c) => {
    const answer = await c.ask('GET', '/api/v1/publication/rules');
    expect(answer.status).toBe(!c.role.account ? 401 : c.role.account.isAdmin ? 200 : 403);
  },
  'PUT /api/v1/publication/rules/:code': async (c) => {
    const answer = await c.ask('PUT', '/api/v1/publication/rules/P-COUNCIL', { suppressBelow: 5 });
    const expected = !c.role.account ? 401 : c.role.account.isAdmin ? 200 : 403;
    expect(answer.status).toBe(expected);
    if (expected !== 200) expect(Object.keys(answer.body)).toEqual(['error']);
  },
  'GET /api/v1/audit': async (c) => {
    const answer = await c.ask('GET', '/api/v1/audit');
    const expected = !c.role.account ? 401 : c.role.account.isAdmin ? 200 : 403;
    expect(answer.status).toBe(expected);
    if (expected !== 200) expect(Object.keys(answer.body)).toEqual(['error']);
  },
  // Account administration is the administrators' alone; each change is made to an account of its own.
  'GET /api/v1/users': async (c) => expectAdministrator(c, await c.ask('GET', '/api/v1/users'), 200),
  'GET /api/v1/users/:id': async (c) =>
    expectAdministrator(c, await c.ask('GET', `/api/v1/users/${await aMatrixAccount(c)}`), 200),
  'POST /api/v1/users': async (c) => {
    const email = `added-by-${c.role.name}-${(matrixAccounts += 1)}@example.org`;
    expectAdministrator(c, await c.ask('POST', '/api/v1/users', { email, name: 'Added' }), 201);
  },
  'PATCH /api/v1/users/:id': async (c) => {
    const url = `/api/v1/users/${await aMatrixAccount(c)}`;
    expectAdministrator(
      c,
      await send(c.council.app, { method: 'PATCH', url, payload: { name: 'Renamed' }, as: c.as }),
      200,
    );
  },
  'PUT /api/v1/users/:id/grants': async (c) => {
    const url = `/api/v1/users/${await aMatrixAccount(c)}/grants`;
    expectAdministrator(c, await c.ask('PUT', url, { isAdmin: false, grants: [{ role: 'partner' }] }), 200);
  },
  'POST /api/v1/users/:id/password-reset': async (c) =>
    expectAdministrator(
      c,
      await c.ask('POST', `/api/v1/users/${await aMatrixAccount(c)}/password-reset`),
      200,
    ),
  'GET /api/v1/roles': async (c) => expectAdministrator(c, await c.ask('GET', '/api/v1/roles'), 200),
};

/** Runs `check` on the measure (M-) at each of the role's units, each with a period of its own. */
async function eachMeasure(
  c: Context,
  firstYear: number,
  check: (measure: string, period: string, position: Position) => Promise<void>,
): Promise<void> {
  const year = firstYear + ROLES.indexOf(c.role);
  const period = (quarter: number) => `${year}/${String((year + 1) % 100).padStart(2, '0')}-Q${quarter}`;
  for (const [i, position] of ALL.entries()) {
    const unit = c.role.frame[position];
    if (unit !== null) await check(objectId.measure(unit), period(i + 1), position);
  }
}

/** Allowed where the role has the right; else 403 where it sees the measure, 404 where not. */
function expectFigureRight(
  c: Context,
  answer: JsonAnswer,
  position: Position,
  allowedAt: Position[],
  status: number,
): void {
  const where = `${c.role.name} at the ${position} unit`;
  if (!c.role.account) return void expect(answer.status, where).toBe(401);
  const expected = allowedAt.includes(position) ? status : c.role.sees.measure.includes(position) ? 403 : 404;
  expect(answer.status, `${where}: ${JSON.stringify(answer.body)}`).toBe(expected);
  if (expected >= 400) expect(Object.keys(answer.body), where).toEqual(['error']);
}

/** Validation rules are the performance function's: 200 for them, 403 for other accounts. */
function expectPerformanceFunction(c: Context, answer: JsonAnswer): void {
  if (!c.role.account) return void expect(answer.status).toBe(401);
  const performance = c.role.account.isAdmin || c.role.name === 'performance-officer';
  expect(answer.status, JSON.stringify(answer.body)).toBe(performance ? 200 : 403);
  if (!performance) expect(Object.keys(answer.body)).toEqual(['error']);
}

/** Roles that manage their unit and the units below it, and so may change their dashboards. */
const DASHBOARD_MANAGERS = new Set(['director', 'service-director', 'head-of-service', 'team-manager']);

/** Runs `check` on the dashboard of each of the role's units that has one (directorates and services). */
async function eachUnitDashboard(
  c: Context,
  check: (id: string, seen: boolean, position: Position) => Promise<void>,
): Promise<void> {
  for (const position of ALL) {
    const unit = c.role.frame[position];
    if (unit === null || unit.startsWith('TEAM') || unit === 'COUNCIL') continue;
    const id = `${unit.startsWith('DIR') ? 'directorate' : 'service'}-${unit}`;
    await check(id, c.role.sees.unit.includes(position), position);
  }
}

/** A unit's dashboard is seen by those who see the unit: 200, else 404; the public 401. */
function expectDashboardRead(c: Context, answer: JsonAnswer, seen: boolean): void {
  if (!c.role.account) return void expect(answer.status).toBe(401);
  expect(answer.status, JSON.stringify(answer.body)).toBe(seen ? 200 : 404);
  if (!seen) expect(Object.keys(answer.body)).toEqual(['error']);
}

/** Imports are for those who enter some figures: 200 for them, 403 for other accounts; whether it went on. */
function expectImporter(c: Context, answer: JsonAnswer): boolean {
  if (!c.role.account) {
    expect(answer.status).toBe(401);
    return false;
  }
  const enters = FIGURE_RIGHTS[c.role.name]!.enters.length > 0;
  expect(answer.status, `${c.role.name}: ${JSON.stringify(answer.body)}`).toBe(enters ? 200 : 403);
  if (!enters) expect(Object.keys(answer.body)).toEqual(['error']);
  return enters;
}

function expectAdministrator(c: Context, answer: JsonAnswer, status: number): void {
  if (!c.role.account) return void expect(answer.status).toBe(401);
  expect(answer.status, JSON.stringify(answer.body)).toBe(c.role.account.isAdmin ? status : 403);
  if (!c.role.account.isAdmin) expect(Object.keys(answer.body)).toEqual(['error']);
}

let matrixAccounts = 0;

/** A fresh account for one row of the matrix to read or change, so that no row changes another's. */
async function aMatrixAccount(c: Context): Promise<string> {
  const email = `matrix-account-${(matrixAccounts += 1)}@example.org`;
  await addTestAccount(c.council.database.store, { email });
  return (await findUserByEmail(c.council.database.store.db, email))!.id;
}

const MATRIX_SCHEDULE = {
  name: 'Matrix schedule, paused so that it never runs',
  level: 'cabinet',
  format: 'csv',
  period: '2016/17-Q1',
  cron: '0 8 1 1 *',
  recipients: ['matrix@example.org'],
  active: false,
};

async function aMatrixSchedule(c: Context): Promise<string> {
  const change = { by: 'matrix', at: new Date() };
  return (await createSchedule(c.council.database.store, MATRIX_SCHEDULE, change)).id;
}

function expectScheduleRight(c: Context, answer: JsonAnswer, ok: number): void {
  if (!c.role.account) return void expect(answer.status).toBe(401);
  const performance = c.role.account.isAdmin || c.role.name === 'performance-officer';
  expect(answer.status, JSON.stringify(answer.body)).toBe(performance ? ok : 403);
  if (!performance || ok >= 400) expect(Object.keys(answer.body)).toEqual(['error']);
}

function expectSignedIn(c: Context, answer: JsonAnswer, status: number): void {
  if (c.role.account) return void expect(answer.status).toBe(status);
  expect(answer.status).toBe(401);
  expect(Object.keys(answer.body)).toEqual(['error']);
}

const emailOf = (role: Role) => (role.account?.isAdmin ? ADMIN_EMAIL : `${role.name}@example.org`);

/** Fastify's paths use :param; the matrix reads best in the same form. */
const keyOf = (method: string, url: string) => `${method} ${url}`;
const isDocumentation = (url: string) => url === '/api/docs' || url.startsWith('/api/docs/');

describe.each(DIALECTS)('the access matrix on %s', (dialect) => {
  // With single sign-on set up, so that its routes are in the matrix too.
  let provider: TestProvider;
  const auth: Partial<AuthSettings> = {};
  beforeAll(async () => {
    provider = await startProvider();
    auth.oidc = {
      issuer: provider.issuer,
      clientId: CLIENT_ID,
      clientSecret: CLIENT_SECRET,
      redirectUri: REDIRECT_URI,
      allowHttp: true,
    };
  });
  afterAll(() => provider?.stop());
  const council = useCouncilServer(dialect, { council: anAccessCouncil(), auth });
  const browsers = new Map<string, Browser | null>();

  beforeAll(async () => {
    for (const role of ROLES) {
      if (!role.account) {
        browsers.set(role.name, null);
        continue;
      }
      if (role.account.isAdmin) {
        browsers.set(role.name, council.admin);
        continue;
      }
      await addTestAccount(council.database.store, { email: emailOf(role), ...role.account });
      browsers.set(role.name, await signIn(council.app, emailOf(role)));
    }
  });

  const context = (role: Role): Context => {
    const as = browsers.get(role.name) ?? null;
    return {
      role,
      as,
      council,
      ask: (method, url, payload) => send(council.app, { method, url, as, ...(payload ? { payload } : {}) }),
    };
  };

  it('lists every route the server has, and no route it does not', () => {
    const routes = declaredRoutes(council.app)
      .filter((r) => r.method !== 'HEAD' && !isDocumentation(r.url))
      .map((r) => keyOf(r.method, r.url));
    expect([...new Set(routes)].sort()).toEqual(
      [...Object.keys(UNIT_ROUTES), ...Object.keys(ROLE_ROUTES)].sort(),
    );
  });

  it('serves the API documentation to everyone', async () => {
    for (const role of ROLES) expect((await context(role).ask('GET', '/api/docs/json')).status).toBe(200);
  });

  describe.each(Object.entries(UNIT_ROUTES))('%s', (_key, route) => {
    it.each(ROLES.map((r) => [r.name, r] as const))(
      'as %s: own, parent, child and sibling units',
      async (_name, role) => {
        const c = context(role);
        if (route.signedInOnly && !role.account) {
          const answer = await c.ask('GET', route.url(objectId[route.kinds[0]!](role.frame.own!)));
          expect(answer.status).toBe(401);
          expect(Object.keys(answer.body)).toEqual(['error']);
          return;
        }
        for (const kind of route.kinds) {
          for (const position of ALL) {
            const unit = role.frame[position];
            if (unit === null) continue;
            const id = objectId[kind](unit);
            const allowed = role.sees[kind].includes(position);
            const answer = await c.ask('GET', route.url(id));
            const where = `${kind} ${id} at the ${position} unit`;
            if (route.list) {
              expect(answer.status, where).toBe(200);
              expect(route.found(answer.body).includes(id), where).toBe(allowed);
            } else if (allowed) {
              expect(answer.status, where).toBe(200);
              expect(route.found(answer.body), where).toContain(id);
            } else {
              expect(answer.status, where).toBe(404);
              expect(Object.keys(answer.body), where).toEqual(['error']);
            }
          }
        }
      },
    );
  });

  describe.each(Object.entries(ROLE_ROUTES))('%s', (_key, check) => {
    it.each(ROLES.map((r) => [r.name, r] as const))('as %s', async (_name, role) => {
      await check(context(role));
    });
  });

  it('leaves out of figure and strategy exports what the reader may not see', async () => {
    const director = context(ROLES.find((r) => r.name === 'director')!);
    const values = (await director.ask('GET', '/api/v1/exports/values?format=json')).body as unknown as {
      measureId: string;
    }[];
    const measures = new Set(values.map((v) => v.measureId));
    expect([...measures].sort()).toEqual(
      [
        'M-DIR-A',
        'M-SVC-A1',
        'M-SVC-A2',
        'M-TEAM-A1a',
        'M-TEAM-A1b',
        ...['COUNCIL', 'DIR-A', 'DIR-B', 'SVC-A1', 'SVC-A2', 'TEAM-A1a', 'TEAM-A1b'].map((u) => `P-${u}`),
      ].sort(),
    );
    const csv = await council.app.inject({
      method: 'GET',
      url: '/api/v1/exports/strategy',
      headers: { cookie: director.as!.cookie },
    });
    expect(csv.headers['content-type']).toMatch(/text\/csv/);
    expect(csv.body).toMatch(/SP-SVC-A1/);
    expect(csv.body).not.toMatch(/DP-DIR-B/);
    expect(csv.body).not.toMatch(/H-/);
  });

  it('shows the public site the same to everyone: no restricted or unpublished measure, even for an administrator', async () => {
    const admin = context(ROLES.find((r) => r.name === 'administrator')!);
    for (const url of ['/', '/measures', '/plan', '/data/measures.csv', '/api/public/v1/measures']) {
      const page = await council.app.inject({ method: 'GET', url, headers: { cookie: admin.as!.cookie } });
      expect(page.statusCode, url).toBe(200);
      expect(page.body, url).not.toMatch(/Sickness absence in|Local measure of/);
    }
  });
});
