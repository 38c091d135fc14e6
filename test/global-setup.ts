/**
 * Starts the throwaway PostgreSQL server that the store suite runs against, beside SQLite.
 * Without PostgreSQL binaries the PostgreSQL run is skipped with a clear line — except under
 * CI=true, where a skip is a failure.
 */
import type { TestProject } from 'vitest/node';
import { findPostgresBin, startPostgres, type PostgresServer } from './postgres-server.js';

declare module 'vitest' {
  export interface ProvidedContext {
    postgresUrl: string | null;
  }
}

let server: PostgresServer | null = null;

export async function setup(project: TestProject): Promise<void> {
  const bin = findPostgresBin();
  if (!bin) {
    const message = 'PostgreSQL store suite SKIPPED: no initdb/pg_ctl found (apt-get install -y postgresql)';
    if (process.env.CI === 'true') throw new Error(`${message}; with CI=true this is a failure`);
    console.warn(message);
    project.provide('postgresUrl', null);
    return;
  }
  server = await startPostgres(bin);
  console.log(`PostgreSQL store suite: throwaway server from ${bin} at ${server.url}`);
  project.provide('postgresUrl', server.url);
}

export async function teardown(): Promise<void> {
  server?.stop();
  server = null;
}
