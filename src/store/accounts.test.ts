import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aSmallCouncil, aValue, TEST_CHANGE } from '../../test/factories.js';
import { createTestDatabase, DIALECTS, type TestDatabase } from '../../test/store-fixture.js';
import { findLiveApiToken, insertApiToken, listApiTokens, revokeApiToken } from './api-tokens.js';
import { auditTrail, recordAuditEvent } from './audit.js';
import { writeCouncilBundle } from './bundle.js';
import { deleteExpiredSessions, deleteSessionsOf, findSession, insertSession } from './sessions.js';
import { clearThrottle, saveThrottleState, throttleStateOf } from './sign-in-throttle.js';
import {
  accountOf,
  addGrant,
  findUserByEmail,
  findUserBySso,
  insertUser,
  linkSsoIdentity,
  nameMeasure,
  passwordHashOf,
  setPasswordHash,
} from './users.js';
import { recordValue } from './values.js';

const AT = '2026-02-01T09:00:00.000Z';

describe.each(DIALECTS)('accounts in the store on %s', (dialect) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(dialect);
    await writeCouncilBundle(t.store.db, aSmallCouncil(), TEST_CHANGE);
    await insertUser(t.store.db, { id: 'U1', email: 'Alex.Morgan@Example.org', displayName: 'Alex' }, AT);
  });
  afterAll(() => t.drop());

  it('finds an account by email whatever its case, and refuses a second account for it', async () => {
    const db = t.store.db;
    expect((await findUserByEmail(db, 'alex.morgan@example.org'))?.id).toBe('U1');
    await expect(
      insertUser(db, { id: 'U2', email: 'ALEX.morgan@example.org', displayName: 'A' }, AT),
    ).rejects.toThrow(/already an account/);
  });

  it('keeps a password hash, and removes it when the account moves to single sign-on', async () => {
    const db = t.store.db;
    await setPasswordHash(db, 'U1', 'scrypt$1$8$1$c2FsdA$a2V5', AT);
    expect(await passwordHashOf(db, 'U1')).toBe('scrypt$1$8$1$c2FsdA$a2V5');
    await linkSsoIdentity(db, 'U1', { issuer: 'https://login.example', subject: 'abc' });
    expect(await passwordHashOf(db, 'U1')).toBeNull();
    expect((await findUserBySso(db, { issuer: 'https://login.example', subject: 'abc' }))?.id).toBe('U1');
    expect(await findUserBySso(db, { issuer: 'https://login.example/', subject: 'abc' })).toBeNull();
  });

  it('gathers roles and named measures into the account access control sees', async () => {
    const db = t.store.db;
    await addGrant(db, 'U1', { role: 'director', orgUnitId: 'DIR-PLACE' });
    await nameMeasure(db, 'U1', 'CP-ECO-01');
    await nameMeasure(db, 'U1', 'CP-ECO-01');
    const user = (await findUserByEmail(db, 'alex.morgan@example.org'))!;
    expect(await accountOf(db, user)).toEqual({
      userId: 'U1',
      personId: null,
      isAdmin: false,
      grants: [{ role: 'director', orgUnitId: 'DIR-PLACE' }],
      namedMeasureIds: ['CP-ECO-01'],
    });
    await expect(
      sql`insert into user_grant (user_id, role) values ('U1', 'emperor')`.execute(db),
    ).rejects.toThrow();
  });

  it('keeps sessions by hash and ends them by account or by age', async () => {
    const db = t.store.db;
    const session = (idHash: string, expiresAt: string) => ({
      idHash,
      userId: 'U1',
      method: 'password' as const,
      createdAt: AT,
      lastSeenAt: AT,
      expiresAt,
      ip: '127.0.0.1',
      userAgent: 'test',
    });
    await insertSession(db, session('a'.repeat(64), '2026-02-01T10:00:00.000Z'));
    await insertSession(db, session('b'.repeat(64), '2026-02-02T10:00:00.000Z'));
    expect((await findSession(db, 'a'.repeat(64)))?.userId).toBe('U1');
    expect(await deleteExpiredSessions(db, '2026-02-01T11:00:00.000Z', '2026-01-01T00:00:00.000Z')).toBe(1);
    expect(await findSession(db, 'a'.repeat(64))).toBeNull();
    expect(await deleteSessionsOf(db, 'U1')).toBe(1);
  });

  it('finds a token by its hash until it is revoked', async () => {
    const db = t.store.db;
    const token = { id: 'T1', userId: 'U1', name: 'Power BI', scopes: ['measures', 'values'], createdAt: AT };
    await insertApiToken(db, token, 'c'.repeat(64));
    expect(await findLiveApiToken(db, 'c'.repeat(64))).toMatchObject({
      id: 'T1',
      scopes: ['measures', 'values'],
    });
    expect(await revokeApiToken(db, 'T1', AT)).toBe(true);
    expect(await revokeApiToken(db, 'T1', AT)).toBe(false);
    expect(await findLiveApiToken(db, 'c'.repeat(64))).toBeNull();
    expect((await listApiTokens(db, 'U1'))[0]?.revokedAt).toBe(AT);
  });

  it('keeps throttle state per key and clears it', async () => {
    const db = t.store.db;
    const state = { failures: 6, lastFailureAt: AT, blockedUntil: '2026-02-01T09:00:01.000Z' };
    await saveThrottleState(db, 'account:a@example.org', state);
    await saveThrottleState(db, 'account:a@example.org', { ...state, failures: 7 });
    expect(await throttleStateOf(db, 'account:a@example.org')).toEqual({ ...state, failures: 7 });
    await clearThrottle(db, 'account:a@example.org');
    expect(await throttleStateOf(db, 'account:a@example.org')).toBeNull();
  });

  it('keeps the audit trail append-only, even against direct SQL', async () => {
    const db = t.store.db;
    await recordAuditEvent(db, { at: AT, actor: 'a@example.org', action: 'sign-in' });
    await expect(sql`update audit_event set actor = 'someone else'`.execute(db)).rejects.toThrow(
      /append-only/,
    );
    await expect(sql`delete from audit_event`.execute(db)).rejects.toThrow(/append-only/);
  });

  it('merges figure changes into the trail by time, with the figure before and after, in pages', async () => {
    const db = t.store.db;
    await recordValue(db, aValue({ value: 70 }), {
      by: 'officer@example.org',
      at: '2026-03-01T00:00:00.000Z',
      reason: 'Corrected',
    });
    await recordAuditEvent(db, {
      at: '2026-03-01T00:00:00.000Z',
      actor: 'x',
      action: 'export',
      objectId: 'values',
    });
    const all = await auditTrail(db, { limit: 100 });
    const tail = all.slice(-2);
    expect(tail.map((e) => e.action)).toEqual(['export', 'figure-changed']);
    expect(tail[1]).toMatchObject({
      actor: 'officer@example.org',
      objectId: 'CP-ECO-01 2016/17-Q1 E08000031',
      before: { value: 64.5, withdrawn: false },
      after: { value: 70, version: 2, reason: 'Corrected' },
    });
    const pages: string[] = [];
    let after: { at: string; id: string } | undefined;
    for (;;) {
      const page = await auditTrail(db, { limit: 2, after });
      if (page.length === 0) break;
      pages.push(...page.map((e) => e.id));
      after = page.at(-1);
    }
    expect(pages).toEqual(all.map((e) => e.id));
    expect(
      (await auditTrail(db, { limit: 100, action: 'figure-changed' })).every(
        (e) => e.action === 'figure-changed',
      ),
    ).toBe(true);
  });
});
