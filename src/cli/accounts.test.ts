import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeCouncilBundle } from '../store/bundle.js';
import { openStore } from '../store/connect.js';
import { migrateToLatest } from '../store/migrate.js';
import { passwordHashOf, findUserByEmail } from '../store/users.js';
import { aSmallCouncil, TEST_CHANGE } from '../../test/factories.js';
import type { Input } from './input.js';
import { runCliCaptured, type CliRun } from '../../test/cli-run.js';

/** Runs the command line with `secrets` as what a person types (or pipes), one per question. */
async function cli(args: string[], secrets: string[] = [], env: NodeJS.ProcessEnv = {}): Promise<CliRun> {
  const input: Input = {
    interactive: false,
    secret: async () => {
      const next = secrets.shift();
      if (next === undefined) throw new Error('the command asked for more secrets than the test gave');
      return next;
    },
  };
  return runCliCaptured([...args, '--data-dir', dataDir], { env, input });
}

let dataDir: string;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'golden-thread-accounts-'));
  const store = await openStore({ dataDir });
  await migrateToLatest(store.db);
  await writeCouncilBundle(store.db, aSmallCouncil(), TEST_CHANGE);
  await store.close();
});

afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

async function readUser(email: string) {
  const store = await openStore({ dataDir });
  try {
    const user = await findUserByEmail(store.db, email);
    return { user, hash: user ? await passwordHashOf(store.db, user.id) : null };
  } finally {
    await store.close();
  }
}

describe('golden-thread user', () => {
  it('adds the first administrator with a password read from standard input, stored only as a hash', async () => {
    const run = await cli(
      ['user', 'add', '--admin', 'Chief.Officer@example.org', '--name', 'Chief Officer'],
      ['a long and private passphrase'],
    );
    expect(run.stderr).toMatch(/Added chief\.officer@example\.org \(administrator\)/);
    expect(run.code).toBe(0);
    const { user, hash } = await readUser('chief.officer@example.org');
    expect(user).toMatchObject({ isAdmin: true, displayName: 'Chief Officer' });
    expect(hash).toMatch(/^scrypt\$131072\$8\$1\$/);
    expect(hash).not.toContain('passphrase');
  });

  it('takes no password as a flag', async () => {
    const run = await cli(['user', 'add', 'x@example.org', '--password', 'secret-in-history']);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toMatch(/unknown option '--password'/);
  });

  it('refuses a short password and names the rule', async () => {
    const run = await cli(['user', 'add', 'short@example.org'], ['tiny']);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/at least 12 characters/);
    expect((await readUser('short@example.org')).user).toBeNull();
  });

  it('adds a director at a unit, and refuses a role without its unit or at a unit that does not exist', async () => {
    const ok = await cli(
      ['user', 'add', 'director@example.org', '--role', 'director', '--unit', 'DIR-PLACE'],
      ['director passphrase 1'],
    );
    expect(ok.code).toBe(0);
    const noUnit = await cli(
      ['user', 'add', 'd2@example.org', '--role', 'director'],
      ['director passphrase 2'],
    );
    expect(noUnit.stderr).toMatch(/held at a unit: name it with --unit/);
    const badUnit = await cli(
      ['user', 'add', 'd3@example.org', '--role', 'director', '--unit', 'DIR-NONE'],
      ['director passphrase 3'],
    );
    expect(badUnit.stderr).toMatch(/no organisation unit with id "DIR-NONE"/);
    const badRole = await cli(
      ['user', 'add', 'd4@example.org', '--role', 'emperor'],
      ['director passphrase 4'],
    );
    expect(badRole.stderr).toMatch(/"emperor" is not a role/);
  });

  it('adds a partner named on measures, and a data owner who is a person of the council', async () => {
    const partner = await cli(
      ['user', 'add', 'partner@nhs.example', '--role', 'partner', '--measure', 'CP-ECO-01'],
      ['partner passphrase 1'],
    );
    expect(partner.code).toBe(0);
    const owner = await cli(
      ['user', 'add', 'owner@example.org', '--role', 'data-owner', '--unit', 'DIR-PLACE', '--person', 'P1'],
      ['owner passphrase 1'],
    );
    expect(owner.code).toBe(0);
    expect((await readUser('owner@example.org')).user?.personId).toBe('P1');
    const unknown = await cli(
      ['user', 'add', 'p2@nhs.example', '--role', 'partner', '--measure', 'NOPE-01'],
      ['partner passphrase 2'],
    );
    expect(unknown.stderr).toMatch(/no measure with code "NOPE-01"/);
  });

  it('lists accounts with their roles and how they sign in', async () => {
    const run = await cli(['user', 'list']);
    expect(run.stdout).toMatch(/chief\.officer@example\.org\tChief Officer\tadministrator\tpassword/);
    expect(run.stdout).toMatch(/director@example\.org\t.*\tdirector@DIR-PLACE\tpassword/);
  });

  it('sets a new password from standard input, and disables an account', async () => {
    const before = (await readUser('director@example.org')).hash;
    const set = await cli(['user', 'set-password', 'director@example.org'], ['a newer passphrase here']);
    expect(set.code).toBe(0);
    expect((await readUser('director@example.org')).hash).not.toEqual(before);
    const disabled = await cli(['user', 'disable', 'director@example.org']);
    expect(disabled.code).toBe(0);
    expect((await readUser('director@example.org')).user?.disabled).toBe(true);
    expect((await cli(['user', 'disable', 'nobody@example.org'])).stderr).toMatch(
      /no account for nobody@example\.org/,
    );
  });

  it('links an account to single sign-on only when single sign-on is set up', async () => {
    const unset = await cli(['user', 'link-sso', 'chief.officer@example.org', 'sub-1']);
    expect(unset.stderr).toMatch(/GOLDEN_THREAD_OIDC_ISSUER/);
  });
});

