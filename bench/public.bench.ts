/**
 * The public site's speed: a real server (the `golden-thread serve --demo` command, in its own
 * process, on a fresh SQLite database holding the demo council) answering a measure page and a
 * ward-profile page to 50 concurrent clients with autocannon. Prints requests per second and the
 * 50th, 95th and 99th percentile latencies of each. Goal: p95 under 100 ms.
 * Run: npm run bench:public [seconds per page] (default 10)
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';

const SECONDS = Number(process.argv[2] ?? 10);
const CONNECTIONS = 50;
const PORT = 30000 + Math.floor(Math.random() * 20000);
const PAGES = [
  ['measure page', '/measures/CP-ECO-01'],
  ['ward-profile page', '/wards/E05001321'],
] as const;

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** The server's own request log would cost as much as the answers measured. */
function withoutLogging(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const { LOG_LEVEL: _ignored, ...rest } = env;
  return rest;
}

async function startServer(dataDir: string) {
  const child = spawn(
    process.execPath,
    ['bin/golden-thread.js', 'serve', '--demo', '--port', String(PORT), '--data-dir', dataDir],
    {
      env: withoutLogging(process.env),
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const listen = (d: Buffer) => {
      output += d.toString();
      if (process.env.BENCH_VERBOSE) process.stderr.write(d);
      if (output.includes('is running at')) resolve();
    };
    child.stdout.on('data', listen);
    child.stderr.on('data', listen);
    child.once('exit', (code) => reject(new Error(`the server stopped (${code}):\n${output}`)));
  });
  return child;
}

async function run(url: string) {
  const latencies: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon({ url, connections: CONNECTIONS, duration: SECONDS }, (error, done) =>
      error ? reject(error) : resolve(done),
    );
    // autocannon reports percentiles up to 97.5 but not 95: each answer's time is kept to find it.
    instance.on('response', (_client, _status, _bytes, time) => latencies.push(time));
  });
  latencies.sort((a, b) => a - b);
  return { result, latencies };
}

const dataDir = mkdtempSync(join(tmpdir(), 'golden-thread-bench-'));
const server = await startServer(dataDir);
try {
  console.log(`Public site, demo council, ${CONNECTIONS} concurrent clients, ${SECONDS} s per page`);
  for (const [name, path] of PAGES) {
    const url = `http://127.0.0.1:${PORT}${path}`;
    const first = await fetch(url);
    if (first.status !== 200) throw new Error(`${path} answered ${first.status}`);
    const { result, latencies } = await run(url);
    const non2xx = result.non2xx + result.errors;
    console.log(
      `${name.padEnd(18)} ${path.padEnd(22)} ${Math.round(result.requests.average)} req/s` +
        `  p50 ${percentile(latencies, 50).toFixed(1)} ms  p95 ${percentile(latencies, 95).toFixed(1)} ms` +
        `  p99 ${percentile(latencies, 99).toFixed(1)} ms  (${latencies.length} answers, ${non2xx} not 2xx)` +
        `  goal p95 < 100 ms: ${percentile(latencies, 95) < 100 ? 'met' : 'NOT met'}`,
    );
  }
} finally {
  server.kill('SIGTERM');
  rmSync(dataDir, { recursive: true, force: true });
}
