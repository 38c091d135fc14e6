#!/usr/bin/env node
// Builds the staff application into web/dist when it is missing or older than its sources, so
// that `npm start` on a fresh clone serves it; when the build is fresh this takes milliseconds.
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const built = join(root, 'web', 'dist', 'index.html');
// The app's own sources and the shared code it imports from src/.
const SOURCES = ['web/src', 'web/index.html', 'web/vite.config.ts', 'src/domain', 'src/charts'];

function newest(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let latest = stat.mtimeMs;
  for (const entry of readdirSync(path)) {
    if (entry === 'node_modules' || entry.endsWith('.test.ts') || entry.endsWith('.test.tsx')) continue;
    latest = Math.max(latest, newest(join(path, entry)));
  }
  return latest;
}

export function webBuildIsStale() {
  if (!existsSync(built)) return true;
  const sources = Math.max(...SOURCES.map((s) => newest(join(root, s))));
  return sources > statSync(built).mtimeMs;
}

// Inside node_modules, which git ignores, so a lock left by a killed build never shows as a change.
const LOCK = join(root, 'node_modules', '.golden-thread-web-build');
const LOCK_STALE_MS = 5 * 60_000;

/** One build at a time across processes (test workers build in parallel): a lock folder, waited on. */
async function withBuildLock(work) {
  for (;;) {
    try {
      mkdirSync(LOCK);
      break;
    } catch {
      if (existsSync(LOCK) && Date.now() - statSync(LOCK).mtimeMs > LOCK_STALE_MS)
        rmSync(LOCK, { recursive: true, force: true });
      await sleep(250);
    }
  }
  try {
    return await work();
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}

export async function ensureWebBuild({ quiet = false } = {}) {
  if (!webBuildIsStale()) return false;
  // Another process may have built it while this one waited for the lock.
  return withBuildLock(() => (webBuildIsStale() ? build(quiet) : false));
}

async function build(quiet) {
  let vite;
  try {
    vite = await import('vite');
  } catch {
    console.warn(
      'The staff application is not built and Vite is not installed: run `npm install`, then `npm run build:web`.',
    );
    return false;
  }
  if (!quiet) console.log('Building the staff application (web/dist)…');
  // Under a test runner NODE_ENV is "test", and Vite would build React's development version.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await vite.build({
      configFile: join(root, 'web', 'vite.config.ts'),
      mode: 'production',
      logLevel: quiet ? 'silent' : 'warn',
    });
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
  return true;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await ensureWebBuild();
}
