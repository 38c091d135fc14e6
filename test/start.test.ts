/**
 * The Quick start, as a newcomer runs it: the real executable serves the demo council, and a restart
 * keeps every figure without loading the demo again.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort } from './postgres-server.js';

const BIN = join(import.meta.dirname, '..', 'bin', 'golden-thread.js');
const dataDir = mkdtempSync(join(tmpdir(), 'golden-thread-start-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

interface Started {
  child: ChildProcess;
  log: string;
  url: string;
}

/** Starts the server and resolves once it prints its address; rejects if it exits first. */
function start(port: number): Promise<Started> {
  const child = spawn(
    process.execPath,
    [BIN, 'serve', '--demo', '--port', String(port), '--data-dir', dataDir],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, DATABASE_URL: '' },
    },
  );
  let log = '';
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      log += chunk.toString();
      const match = /running at (http:\/\/localhost:\d+)/.exec(log);
      if (match) resolve({ child, log, url: match[1]!.replace('localhost', '127.0.0.1') });
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) =>
      reject(new Error(`server exited with ${code} before it was ready:\n${log}`)),
    );
  });
}

function stop(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => {
    child.once('exit', (code) => resolve(code));
    child.kill('SIGTERM');
  });
}

/** Signs in as the demo administrator whose password the first start printed; returns the cookie. */
async function signInAsAdministrator(url: string, log: string): Promise<string> {
  const match = /administrator\s+(\S+@\S+)\s+(\S+)/.exec(log);
  expect(match, 'the first start prints the demo accounts').not.toBeNull();
  const response = await fetch(`${url}/api/v1/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: match![1], password: match![2] }),
  });
  expect(response.status).toBe(200);
  return response.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
}

async function valueCount(url: string, measure: string, cookie: string): Promise<number> {
  const response = await fetch(`${url}/api/v1/values?measure=${encodeURIComponent(measure)}`, {
    headers: { cookie },
  });
  expect(response.status).toBe(200);
  const body = (await response.json()) as { values: unknown[] };
  return body.values.length;
}

describe('npm start', () => {
  it('serves the demo council, and a restart keeps every value without reseeding', async () => {
    const port = await freePort();
    const first = await start(port);
    let measure: string;
    let before: number;
    let cookie: string;
    try {
      expect(first.log).toMatch(/Loaded the demo council/);
      const health = await fetch(`${first.url}/healthz`);
      expect(health.status).toBe(200);
      cookie = await signInAsAdministrator(first.url, first.log);
      const measures = (await (
        await fetch(`${first.url}/api/v1/measures`, { headers: { cookie } })
      ).json()) as {
        measures: { id: string }[];
      };
      expect(measures.measures.length).toBeGreaterThanOrEqual(120);
      const published = (await (await fetch(`${first.url}/api/v1/measures`)).json()) as {
        measures: unknown[];
      };
      expect(published.measures.length).toBeLessThan(measures.measures.length);
      measure = measures.measures[0]!.id;
      before = await valueCount(first.url, measure, cookie);
      expect(before).toBeGreaterThan(0);
    } finally {
      expect(await stop(first.child)).toBe(0);
    }

    const second = await start(port);
    try {
      expect(second.log).not.toMatch(/Loaded the demo council/);
      expect(second.log).not.toMatch(/Demo accounts/);
      // Without a configured secret each run has its own, so the first run's session has ended.
      expect((await fetch(`${second.url}/api/v1/session`, { headers: { cookie } })).status).toBe(401);
      cookie = await signInAsAdministrator(second.url, first.log);
      expect(await valueCount(second.url, measure, cookie)).toBe(before);
    } finally {
      await stop(second.child);
    }
  }, 120_000);
});
