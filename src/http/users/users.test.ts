import { describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/store-fixture.js';
import { createApiToken } from '../../app/accounts/api-tokens.js';
import { auditTrail } from '../../store/audit.js';
import { findUserByEmail } from '../../store/users.js';
import { addTestAccount, ADMIN_EMAIL, send, signIn, useCouncilServer, type Browser } from '../test-server.js';

interface Account {
  id: string;
  email: string;
  name: string;
  isAdmin: boolean;
  disabled: boolean;
  signIn: string;
  lastSignInAt: string | null;
  roles: string[];
  measures: string[];
}

describe.each(DIALECTS)('administering accounts over HTTP on %s', (dialect) => {
  const server = useCouncilServer(dialect);

  async function add(payload: object, as?: Browser) {
    return send(server.app, { method: 'POST', url: '/api/v1/users', payload, ...(as ? { as } : {}) });
  }

  async function added(email: string, extra: object = {}): Promise<{ user: Account; password: string }> {
    const answer = await add({ email, name: `Name of ${email}`, ...extra });
    expect(answer.status, JSON.stringify(answer.body)).toBe(201);
    return { user: answer.body.user as Account, password: String(answer.body.oneTimePassword) };
  }

  const errorOf = (answer: { body: { error?: { message: string } } }) => answer.body.error?.message ?? '';

  it('adds a person with a role at a unit and a one-time password they can sign in with, shown once', async () => {
    const answer = await add({
      email: ' Jo.Bloggs@Example.org ',
      name: 'Jo Bloggs',
      grants: [{ role: 'director', orgUnitId: 'DIR-PLACE' }],
      measures: ['CP-ECO-01'],
    });
    expect(answer.status).toBe(201);
    const user = answer.body.user as Account;
    expect(user).toMatchObject({
      email: 'jo.bloggs@example.org',
      name: 'Jo Bloggs',
      isAdmin: false,
      disabled: false,
      signIn: 'password',
      lastSignInAt: null,
      roles: ['Director at Place'],
      measures: ['CP-ECO-01'],
    });
    const password = String(answer.body.oneTimePassword);
    expect(password).toMatch(/^([a-z2-9]{5}-){3}[a-z2-9]{5}$/);
    const jo = await signIn(server.app, 'jo.bloggs@example.org', password);
    const session = await send(server.app, { method: 'GET', url: '/api/v1/session', as: jo });
    expect(session.body.account).toMatchObject({ roles: [{ role: 'director', orgUnitId: 'DIR-PLACE' }] });
    const read = await send(server.app, { method: 'GET', url: `/api/v1/users/${user.id}` });
    expect((read.body as unknown as Account).lastSignInAt).not.toBeNull();
    expect(JSON.stringify(read.body)).not.toContain(password);
  });

  it('lists accounts with their roles in words, and finds them by any words of their email, name or roles', async () => {
    await added('list.partner@example.org', { grants: [{ role: 'partner' }] });
    const all = await send(server.app, { method: 'GET', url: '/api/v1/users' });
    const users = all.body.users as Account[];
    expect(users.map((u) => u.email)).toContain(ADMIN_EMAIL);
    expect(users.find((u) => u.email === ADMIN_EMAIL)?.roles).toEqual(['Administrator']);
    const found = await send(server.app, { method: 'GET', url: '/api/v1/users?search=PARTNER%20list' });
    expect((found.body.users as Account[]).map((u) => u.email)).toEqual(['list.partner@example.org']);
    const none = await send(server.app, { method: 'GET', url: '/api/v1/users?search=nobody-like-this' });
    expect(none.body.users).toEqual([]);
  });

  it('refuses bad input with 400 naming what was wrong, and adds nothing', async () => {
    const cases: [object, RegExp][] = [
      [{ email: 'not an email', name: 'X' }, /not an email address/],
      [{ email: 'x1@example.org' }, /name: is required/],
      [
        { email: 'x2@example.org', name: 'X', grants: [{ role: 'mayor' }] },
        /must be one of performance-officer/,
      ],
      [
        { email: 'x3@example.org', name: 'X', grants: [{ role: 'director' }] },
        /held at an organisation unit/,
      ],
      [
        { email: 'x4@example.org', name: 'X', grants: [{ role: 'director', orgUnitId: 'DIR-NOWHERE' }] },
        /no organisation unit with id "DIR-NOWHERE"/,
      ],
      [{ email: 'x5@example.org', name: 'X', measures: ['NO-SUCH'] }, /no measure with code "NO-SUCH"/],
      [
        { email: 'x6@example.org', name: 'X', admin: true },
        /^admin: is not part of a new account; expected email, name, isAdmin/,
      ],
      [{ email: 'x7@example.org', name: 'X', ssoSubject: 'abc' }, /Single sign-on is not set up/],
    ];
    for (const [payload, message] of cases) {
      const answer = await add(payload);
      expect(answer.status, JSON.stringify(payload)).toBe(400);
      expect(errorOf(answer)).toMatch(message);
    }
    const users = (await send(server.app, { method: 'GET', url: '/api/v1/users?search=x' })).body
      .users as Account[];
    expect(users.filter((u) => /^x\d@/.test(u.email))).toEqual([]);
  });

  it('refuses a second account for the same email with 409', async () => {
    await added('twice@example.org');
    const again = await add({ email: 'TWICE@example.org', name: 'Again' });
    expect(again.status).toBe(409);
    expect(errorOf(again)).toMatch(/already an account for twice@example.org/);
  });

  it('answers 404 for an account that does not exist, whatever is asked of it', async () => {
    const url = '/api/v1/users/U-nobody';
    const asks = [
      { method: 'GET' as const, url },
      { method: 'PATCH' as const, url, payload: { name: 'X' } },
      { method: 'PUT' as const, url: `${url}/grants`, payload: { isAdmin: false, grants: [] } },
      { method: 'POST' as const, url: `${url}/password-reset` },
    ];
    for (const ask of asks) {
      const answer = await send(server.app, ask);
      expect(answer.status, ask.method).toBe(404);
      expect(errorOf(answer)).toMatch(/no account with id "U-nobody"/);
    }
  });

  it('is for administrators only: others are refused with 403, API tokens too, and the public with 401', async () => {
    const { user } = await added('someone@example.org', { grants: [{ role: 'performance-officer' }] });
    await addTestAccount(server.database.store, {
      email: 'officer@example.org',
      grants: [{ role: 'performance-officer', orgUnitId: null }],
    });
    const officer = await signIn(server.app, 'officer@example.org');
    const admin = (await findUserByEmail(server.database.store.db, ADMIN_EMAIL))!;
    const token = await createApiToken(
      server.database.store,
      admin,
      { name: 'admin token', scopes: ['audit'] },
      {
        actor: 'test',
        at: new Date(),
      },
    );
    const asks = [
      { method: 'GET' as const, url: '/api/v1/users' },
      { method: 'GET' as const, url: `/api/v1/users/${user.id}` },
      { method: 'GET' as const, url: '/api/v1/roles' },
      { method: 'POST' as const, url: '/api/v1/users', payload: { email: 'z@example.org', name: 'Z' } },
      { method: 'PATCH' as const, url: `/api/v1/users/${user.id}`, payload: { disabled: true } },
      {
        method: 'PUT' as const,
        url: `/api/v1/users/${user.id}/grants`,
        payload: { isAdmin: true, grants: [] },
      },
      { method: 'POST' as const, url: `/api/v1/users/${user.id}/password-reset` },
    ];
    for (const ask of asks) {
      const refused = await send(server.app, { ...ask, as: officer });
      expect(refused.status, `${ask.method} ${ask.url}`).toBe(403);
      expect(errorOf(refused)).toMatch(/Only administrators/);
      const byToken = await send(server.app, {
        ...ask,
        as: null,
        headers: { authorization: `Bearer ${token.secret}` },
      });
      expect(byToken.status, `token ${ask.method} ${ask.url}`).toBe(403);
      expect((await send(server.app, { ...ask, as: null })).status).toBe(401);
    }
    const unchanged = await send(server.app, { method: 'GET', url: `/api/v1/users/${user.id}` });
    expect(unchanged.body).toMatchObject({ disabled: false, isAdmin: false });
  });

  it('changes a name and email, and records the change', async () => {
    const { user } = await added('renamed@example.org');
    const changed = await send(server.app, {
      method: 'PATCH',
      url: `/api/v1/users/${user.id}`,
      payload: { name: 'Renamed Person', email: 'Renamed.Person@example.org' },
    });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ name: 'Renamed Person', email: 'renamed.person@example.org' });
    const empty = await send(server.app, { method: 'PATCH', url: `/api/v1/users/${user.id}`, payload: {} });
    expect(empty.status).toBe(400);
    expect(errorOf(empty)).toMatch(/must change at least one of name, email, disabled/);
    const blank = await send(server.app, {
      method: 'PATCH',
      url: `/api/v1/users/${user.id}`,
      payload: { name: '  ' },
    });
    expect(blank.status).toBe(400);
    expect(errorOf(blank)).toMatch(/name: must not be blank/);
    const trail = await auditTrail(server.database.store.db, { action: 'user-changed', limit: 100 });
    expect(trail.at(-1)).toMatchObject({
      actor: ADMIN_EMAIL,
      before: { email: 'renamed@example.org' },
      after: { email: 'renamed.person@example.org', name: 'Renamed Person' },
    });
  });

  it('disabling ends the person’s sessions and API tokens and refuses their sign-in; enabling lets them back', async () => {
    const { user, password } = await added('leaver@example.org', { grants: [{ role: 'cabinet-member' }] });
    const leaver = await signIn(server.app, 'leaver@example.org', password);
    const stored = (await findUserByEmail(server.database.store.db, 'leaver@example.org'))!;
    const token = await createApiToken(
      server.database.store,
      stored,
      { name: 'BI', scopes: ['measures'] },
      {
        actor: 'test',
        at: new Date(),
      },
    );
    const bearer = { authorization: `Bearer ${token.secret}` };
    expect(
      (await send(server.app, { method: 'GET', url: '/api/v1/measures', as: null, headers: bearer })).status,
    ).toBe(200);

    const disabled = await send(server.app, {
      method: 'PATCH',
      url: `/api/v1/users/${user.id}`,
      payload: { disabled: true },
    });
    expect(disabled.status).toBe(200);
    expect(disabled.body.disabled).toBe(true);
    expect((await send(server.app, { method: 'GET', url: '/api/v1/session', as: leaver })).status).toBe(401);
    expect(
      (await send(server.app, { method: 'GET', url: '/api/v1/measures', as: null, headers: bearer })).status,
    ).toBe(401);
    await expect(signIn(server.app, 'leaver@example.org', password)).rejects.toThrow(
      /sign-in as leaver@example.org failed/,
    );

    const enabled = await send(server.app, {
      method: 'PATCH',
      url: `/api/v1/users/${user.id}`,
      payload: { disabled: false },
    });
    expect(enabled.body.disabled).toBe(false);
    await signIn(server.app, 'leaver@example.org', password);
    // A token revoked on disabling stays revoked: enabling an account does not bring old secrets back.
    expect(
      (await send(server.app, { method: 'GET', url: '/api/v1/measures', as: null, headers: bearer })).status,
    ).toBe(401);
    const trail = await auditTrail(server.database.store.db, { limit: 1000 });
    const about = trail.filter((e) => e.objectId === 'leaver@example.org').map((e) => e.action);
    expect(about).toEqual(expect.arrayContaining(['user-added', 'user-disabled', 'user-enabled']));
    expect(
      trail.find((e) => e.action === 'user-disabled' && e.objectId === 'leaver@example.org')?.after,
    ).toEqual({
      disabled: true,
      sessionsEnded: 1,
      tokensRevoked: 1,
    });
  });

  it('replaces every role and named measure at once, or changes nothing when one is wrong', async () => {
    const { user, password } = await added('mover@example.org', {
      grants: [{ role: 'employee', orgUnitId: 'DIR-PLACE' }],
    });
    const mover = await signIn(server.app, 'mover@example.org', password);
    const url = `/api/v1/users/${user.id}/grants`;
    const replaced = await send(server.app, {
      method: 'PUT',
      url,
      payload: {
        isAdmin: false,
        grants: [
          { role: 'head-of-service', orgUnitId: 'DIR-PLACE' },
          { role: 'scrutiny-member', orgUnitId: null },
        ],
        measures: ['CP-ECO-01'],
      },
    });
    expect(replaced.status).toBe(200);
    // The change holds from the person's next request, without signing in again.
    const session = await send(server.app, { method: 'GET', url: '/api/v1/session', as: mover });
    expect(session.body.account).toMatchObject({
      roles: [
        { role: 'head-of-service', orgUnitId: 'DIR-PLACE' },
        { role: 'scrutiny-member', orgUnitId: null },
      ],
    });
    expect(replaced.body).toMatchObject({
      roles: ['Head of service at Place', 'Scrutiny member'],
      measures: ['CP-ECO-01'],
    });
    const wrong = await send(server.app, {
      method: 'PUT',
      url,
      payload: {
        isAdmin: true,
        grants: [{ role: 'director', orgUnitId: 'DIR-PLACE' }, { role: 'team-manager' }],
      },
    });
    expect(wrong.status).toBe(400);
    expect(errorOf(wrong)).toMatch(/Role 2: a team-manager is held at an organisation unit/);
    const twice = await send(server.app, {
      method: 'PUT',
      url,
      payload: { isAdmin: false, grants: [{ role: 'partner' }, { role: 'partner', orgUnitId: null }] },
    });
    expect(errorOf(twice)).toMatch(/The role partner is listed twice/);
    const after = await send(server.app, { method: 'GET', url: `/api/v1/users/${user.id}` });
    expect(after.body).toMatchObject({
      isAdmin: false,
      roles: ['Head of service at Place', 'Scrutiny member'],
    });
    const trail = await auditTrail(server.database.store.db, { action: 'role-changed', limit: 1000 });
    expect(trail.filter((e) => e.objectId === 'mover@example.org').at(-1)).toMatchObject({
      before: { isAdmin: false, grants: [{ role: 'employee', orgUnitId: 'DIR-PLACE' }], measures: [] },
      after: { isAdmin: false, measures: ['CP-ECO-01'] },
    });
  });

  it('refuses to leave the council with no administrator, in words, and allows it once there is another', async () => {
    const me = (await send(server.app, { method: 'GET', url: '/api/v1/session' })).body.account as {
      id: string;
    };
    const others = (await send(server.app, { method: 'GET', url: '/api/v1/users' })).body.users as Account[];
    expect(others.filter((u) => u.isAdmin && !u.disabled).map((u) => u.email)).toEqual([ADMIN_EMAIL]);
    const disable = await send(server.app, {
      method: 'PATCH',
      url: `/api/v1/users/${me.id}`,
      payload: { disabled: true },
    });
    expect(disable.status).toBe(409);
    expect(errorOf(disable)).toMatch(/the only administrator left.*make someone else an administrator first/);
    const demote = await send(server.app, {
      method: 'PUT',
      url: `/api/v1/users/${me.id}/grants`,
      payload: { isAdmin: false, grants: [{ role: 'performance-officer' }] },
    });
    expect(demote.status).toBe(409);
    expect((await send(server.app, { method: 'GET', url: '/api/v1/session' })).status).toBe(200);

    const { user: deputy } = await added('deputy.admin@example.org', { isAdmin: true });
    expect(deputy.roles).toEqual(['Administrator']);
    const stepDown = await send(server.app, {
      method: 'PUT',
      url: `/api/v1/users/${deputy.id}/grants`,
      payload: { isAdmin: false, grants: [] },
    });
    expect(stepDown.status).toBe(200);
    expect(stepDown.body.isAdmin).toBe(false);
  });

  it('resets a password: a new one-time password works, the old one and the old sessions do not', async () => {
    const { user, password } = await added('forgetful@example.org');
    const before = await signIn(server.app, 'forgetful@example.org', password);
    const reset = await send(server.app, { method: 'POST', url: `/api/v1/users/${user.id}/password-reset` });
    expect(reset.status).toBe(200);
    const fresh = String(reset.body.oneTimePassword);
    expect(fresh).not.toBe(password);
    expect((await send(server.app, { method: 'GET', url: '/api/v1/session', as: before })).status).toBe(401);
    await expect(signIn(server.app, 'forgetful@example.org', password)).rejects.toThrow(/failed/);
    await signIn(server.app, 'forgetful@example.org', fresh);
    const trail = await auditTrail(server.database.store.db, { action: 'password-reset', limit: 100 });
    expect(trail.at(-1)).toMatchObject({ actor: ADMIN_EMAIL, objectId: 'forgetful@example.org' });
    expect(JSON.stringify(trail)).not.toContain(fresh);
  });

  it('describes every role in words, the administrator first', async () => {
    const answer = await send(server.app, { method: 'GET', url: '/api/v1/roles' });
    expect(answer.status).toBe(200);
    const roles = answer.body.roles as {
      role: string;
      name: string;
      heldAtUnit: boolean;
      sees: string[];
      may: string[];
    }[];
    expect(roles[0]).toMatchObject({ role: 'administrator', name: 'Administrator' });
    expect(roles.find((r) => r.role === 'director')).toMatchObject({ name: 'Director', heldAtUnit: true });
    expect(roles.find((r) => r.role === 'partner')?.sees).toContain('Only the measures named to them');
    for (const r of roles) expect(r.sees.length * r.may.length, r.role).toBeGreaterThan(0);
  });
});
