import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../store/connect.js';
import { migrateToLatest } from '../store/migrate.js';
import { sql } from 'kysely';
import { runCliCaptured, type CliRun } from '../../test/cli-run.js';

async function cli(args: string[], env: NodeJS.ProcessEnv = {}): Promise<CliRun> {
  return runCliCaptured(args, { env });
}

let dataDir: string;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'golden-thread-cli-'));
  const run = await cli(['demo', '--data-dir', dataDir]);
  expect(run.stderr).toMatch(/Loaded the demo council: \d+ measures/);
  expect(run.code).toBe(0);
});

afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('golden-thread export', () => {
  it('lists at least 120 measures as CSV with their methodology', async () => {
    const run = await cli(['export', 'measures', '--format', 'csv', '--data-dir', dataDir]);
    expect(run.code).toBe(0);
    const rows: Record<string, string>[] = parse(run.stdout, { columns: true });
    expect(rows.length).toBeGreaterThanOrEqual(120);
    expect(Object.keys(rows[0]!)).toEqual(
      expect.arrayContaining([
        'code',
        'title',
        'definition',
        'numerator',
        'denominator',
        'source_system',
        'caveats',
      ]),
    );
  });

  it('lists the 20 wards with their E05 codes', async () => {
    const run = await cli(['export', 'areas', '--format', 'csv', '--data-dir', dataDir]);
    const wards = (parse(run.stdout, { columns: true }) as Record<string, string>[]).filter(
      (a) => a.kind === 'ward',
    );
    expect(wards).toHaveLength(20);
    expect(wards[0]).toMatchObject({ code: 'E05001321', name: 'Bilston East' });
    expect(wards[19]).toMatchObject({ code: 'E05001340', name: 'Wednesfield South' });
    expect(wards.every((w) => /^E05\d{6}$/.test(w.code!))).toBe(true);
  });

  it('writes values as JSON to a file', async () => {
    const out = join(dataDir, 'values.json');
    const run = await cli(['export', 'values', '--format', 'json', '--out', out, '--data-dir', dataDir]);
    expect(run.code).toBe(0);
    const { readFileSync } = await import('node:fs');
    const values = JSON.parse(readFileSync(out, 'utf8')) as { measureId: string; period: string }[];
    expect(values.length).toBeGreaterThan(1000);
  });

  it('exports the strategy tree from the Corporate Plan down', async () => {
    const run = await cli(['export', 'strategy', '--data-dir', dataDir]);
    const items = parse(run.stdout, { columns: true }) as Record<string, string>[];
    expect(items[0]).toMatchObject({ kind: 'corporate-plan', parent_id: '' });
    expect(items.some((i) => i.kind === 'individual-objective')).toBe(true);
  });

  it('names the allowed choices when asked for something it cannot export', async () => {
    const run = await cli(['export', 'widgets', '--data-dir', dataDir]);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toMatch(/widgets.*measures, values, areas, strategy/s);
  });
});

describe('golden-thread demo', () => {
  it('refuses to load the demo over an existing council', async () => {
    const run = await cli(['demo', '--data-dir', dataDir]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/already holds a council.*--reset --yes/);
  });

  it('asks for --yes before deleting everything', async () => {
    const run = await cli(['demo', '--reset', '--data-dir', dataDir]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/add --yes to confirm/);
  });
});

describe('golden-thread on bad input', () => {
  it('says so in one line when the command is unknown', async () => {
    const run = await cli(['serv']);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toMatch(/unknown command 'serv'/);
    expect(run.stderr).toMatch(/Did you mean serve\?/);
  });

  it('says so when a flag is unknown', async () => {
    const run = await cli(['migrate', '--colour']);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toMatch(/unknown option '--colour'/);
  });

  it('names the database it cannot reach', async () => {
    const run = await cli(['migrate'], { DATABASE_URL: 'postgres://nobody:secret@127.0.0.1:1/nothing' });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /Cannot reach the PostgreSQL database at postgres:\/\/nobody:\*\*\*@127\.0\.0\.1:1\/nothing/,
    );
    expect(run.stderr).not.toMatch(/secret/);
  });

  it('refuses a DATABASE_URL that is not PostgreSQL', async () => {
    const run = await cli(['migrate'], { DATABASE_URL: 'mysql://localhost/db' });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/DATABASE_URL must start with postgres:\/\//);
  });

  it('names a data folder it cannot write to', async () => {
    const file = join(dataDir, 'not-a-folder');
    writeFileSync(file, '');
    const run = await cli(['migrate', '--data-dir', join(file, 'data')]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/Cannot write to the data folder .*not-a-folder\/data.*--data-dir/);
  });

  it('refuses a port that is already in use', async () => {
    const blocker: Server = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const address = blocker.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    try {
      const run = await cli(['serve', '--port', String(port), '--data-dir', dataDir]);
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(new RegExp(`Port ${port} is already in use`));
    } finally {
      await new Promise((resolve) => blocker.close(resolve));
    }
  });

  it('refuses a port that is not a number', async () => {
    const run = await cli(['serve', '--port', 'eighty']);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toMatch(/"eighty" is not a port: expected a whole number from 1 to 65535/);
  });

  it('refuses a database written by a newer version', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'golden-thread-newer-'));
    try {
      const store = await openStore({ dataDir: dir });
      await migrateToLatest(store.db);
      await sql`insert into kysely_migration (name, timestamp) values ('2999-01-01T0000-future', '2999')`.execute(
        store.db,
      );
      await store.close();
      const run = await cli(['export', 'measures', '--data-dir', dir]);
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(/newer version of Golden Thread/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
