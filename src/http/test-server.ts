/**
 * For the HTTP tests: a server over a fresh database holding the small test council, on one dialect,
 * built before a suite and closed after it. Requests go in process with `app.inject`.
 */
import type { FastifyInstance } from 'fastify';
import type { CouncilBundle } from '../domain/council.js';
import { afterAll, beforeAll } from 'vitest';
import { aSmallCouncil, TEST_CHANGE } from '../../test/factories.js';
import { createTestDatabase, type TestDatabase, type TestDialect } from '../../test/store-fixture.js';
import { writeCouncilBundle } from '../store/bundle.js';
import { buildServer, type ServerOptions } from './server.js';

export interface CouncilServer {
  app: FastifyInstance;
  database: TestDatabase;
}

export interface CouncilServerOptions extends Omit<ServerOptions, 'store'> {
  /** The council to load; the small test council by default. */
  council?: CouncilBundle;
}

export function useCouncilServer(
  dialect: TestDialect,
  { council = aSmallCouncil(), ...options }: CouncilServerOptions = {},
): CouncilServer {
  const context = {} as CouncilServer;
  beforeAll(async () => {
    context.database = await createTestDatabase(dialect);
    await writeCouncilBundle(context.database.store.db, council, TEST_CHANGE);
    context.app = await buildServer({ store: context.database.store, ...options });
  });
  afterAll(async () => {
    await context.app?.close();
    await context.database?.drop();
  });
  return context;
}

export interface JsonAnswer {
  status: number;
  // The tests read bodies of many shapes; each asserts the fields it cares about.
  body: Record<string, unknown> & { error?: { code: string; message: string } };
}

export async function getJson(app: FastifyInstance, url: string): Promise<JsonAnswer> {
  const response = await app.inject({ method: 'GET', url });
  return { status: response.statusCode, body: response.json() };
}
