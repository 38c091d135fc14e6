import { beforeEach, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/store-fixture.js';
import { disableAccount, linkAccountToSso, setAccountPassword } from '../../app/accounts/users.js';
import { TEST_COST } from '../../app/accounts/passwords.js';
import { MAX_DELAY_SECONDS } from '../../domain/access/throttle.js';
import { auditTrail } from '../../store/audit.js';
import {
  addTestAccount,
  cookiesFrom,
  getJson,
  send,
  signIn,
  TEST_PASSWORD,
  useCouncilServer,
  type Browser,
} from '../test-server.js';

/** A clock the tests move by hand, so timeouts pass without waiting. */
function testClock() {
  let now = Date.parse('2026-06-01T09:00:00Z');
  return { clock: () => new Date(now), advance: (seconds: number) => (now += seconds * 1000) };
}

const signInRequest = (email: string, password: string, headers: Record<string, string> = {}) => ({
  method: 'POST' as const,
  url: '/api/v1/session',
  payload: { email, password },
  headers,
  as: null,
});

describe.each(DIALECTS)('sessions on %s', (dialect) => {
  const time = testClock();
  const server = useCouncilServer(dialect, { auth: { clock: time.clock } });
  let n = 0;
  /** A fresh account for each test, so throttling and sessions do not leak between them. */
  async function anAccount(): Promise<string> {
    n += 1;
    const email = `officer${n}@example.org`;
    await addTestAccount(server.database.store, {
      email,
      grants: [{ role: 'director', orgUnitId: 'DIR-PLACE' }],
    });
    return email;
  }

  it('signs in with the right password, setting an httpOnly, SameSite=Lax session cookie', async () => {
    const email = await anAccount();
    const answer = await send(server.app, signInRequest(email, TEST_PASSWORD));
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ account: { email, isAdmin: false, roles: [{ role: 'director' }] } });
    const session = [answer.headers['set-cookie']].flat().find((c) => String(c).startsWith('gt_session='));
    expect(session).toMatch(/HttpOnly/);
    expect(session).toMatch(/SameSite=Lax/);
    expect(session).not.toMatch(/Secure/);
    expect(session).not.toMatch(/Domain=/);
  });

  it('changes your own password: checks the current one, ends your other sessions, keeps this browser signed in', async () => {
    const email = await anAccount();
    const here = await signIn(server.app, email);
    const elsewhere = await signIn(server.app, email);
    const change = (payload: object, as: Browser = here) =>
      send(server.app, { method: 'PUT', url: '/api/v1/session/password', payload, as });

    const wrong = await change({ currentPassword: 'not my password', newPassword: 'a long new pass phrase' });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error!.message).toBe('currentPassword: is not your current password');
    const short = await change({ currentPassword: TEST_PASSWORD, newPassword: 'short' });
    expect(short.status).toBe(400);
    expect(short.body.error!.message).toMatch(
      /^newPassword: The password must be at least 12 characters long/,
    );
    const same = await change({ currentPassword: TEST_PASSWORD, newPassword: TEST_PASSWORD });
    expect(same.body.error!.message).toBe('newPassword: must differ from your current password');
    expect((await getJson(server.app, '/api/v1/session', elsewhere)).status).toBe(200);

    const done = await change({ currentPassword: TEST_PASSWORD, newPassword: 'a long new pass phrase' });
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({ account: { email } });
    const renewed: Browser = {
      email,
      cookie: cookiesFrom(done.headers['set-cookie'] as string | string[] | undefined),
      csrfToken: String(done.body.csrfToken),
    };
    expect((await getJson(server.app, '/api/v1/session', renewed)).status).toBe(200);
    expect((await getJson(server.app, '/api/v1/session', here)).status).toBe(401);
    expect((await getJson(server.app, '/api/v1/session', elsewhere)).status).toBe(401);
    expect((await send(server.app, signInRequest(email, TEST_PASSWORD))).status).toBe(401);
    expect((await send(server.app, signInRequest(email, 'a long new pass phrase'))).status).toBe(200);
    const changes = await auditTrail(server.database.store.db, { action: 'password-changed', limit: 100 });
    expect(changes.some((e) => e.objectId === email && e.actor === email)).toBe(true);
  });

  it('answers a wrong password and an unknown email alike, with 401', async () => {
    const email = await anAccount();
    const wrong = await send(server.app, signInRequest(email, 'not the password at all'));
    const unknown = await send(server.app, signInRequest('nobody@example.org', TEST_PASSWORD));
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body).toEqual(unknown.body);
    expect(wrong.headers['set-cookie']).toBeUndefined();
  });

  it('says who is signed in, and answers 401 to no one', async () => {
    const email = await anAccount();
    const browser = await signIn(server.app, email);
    expect((await getJson(server.app, '/api/v1/session', browser)).body).toMatchObject({
      account: { email },
      csrfToken: browser.csrfToken,
    });
    const anonymous = await getJson(server.app, '/api/v1/session', null);
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.error?.code).toBe('unauthenticated');
  });

  it('refuses a session cookie replayed after signing out', async () => {
    const browser = await signIn(server.app, await anAccount());
    const out = await send(server.app, { method: 'DELETE', url: '/api/v1/session', as: browser });
    expect(out.status).toBe(204);
    const replayed = await getJson(server.app, '/api/v1/org-units', browser);
    expect(replayed.status).toBe(401);
    expect(replayed.body.error?.message).toMatch(/session has ended/);
    expect(JSON.stringify(replayed.body)).not.toMatch(/DIR-PLACE/);
  });

  it('refuses to sign out without the CSRF token, and with a forged one', async () => {
    const browser = await signIn(server.app, await anAccount());
    for (const csrfToken of ['', 'forged-token', `${browser.csrfToken}x`]) {
      const answer = await send(server.app, {
        method: 'DELETE',
        url: '/api/v1/session',
        as: { ...browser, csrfToken },
      });
      expect(answer.status).toBe(403);
      expect(answer.body.error?.message).toMatch(/X-CSRF-Token/);
    }
    expect((await getJson(server.app, '/api/v1/session', browser)).status).toBe(200);
  });

  it('refuses a sign-in posted from another site', async () => {
    const email = await anAccount();
    const fromElsewhere = await send(
      server.app,
      signInRequest(email, TEST_PASSWORD, { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' }),
    );
    expect(fromElsewhere.status).toBe(403);
  });

  it('gives a new session id at sign-in and ends the one the browser had', async () => {
    const email = await anAccount();
    const first = await signIn(server.app, email);
    const again = await send(server.app, {
      ...signInRequest(email, TEST_PASSWORD),
      headers: { cookie: first.cookie },
    });
    const second: Browser = {
      email,
      cookie: cookiesFrom(again.headers['set-cookie'] as string[], first.cookie),
      csrfToken: String(again.body.csrfToken),
    };
    expect(second.cookie).not.toEqual(first.cookie);
    expect((await getJson(server.app, '/api/v1/session', first)).status).toBe(401);
    expect((await getJson(server.app, '/api/v1/session', second)).status).toBe(200);
  });

  it('ends a session left idle too long, and any session at its absolute limit', async () => {
    const idle = await signIn(server.app, await anAccount());
    time.advance(29 * 60);
    expect((await getJson(server.app, '/api/v1/session', idle)).status).toBe(200);
    time.advance(31 * 60);
    expect((await getJson(server.app, '/api/v1/session', idle)).status).toBe(401);

    const busy = await signIn(server.app, await anAccount());
    let minutes = 0;
    while (minutes < 12 * 60) {
      expect((await getJson(server.app, '/api/v1/session', busy)).status, `${minutes} minutes in`).toBe(200);
      time.advance(25 * 60);
      minutes += 25;
    }
    expect((await getJson(server.app, '/api/v1/session', busy)).status).toBe(401);
  });

  it('ends every session of an account that is disabled, or whose password changes', async () => {
    const store = server.database.store;
    const change = { actor: 'test', at: time.clock() };
    const a = await anAccount();
    const browser = await signIn(server.app, a);
    await disableAccount(store, a, change);
    expect((await getJson(server.app, '/api/v1/session', browser)).status).toBe(401);
    expect((await send(server.app, signInRequest(a, TEST_PASSWORD))).status).toBe(401);

    const b = await anAccount();
    const before = await signIn(server.app, b);
    await setAccountPassword(store, b, 'a brand new passphrase', change, TEST_COST);
    expect((await getJson(server.app, '/api/v1/session', before)).status).toBe(401);
    expect((await send(server.app, signInRequest(b, TEST_PASSWORD))).status).toBe(401);
    expect((await send(server.app, signInRequest(b, 'a brand new passphrase'))).status).toBe(200);
  });

  it('does not let a single sign-on account sign in or reset with a local password', async () => {
    const store = server.database.store;
    const email = await anAccount();
    await linkAccountToSso(
      store,
      email,
      { issuer: 'https://login.example', subject: 's-1' },
      { actor: 'test', at: time.clock() },
    );
    expect((await send(server.app, signInRequest(email, TEST_PASSWORD))).status).toBe(401);
    await expect(
      setAccountPassword(
        store,
        email,
        'another long passphrase',
        { actor: 'test', at: time.clock() },
        TEST_COST,
      ),
    ).rejects.toThrow(/single sign-on/);
  });

  it('records sign-ins and failed sign-ins in the audit trail with the address', async () => {
    const email = await anAccount();
    await send(server.app, signInRequest(email, 'wrong password here'));
    await signIn(server.app, email);
    const trail = await auditTrail(server.database.store.db, { limit: 1000 });
    const mine = trail.filter((e) => e.objectId === email && e.action.startsWith('sign-in'));
    expect(mine.map((e) => e.action)).toEqual(['sign-in-failed', 'sign-in']);
    expect(mine[1]).toMatchObject({ actor: email, ip: '127.0.0.1' });
  });
});

