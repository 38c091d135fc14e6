/**
 * The staff app in the system's Chromium over the demo council, timed from navigation to a fully
 * drawn page: the 20-card dashboard of a Corporate Plan objective (every chart drawn), and the
 * 150-measure scorecard. Also the JavaScript a first visit downloads, compressed as a server
 * would send it, and how many API requests each dashboard card costs. Not a test: it prints
 * figures to compare with the goals (a dashboard drawn within 1 s, initial JavaScript under
 * 350 KB compressed, at most one API request per card). Run: npm run bench:web [runs]
 */
import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { launchBrowser } from '../test/browser.js';
import { startDemoServer } from '../e2e/web/demo-server.js';
import { WEB_DIST } from '../src/http/web-app/paths.js';

const RUNS = Number(process.argv[2] ?? 5);
const PERIOD = '2017/18-Q2';
const DASHBOARD = `/app/dashboards/objective-OB-COM-CHILDSAFE?period=${PERIOD}`;
const SCORECARD = `/app/scorecard?period=${PERIOD}`;
const CARDS = 20;

function compressed(file: string): { raw: number; gzip: number; brotli: number } {
  const bytes = readFileSync(join(WEB_DIST, file.replace(/^\/app\//, '')));
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes).length,
  };
}

/** The scripts index.html loads before anything else: the entry and what it preloads. */
function initialScripts(): string[] {
  const html = readFileSync(join(WEB_DIST, 'index.html'), 'utf8');
  return [...html.matchAll(/<(?:script[^>]*src|link[^>]*rel="modulepreload"[^>]*href)="([^"]+\.js)"/g)].map(
    (m) => m[1]!,
  );
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function timeTo(page: Page, path: string, drawn: (page: Page) => Promise<void>, base: string) {
  const api: string[] = [];
  const scripts = new Set<string>();
  const onRequest = (r: { url(): string; resourceType(): string }) => {
    const url = new URL(r.url());
    if (url.pathname.startsWith('/api/') && url.pathname !== '/api/v1/events') api.push(url.pathname);
    if (r.resourceType() === 'script') scripts.add(url.pathname);
  };
  page.on('request', onRequest);
  const started = performance.now();
  await page.goto(`${base}${path}`);
  await drawn(page);
  const ms = performance.now() - started;
  page.off('request', onRequest);
  return { ms, api, scripts: [...scripts] };
}

async function dashboardDrawn(page: Page): Promise<void> {
  await page
    .locator('.dash-card')
    .nth(CARDS - 1)
    .waitFor({ timeout: 30_000 });
  // Runs in the page, whose window is this function's globalThis.
  await page.waitForFunction(
    () => {
      const doc = (globalThis as unknown as { document: { querySelector(s: string): unknown } }).document;
      return doc.querySelector('[data-chart="loading"], .loading') === null;
    },
    null,
    { timeout: 30_000 },
  );
}

async function scorecardDrawn(page: Page): Promise<void> {
  await page.locator('.scorecard tbody tr').nth(149).waitFor({ timeout: 30_000 });
}

console.log(
  `Machine: ${cpus().length} cores, load average ${loadavg()[0]!.toFixed(1)} (other work slows these figures down).`,
);
const server = await startDemoServer();
const browser = await launchBrowser();
try {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
  const page = await context.newPage();
  await page.goto(`${server.url}/app/`);
  await page.getByLabel('Email address').fill(server.emailOf('performance-officer'));
  await page.getByLabel('Password').fill(server.passwords.get('performance-officer')!);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { level: 1, name: /^Welcome/ }).waitFor();

  const initial = initialScripts().map(compressed);
  const sum = (k: 'raw' | 'gzip' | 'brotli') => initial.reduce((a, b) => a + b[k], 0);
  console.log(
    `Initial JavaScript (${initial.length} file${initial.length === 1 ? '' : 's'}): ${kb(sum('raw'))} raw, ${kb(sum('gzip'))} gzip, ${kb(sum('brotli'))} brotli (goal < 350 KB compressed)`,
  );

  const hasDashboard = (
    await page.request.get(`${server.url}/api/v1/dashboards/objective-OB-COM-CHILDSAFE`)
  ).ok();
  const pages: [string, string, (p: Page) => Promise<void>][] = [
    ['scorecard (150 measures)', SCORECARD, scorecardDrawn],
  ];
  if (hasDashboard) pages.unshift([`dashboard (${CARDS} cards)`, DASHBOARD, dashboardDrawn]);
  else console.log('No dashboard route yet: timing the scorecard only.');

  for (const [name, path, drawn] of pages) {
    const times: number[] = [];
    let first: Awaited<ReturnType<typeof timeTo>> | null = null;
    for (let run = 0; run < RUNS + 1; run += 1) {
      // A fresh tab each time: nothing in the page's memory, the browser's cache of hashed assets kept.
      const tab = await context.newPage();
      const result = await timeTo(tab, path, drawn, server.url);
      if (run === 0) first = result;
      else times.push(result.ms);
      await tab.close();
    }
    const js = first!.scripts.filter((s) => s.startsWith('/app/assets/')).map(compressed);
    console.log(`\n${name}: ${path}`);
    console.log(
      `  navigation → fully drawn: first visit ${first!.ms.toFixed(0)} ms; then median ${median(times).toFixed(0)} ms, best ${Math.min(...times).toFixed(0)} ms of ${times.length}`,
    );
    console.log(
      `  JavaScript for the page: ${js.length} files, ${kb(js.reduce((a, b) => a + b.gzip, 0))} gzip`,
    );
    console.log(`  API requests: ${first!.api.length} (${[...new Set(first!.api)].join(', ')})`);
    if (path === DASHBOARD) {
      const data = first!.api.filter((p) => /\/data$/.test(p)).length;
      console.log(
        `  data requests per card: ${(data / CARDS).toFixed(2)}; all API requests per card: ${(first!.api.length / CARDS).toFixed(2)}`,
      );
    }
  }
} finally {
  await browser.close();
  await server.close();
}