describe('golden-thread audit export', () => {
  it('writes the trail as CSV, with the accounts added and the role changes, and records the export', async () => {
    const run = await cli(['audit', 'export', '--format', 'csv']);
    expect(run.code).toBe(0);
    const rows: Record<string, string>[] = parse(run.stdout, { columns: true });
    const actions = rows.map((r) => r.action);
    expect(actions).toEqual(
      expect.arrayContaining(['user-added', 'role-changed', 'password-changed', 'user-disabled']),
    );
    expect(rows.find((r) => r.action === 'user-added')?.actor).toMatch(/^cli:/);
    const again = await cli(['audit', 'export', '--format', 'json', '--action', 'export']);
    expect(JSON.parse(again.stdout)).toEqual([
      expect.objectContaining({ action: 'export', objectType: 'audit-trail' }),
    ]);
  });
});

describe('golden-thread serve, safely', () => {
  it.each([
    [{}, /GOLDEN_THREAD_SESSION_SECRET is not set, and NODE_ENV=production needs it/],
    [{ GOLDEN_THREAD_SESSION_SECRET: 'changeme' }, /too short: it must hold at least 32 random bytes/],
    [{ GOLDEN_THREAD_SESSION_SECRET: 'a'.repeat(64) }, /does not look random/],
  ])('refuses to start with a missing or weak session secret (%o)', async (env, message) => {
    const run = await cli(['serve', '--port', '1'], [], { NODE_ENV: 'production', ...env });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(message);
  });

  it('refuses a trust-proxy setting that would believe anyone', async () => {
    const run = await cli(['serve', '--trust-proxy', 'true']);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toMatch(/would believe X-Forwarded-For from anyone/);
  });

  it('names an address to listen on that is not this machine’s', async () => {
    const run = await cli(['serve', '--host', '203.0.113.1', '--port', '3999'], [], {});
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/Cannot listen on 203\.0\.113\.1: it is not an address of this machine/);
  });

  it('refuses a half-configured single sign-on', async () => {
    const run = await cli(['serve', '--port', '1'], [], {
      GOLDEN_THREAD_OIDC_ISSUER: 'https://login.example',
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/half set up: also set GOLDEN_THREAD_OIDC_CLIENT_ID/);
  });
});