describe.each(DIALECTS)('sign-in throttling on %s', (dialect) => {
  const time = testClock();
  const server = useCouncilServer(dialect, { auth: { clock: time.clock } });
  let n = 0;
  async function anAccount(): Promise<string> {
    n += 1;
    const email = `target${n}@example.org`;
    await addTestAccount(server.database.store, { email });
    return email;
  }
  // Each test starts after a quiet day, when every failure before it is forgotten.
  beforeEach(() => void time.advance(24 * 60 * 60));

  it('lets none of 100 wrong passwords in, and the real user back in within the documented time', async () => {
    const email = await anAccount();
    const statuses = new Set<number>();
    for (let i = 0; i < 100; i += 1) {
      const attempt = await send(
        server.app,
        signInRequest(email, `guess number ${i} of many`, { 'x-forwarded-for': `10.0.0.${i}` }),
      );
      statuses.add(attempt.status);
      expect(attempt.headers['set-cookie']).toBeUndefined();
      time.advance(1);
    }
    expect([...statuses].sort()).toEqual([401, 429]);
    const now = await send(server.app, signInRequest(email, TEST_PASSWORD));
    expect(now.status).toBe(429);
    expect(Number(now.headers['retry-after'])).toBeLessThanOrEqual(MAX_DELAY_SECONDS);
    time.advance(MAX_DELAY_SECONDS);
    expect((await send(server.app, signInRequest(email, TEST_PASSWORD))).status).toBe(200);
    const failed = await auditTrail(server.database.store.db, { action: 'sign-in-failed', limit: 500 });
    expect(failed.filter((e) => e.actor === email)).toHaveLength(101);
  });

  it('checks no more guesses than allowed when they arrive all at once', async () => {
    const email = await anAccount();
    const attempts = await Promise.all(
      Array.from({ length: 30 }, (_, i) => send(server.app, signInRequest(email, `parallel guess ${i}`))),
    );
    const checked = attempts.filter((a) => a.status === 401).length;
    expect(checked).toBeGreaterThan(0);
    // Five free failures and the sixth that starts the wait; every other guess is refused unchecked.
    expect(checked).toBeLessThanOrEqual(6);
    expect(attempts.every((a) => a.status === 401 || a.status === 429)).toBe(true);
  });

  it('throttles by address too, and a forged X-Forwarded-For does not dodge it', async () => {
    const emails = await Promise.all(Array.from({ length: 25 }, () => anAccount()));
    time.advance(MAX_DELAY_SECONDS);
    const statuses: number[] = [];
    for (const [i, email] of emails.entries()) {
      const attempt = await send(
        server.app,
        signInRequest(email, 'not the password', { 'x-forwarded-for': `203.0.113.${i}` }),
      );
      statuses.push(attempt.status);
    }
    expect(statuses.slice(0, 20).every((s) => s === 401)).toBe(true);
    expect(statuses.slice(21)).toContain(429);
    time.advance(MAX_DELAY_SECONDS);
  });
});

