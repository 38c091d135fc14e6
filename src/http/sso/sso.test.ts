/**
 * Single sign-on end to end against a real OpenID provider on 127.0.0.1: the happy path, and each
 * way a response can be wrong — tampered state, wrong nonce, wrong audience, wrong issuer, an
 * expired token, a token signed by someone else, and a replayed code.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  authorizeAt,
  CLIENT_ID,
  CLIENT_SECRET,
  REDIRECT_URI,
  startProvider,
  type Claims,
  type TestProvider,
} from '../../../test/oidc-provider.js';
import { DIALECTS } from '../../../test/store-fixture.js';
import { addAccount, disableAccount } from '../../app/accounts/users.js';
import { auditTrail } from '../../store/audit.js';
import type { AuthSettings } from '../auth/settings.js';
import { cookiesFrom, getJson, useCouncilServer } from '../test-server.js';

describe.each(DIALECTS)('single sign-on on %s', (dialect) => {
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
  const server = useCouncilServer(dialect, { auth });

  beforeAll(async () => {
    const change = { actor: 'test', at: new Date() };
    await addAccount(
      server.database.store,
      { email: 'alex@example.org', sso: { issuer: provider.issuer, subject: 'sub-alex' } },
      change,
    );
    await addAccount(
      server.database.store,
      { email: 'gone@example.org', sso: { issuer: provider.issuer, subject: 'sub-gone' } },
      change,
    );
    await disableAccount(server.database.store, 'gone@example.org', change);
  });

  /** Starts at our login route, plays the browser at the provider, and returns the callback to send. */
  async function throughProvider(subject: string) {
    const start = await server.app.inject({ method: 'GET', url: '/api/v1/sso/login' });
    expect(start.statusCode).toBe(302);
    const location = String(start.headers.location);
    expect(location.startsWith(`${provider.issuer}/`)).toBe(true);
    const callback = await authorizeAt(location, subject);
    return { callback, cookie: cookiesFrom(start.headers['set-cookie']), location: new URL(location) };
  }

  const arrive = (callback: URL, cookie: string) =>
    server.app.inject({ method: 'GET', url: `${callback.pathname}${callback.search}`, headers: { cookie } });

  async function signInWith(tamper: ((c: Claims) => Claims) | null) {
    const { callback, cookie } = await throughProvider('sub-alex');
    provider.tamper = tamper;
    try {
      return await arrive(callback, cookie);
    } finally {
      provider.tamper = null;
    }
  }

  it('asks the provider for a code with PKCE (S256), state and nonce', async () => {
    const start = await server.app.inject({ method: 'GET', url: '/api/v1/sso/login' });
    const url = new URL(String(start.headers.location));
    expect(url.searchParams.get('response_type')).toBe('code');
    expect(url.searchParams.get('code_challenge_method')).toBe('S256');
    for (const p of ['code_challenge', 'state', 'nonce'])
      expect(url.searchParams.get(p)?.length).toBeGreaterThanOrEqual(43);
    expect(url.searchParams.get('redirect_uri')).toBe(REDIRECT_URI);
    expect(String(start.headers['set-cookie'])).toMatch(/gt_sso=.*HttpOnly/);
  });

  it('signs in the account linked to the provider’s subject, with a new session', async () => {
    const { callback, cookie } = await throughProvider('sub-alex');
    const answer = await arrive(callback, cookie);
    expect(answer.statusCode).toBe(303);
    expect(answer.headers.location).toBe('/app/');
    const browser = cookiesFrom(answer.headers['set-cookie'], cookie);
    expect(browser).toMatch(/gt_session=/);
    expect(browser).not.toMatch(/gt_sso=/);
    const me = await getJson(server.app, '/api/v1/session', {
      email: 'alex@example.org',
      cookie: browser,
      csrfToken: '',
    });
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ account: { email: 'alex@example.org' } });
    const trail = await auditTrail(server.database.store.db, { action: 'sign-in', limit: 100 });
    expect(trail.at(-1)).toMatchObject({ actor: 'alex@example.org', after: { method: 'sso' } });
  });

  it('refuses a subject no account is linked to, and a disabled account', async () => {
    for (const subject of ['sub-stranger', 'sub-gone']) {
      const { callback, cookie } = await throughProvider(subject);
      const answer = await arrive(callback, cookie);
      expect(answer.statusCode, subject).toBe(403);
      expect(String(answer.headers['set-cookie'] ?? '')).not.toMatch(/gt_session=[^;]/);
    }
  });

  it('refuses a tampered state', async () => {
    const { callback, cookie } = await throughProvider('sub-alex');
    callback.searchParams.set('state', 'forged-state-value-forged-state-value-1234');
    const answer = await arrive(callback, cookie);
    expect(answer.statusCode).toBe(401);
    expect(String(answer.headers['set-cookie'] ?? '')).not.toMatch(/gt_session=[^;]/);
  });

  it('refuses a callback without the cookie its sign-in started with', async () => {
    const { callback } = await throughProvider('sub-alex');
    expect((await arrive(callback, '')).statusCode).toBe(400);
  });

  it.each([
    ['a wrong nonce', (c: Claims) => ({ ...c, nonce: 'another-nonce' })],
    ['a wrong audience', (c: Claims) => ({ ...c, aud: 'someone-else' })],
    ['an extra audience', (c: Claims) => ({ ...c, aud: [CLIENT_ID, 'someone-else'], azp: CLIENT_ID })],
    ['a wrong issuer', (c: Claims) => ({ ...c, iss: `${String(c.iss)}/other` })],
    ['an expired token', (c: Claims) => ({ ...c, iat: Number(c.iat) - 7200, exp: Number(c.iat) - 3600 })],
  ])('refuses an ID token with %s', async (_what, tamper) => {
    const answer = await signInWith(tamper);
    expect(answer.statusCode).toBe(401);
    expect(answer.json().error.message).toMatch(/Single sign-on could not be completed/);
    expect(String(answer.headers['set-cookie'] ?? '')).not.toMatch(/gt_session=[^;]/);
  });

  it('refuses an ID token signed with a key that is not the provider’s', async () => {
    provider.strangerSigns = true;
    try {
      expect((await signInWith((c) => c)).statusCode).toBe(401);
    } finally {
      provider.strangerSigns = false;
    }
  });

  it('refuses a replayed code', async () => {
    const { callback, cookie } = await throughProvider('sub-alex');
    expect((await arrive(callback, cookie)).statusCode).toBe(303);
    const replay = await arrive(callback, cookie);
    expect(replay.statusCode).toBe(401);
    expect(String(replay.headers['set-cookie'] ?? '')).not.toMatch(/gt_session=[^;]/);
  });

  it('records refused single sign-ons in the audit trail', async () => {
    const failed = await auditTrail(server.database.store.db, { action: 'sign-in-failed', limit: 500 });
    expect(failed.some((e) => (e.after as { method?: string }).method === 'sso')).toBe(true);
  });
});
