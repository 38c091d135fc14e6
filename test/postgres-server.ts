/**
 * A throwaway PostgreSQL server for the test run, started from the system's initdb and pg_ctl in
 * a temporary folder on a free 127.0.0.1 port, and removed afterwards.
 */
import { execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface PostgresServer {
  url: string;
  stop(): void;
}

/** The folder holding initdb and pg_ctl, or null when PostgreSQL is not installed. */
export function findPostgresBin(): string | null {
  const candidates = [
    ...(process.env.PATH ?? '').split(':'),
    ...safeList('/usr/lib/postgresql')
      .sort()
      .reverse()
      .map((v) => `/usr/lib/postgresql/${v}/bin`),
  ];
  return (
    candidates.find((dir) => dir && existsSync(join(dir, 'initdb')) && existsSync(join(dir, 'pg_ctl'))) ??
    null
  );
}

function safeList(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

export async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

/** initdb refuses to run as root, so as root the cluster belongs to the postgres user. */
function runAs(): { prefix: string[]; uid: number | null; gid: number | null } {
  if (process.getuid?.() !== 0) return { prefix: [], uid: null, gid: null };
  const uid = Number(execFileSync('id', ['-u', 'postgres']).toString().trim());
  const gid = Number(execFileSync('id', ['-g', 'postgres']).toString().trim());
  return { prefix: ['runuser', '-u', 'postgres', '--'], uid, gid };
}

export async function startPostgres(bin: string): Promise<PostgresServer> {
  const dir = mkdtempSync(join(tmpdir(), 'golden-thread-pg-'));
  const { prefix, uid, gid } = runAs();
  if (uid !== null && gid !== null) chownSync(dir, uid, gid);
  const data = join(dir, 'data');
  const run = (command: string, args: string[]) => {
    const [program, ...rest] = [...prefix, join(bin, command), ...args];
    execFileSync(program!, rest, { stdio: 'pipe' });
  };
  const port = await freePort();
  run('initdb', ['-D', data, '-A', 'trust', '-U', 'golden_thread', '-E', 'UTF8', '--no-sync']);
  run('pg_ctl', [
    '-D',
    data,
    '-w',
    '-l',
    join(dir, 'log'),
    '-o',
    `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200`,
    'start',
  ]);
  return {
    url: `postgres://golden_thread@127.0.0.1:${port}/postgres`,
    stop() {
      try {
        run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
