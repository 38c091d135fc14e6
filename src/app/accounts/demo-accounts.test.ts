import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../test/store-fixture.js';
import { loadDemoIfEmpty } from '../demo-council.js';
import { listUsers, passwordHashOf } from '../../store/users.js';
import { createDemoAccounts, DEMO_ROLES, type DemoAccount } from './demo-accounts.js';
import { TEST_COST } from './passwords.js';
import { signInWithPassword } from './sign-in.js';
import { listAccounts } from './users.js';

describe('the demo council’s accounts', () => {
  let t: TestDatabase;
  let accounts: DemoAccount[];
  beforeAll(async () => {
    t = await createTestDatabase('sqlite');
    await loadDemoIfEmpty(t.store, new Date('2026-01-01T00:00:00Z'));
    accounts = await createDemoAccounts(t.store, new Date('2026-01-01T00:00:00Z'), TEST_COST);
  });
  afterAll(() => t.drop());

  it('gives one account per role, administrator to partner, each with its own password', () => {
    expect(accounts.map((a) => a.role)).toEqual([
      'administrator',
      'performance-officer',
      'cabinet-member',
      'scrutiny-member',
      'director',
      'service-director',
      'head-of-service',
      'team-manager',
      'employee',
      'data-owner',
      'partner',
    ]);
    expect(DEMO_ROLES).toHaveLength(11);
    expect(new Set(accounts.map((a) => a.password)).size).toBe(11);
    expect(accounts[0]).toMatchObject({ email: 'demo.administrator@wolverhampton.example' });
  });

  it('keeps only hashes of the passwords, which sign in', async () => {
    const users = await listUsers(t.store.db);
    for (const account of accounts) {
      const user = users.find((u) => u.email === account.email)!;
      const hash = await passwordHashOf(t.store.db, user.id);
      expect(hash).not.toContain(account.password);
      const outcome = await signInWithPassword(
        t.store,
        { email: account.email, password: account.password, ip: '127.0.0.1', device: null },
        new Date(),
        TEST_COST,
      );
      expect(outcome.ok, account.email).toBe(true);
    }
  });

  it('places each at a unit of the demo, and names measures to the partner and the data owner', async () => {
    const listed = await listAccounts(t.store);
    const grantOf = (role: string) =>
      listed.find((a) => a.email === `demo.${role}@wolverhampton.example`)!.grants;
    expect(grantOf('director')[0]).toMatchObject({
      role: 'director',
      orgUnitId: expect.stringMatching(/^DIR-/),
    });
    expect(grantOf('head-of-service')[0]).toMatchObject({ orgUnitId: expect.stringMatching(/^SVC-/) });
    expect(grantOf('team-manager')[0]).toMatchObject({ orgUnitId: expect.stringMatching(/^TEAM-/) });
    const named = await t.store.db
      .selectFrom('user_measure')
      .innerJoin('app_user', 'app_user.id', 'user_measure.user_id')
      .select(['email', 'measure_id'])
      .execute();
    expect(named.filter((n) => n.email.startsWith('demo.partner')).length).toBeGreaterThan(0);
    expect(named.filter((n) => n.email.startsWith('demo.data-owner')).length).toBeGreaterThan(0);
  });

  it('creates no accounts when any already exist', async () => {
    expect(await createDemoAccounts(t.store, new Date(), TEST_COST)).toEqual([]);
  });
});
