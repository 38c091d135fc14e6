import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aSmallCouncil, TEST_CHANGE } from '../../test/factories.js';
import { createTestDatabase, DIALECTS, type TestDatabase } from '../../test/store-fixture.js';
import { findLiveApiToken, insertApiToken } from './api-tokens.js';
import { recordAuditEvent } from './audit.js';
import { writeCouncilBundle } from './bundle.js';
import {
  countOtherActiveAdmins,
  lastSignIns,
  lockAdministrators,
  replaceNamedMeasures,
  revokeTokensOf,
  setUserDetails,
  signInMethods,
} from './user-admin.js';
import {
  findUserById,
  insertUser,
  linkSsoIdentity,
  namedMeasuresOf,
  setPasswordHash,
  setUserDisabled,
} from './users.js';

const AT = '2026-02-01T09:00:00.000Z';

describe.each(DIALECTS)('account administration in the store on %s', (dialect) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(dialect);
    await writeCouncilBundle(t.store.db, aSmallCouncil(), TEST_CHANGE);
    const db = t.store.db;
    await insertUser(
      db,
      { id: 'A1', email: 'first.admin@example.org', displayName: 'First', isAdmin: true },
      AT,
    );
    await insertUser(
      db,
      { id: 'A2', email: 'second.admin@example.org', displayName: 'Second', isAdmin: true },
      AT,
    );
    await insertUser(db, { id: 'U1', email: 'jo@example.org', displayName: 'Jo' }, AT);
    await insertUser(db, { id: 'U2', email: 'sam@example.org', displayName: 'Sam' }, AT);
  });
  afterAll(() => t.drop());

  it('changes an account’s name and email, keeping emails one to an account whatever their case', async () => {
    const db = t.store.db;
    await setUserDetails(db, 'U1', { email: 'Jo.Bloggs@Example.org', displayName: 'Jo Bloggs' });
    expect(await findUserById(db, 'U1')).toMatchObject({
      email: 'jo.bloggs@example.org',
      displayName: 'Jo Bloggs',
    });
    await expect(
      setUserDetails(db, 'U2', { email: 'JO.BLOGGS@example.org', displayName: 'Sam' }),
    ).rejects.toThrow(/already an account for jo.bloggs@example.org/);
    // Keeping one's own email while changing the name is no clash.
    await setUserDetails(db, 'U1', { email: 'jo.bloggs@example.org', displayName: 'Jo B.' });
    expect((await findUserById(db, 'U1'))?.displayName).toBe('Jo B.');
  });

  it('replaces the measures named to an account, once each', async () => {
    const db = t.store.db;
    await replaceNamedMeasures(db, 'U2', ['CP-ECO-01', 'CP-ECO-01']);
    expect(await namedMeasuresOf(db, 'U2')).toEqual(['CP-ECO-01']);
    await replaceNamedMeasures(db, 'U2', []);
    expect(await namedMeasuresOf(db, 'U2')).toEqual([]);
  });

  it('counts the other administrators who can still sign in', async () => {
    const db = t.store.db;
    expect(await countOtherActiveAdmins(db, 'A1')).toBe(1);
    await setUserDisabled(db, 'A2', true);
    expect(await countOtherActiveAdmins(db, 'A1')).toBe(0);
    expect(await countOtherActiveAdmins(db, 'U1')).toBe(1);
    await setUserDisabled(db, 'A2', false);
    // Locking the administrators inside a transaction does not stop that transaction counting them.
    const counted = await db.transaction().execute(async (trx) => {
      await lockAdministrators(trx);
      return countOtherActiveAdmins(trx, 'A2');
    });
    expect(counted).toBe(1);
  });

  it('reads each account’s last sign-in from the audit trail, and nothing for one never signed in', async () => {
    const db = t.store.db;
    for (const at of ['2026-03-01T08:00:00.000Z', '2026-03-05T08:00:00.000Z']) {
      await recordAuditEvent(db, {
        at,
        actor: 'sam@example.org',
        action: 'sign-in',
        objectType: 'user',
        objectId: 'sam@example.org',
      });
    }
    await recordAuditEvent(db, {
      at: '2026-03-09T08:00:00.000Z',
      actor: 'sam@example.org',
      action: 'sign-in-failed',
      objectType: 'user',
      objectId: 'sam@example.org',
    });
    const found = await lastSignIns(db, ['SAM@example.org', 'first.admin@example.org']);
    expect([...found]).toEqual([['sam@example.org', '2026-03-05T08:00:00.000Z']]);
    expect((await lastSignIns(db)).get('sam@example.org')).toBe('2026-03-05T08:00:00.000Z');
    expect((await lastSignIns(db, [])).size).toBe(0);
  });

  it('revokes every live token of one account and no other’s', async () => {
    const db = t.store.db;
    const token = (id: string, userId: string) =>
      insertApiToken(db, { id, userId, name: id, scopes: ['measures'], createdAt: AT }, `hash-${id}`);
    await token('T1', 'U2');
    await token('T2', 'U2');
    await token('T3', 'U1');
    expect(await revokeTokensOf(db, 'U2', AT)).toBe(2);
    expect(await revokeTokensOf(db, 'U2', AT)).toBe(0);
    expect(await findLiveApiToken(db, 'hash-T1')).toBeNull();
    expect(await findLiveApiToken(db, 'hash-T3')).not.toBeNull();
  });

  it('tells how each account signs in', async () => {
    const db = t.store.db;
    await setPasswordHash(db, 'U1', 'scrypt$hash', AT);
    await linkSsoIdentity(db, 'U2', { issuer: 'https://id.example.org', subject: 'sub-2' });
    const methods = await signInMethods(db);
    expect(methods.get('U1')).toBe('password');
    expect(methods.get('U2')).toBe('sso');
    expect(methods.has('A1')).toBe(false);
  });
});
