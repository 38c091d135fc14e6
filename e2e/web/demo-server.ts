/**
 * The demo council served for real on 127.0.0.1 (a free port), with the staff app built: what the
 * browser tests and the web benchmark drive. Each gets a fresh SQLite database in a temporary
 * folder and the demo's accounts, one per role, with their passwords.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { createDemoAccounts, demoEmail } from '../../src/app/accounts/demo-accounts.js';
import { TEST_COST } from '../../src/app/accounts/passwords.js';
import { loadDemoIfEmpty } from '../../src/app/demo-council.js';
import { buildServer } from '../../src/http/server.js';
import { openStore, type Store } from '../../src/store/connect.js';
import { migrateToLatest } from '../../src/store/migrate.js';
import { ensureWebBuild } from '../../web/ensure-build.js';

export interface DemoServer {
  app: FastifyInstance;
  store: Store;
  url: string;
  /** Demo account passwords by role name: "cabinet-member", "director", … */
  passwords: Map<string, string>;
  emailOf(role: string): string;
  close(): Promise<void>;
}

let building: Promise<unknown> | null = null;

/** Builds web/dist if its sources changed; once per process, however many suites ask. */
export function builtWebApp(): Promise<unknown> {
  building ??= ensureWebBuild({ quiet: true });
  return building;
}

export async function startDemoServer(): Promise<DemoServer> {
  await builtWebApp();
  const dataDir = mkdtempSync(join(tmpdir(), 'golden-thread-web-'));
  const store = await openStore({ dataDir });
  await migrateToLatest(store.db);
  const now = new Date();
  await loadDemoIfEmpty(store, now);
  const accounts = await createDemoAccounts(store, now, TEST_COST);
  const passwords = new Map(accounts.map((a) => [a.role, a.password]));
  const app = await buildServer({ store, auth: { passwordCost: TEST_COST } });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    app,
    store,
    url: `http://127.0.0.1:${port}`,
    passwords,
    emailOf: demoEmail,
    async close() {
      await app.close();
      await store.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