describe.each(DIALECTS)('sessions behind a trusted proxy on %s', (dialect) => {
  const time = testClock();
  const server = useCouncilServer(dialect, { trustProxy: '127.0.0.1', auth: { clock: time.clock } });
  let n = 0;
  async function anAccount(): Promise<string> {
    n += 1;
    const email = `proxied${n}@example.org`;
    await addTestAccount(server.database.store, { email });
    return email;
  }

  it('marks the cookie Secure and sends HSTS when the proxy says the request came over HTTPS', async () => {
    await addTestAccount(server.database.store, { email: 'a@example.org' });
    const answer = await send(server.app, {
      ...signInRequest('a@example.org', TEST_PASSWORD),
      headers: { 'x-forwarded-proto': 'https', 'x-forwarded-for': '198.51.100.7' },
    });
    expect(answer.status).toBe(200);
    expect(String([answer.headers['set-cookie']].flat()[0])).toMatch(/Secure/);
    expect(answer.headers['strict-transport-security']).toMatch(/max-age=31536000/);
    const plain = await send(server.app, { method: 'GET', url: '/healthz' });
    expect(plain.headers['strict-transport-security']).toBeUndefined();
  });
  it('lets the real user in from a browser they signed in from before, while an attacker is throttled', async () => {
    const email = await anAccount();
    const usual = await signIn(server.app, email);
    expect(usual.cookie).toMatch(/gt_device=/);
    const device = usual.cookie.split('; ').find((c) => c.startsWith('gt_device='))!;
    // Many machines, each trying a few times: only the account's bucket fills.
    for (let i = 0; i < 40; i += 1) {
      await send(
        server.app,
        signInRequest(email, `wrong guess ${i}`, { 'x-forwarded-for': `198.51.100.${i}` }),
      );
    }
    const elsewhere = await send(
      server.app,
      signInRequest(email, TEST_PASSWORD, { 'x-forwarded-for': '192.0.2.1' }),
    );
    expect(elsewhere.status).toBe(429);
    const fromUsual = await send(
      server.app,
      signInRequest(email, TEST_PASSWORD, { cookie: device, 'x-forwarded-for': '192.0.2.1' }),
    );
    expect(fromUsual.status).toBe(200);
  });
});
