import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aSmallCouncil, TEST_CHANGE } from '../../../test/factories.js';
import { createTestDatabase, DIALECTS, type TestDatabase } from '../../../test/store-fixture.js';
import { writeCouncilBundle } from '../../store/bundle.js';
import { listUsers } from '../../store/users.js';
import { changeAccount, createAccount, replaceAccountAccess } from './account-admin.js';
import { TEST_COST } from './passwords.js';

const change = { actor: 'test', at: new Date('2026-03-01T09:00:00Z') };
const settings = { cost: TEST_COST, ssoIssuer: null };

describe.each(DIALECTS)('keeping an administrator on %s', (dialect) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(dialect);
    await writeCouncilBundle(t.store.db, aSmallCouncil(), TEST_CHANGE);
  });
  afterAll(() => t.drop());

  const anAdmin = async (email: string) =>
    (
      await createAccount(
        t.store,
        { email, name: email, isAdmin: true, grants: [], measures: [] },
        change,
        settings,
      )
    ).account.id;

  it('lets only one of two administrators demoting each other at the same moment succeed', async () => {
    const [first, second] = [await anAdmin('first@example.org'), await anAdmin('second@example.org')];
    const demote = (id: string) =>
      replaceAccountAccess(t.store, id, { isAdmin: false, grants: [], measures: [] }, change);
    const outcomes = await Promise.allSettled([demote(first), demote(second)]);
    expect(outcomes.map((o) => o.status).sort()).toEqual(['fulfilled', 'rejected']);
    const refused = outcomes.find((o) => o.status === 'rejected');
    expect(String(refused?.reason)).toMatch(/the only administrator left/);
    const admins = (await listUsers(t.store.db)).filter((u) => u.isAdmin && !u.disabled);
    expect(admins).toHaveLength(1);
  });

  it('refuses to disable the last administrator who can sign in, but not a disabled one’s colleague', async () => {
    const admins = (await listUsers(t.store.db)).filter((u) => u.isAdmin && !u.disabled);
    await expect(changeAccount(t.store, admins[0]!.id, { disabled: true }, change)).rejects.toThrow(
      /only administrator left/,
    );
    const spare = await anAdmin('spare@example.org');
    await changeAccount(t.store, spare, { disabled: true }, change);
    // A disabled administrator cannot sign in, so they do not count as the one left.
    await expect(changeAccount(t.store, admins[0]!.id, { disabled: true }, change)).rejects.toThrow(
      /only administrator left/,
    );
  });
});
