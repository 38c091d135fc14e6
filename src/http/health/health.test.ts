import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aSmallCouncil, TEST_CHANGE } from '../../../test/factories.js';
import { createTestDatabase, DIALECTS, type TestDatabase } from '../../../test/store-fixture.js';
import { writeCouncilBundle } from '../../store/bundle.js';
import { buildServer } from '../server.js';
import { getJson } from '../test-server.js';

describe.each(DIALECTS)('health check on %s', (dialect) => {
  let database: TestDatabase;
  let app: FastifyInstance;
  const logLines: string[] = [];

  beforeAll(async () => {
    database = await createTestDatabase(dialect);
    await writeCouncilBundle(database.store.db, aSmallCouncil(), TEST_CHANGE);
    app = await buildServer({
      store: database.store,
      logger: { level: 'error', stream: { write: (line: string) => void logLines.push(line) } },
    });
  });
  afterAll(async () => {
    await app.close();
    await database.drop();
  });

  it('answers 200 and names the database while the database answers', async () => {
    expect(await getJson(app, '/healthz')).toEqual({
      status: 200,
      body: { status: 'ok', database: dialect },
    });
  });

  describe('once the database has gone away', () => {
    beforeAll(() => database.store.close());

    it('answers 503 so that a load balancer stops sending requests, and logs why', async () => {
      const answer = await getJson(app, '/healthz');
      expect(answer.status).toBe(503);
      expect(answer.body).toMatchObject({ status: 'unavailable', database: dialect });
      expect(logLines.some((line) => line.includes('health check'))).toBe(true);
    });

    it('answers other requests with a 500 that names no internals, and logs the fault in full', async () => {
      logLines.length = 0;
      const answer = await getJson(app, '/api/v1/areas');
      expect(answer.status).toBe(500);
      expect(answer.body.error?.code).toBe('internal');
      expect(answer.body.error?.message).toMatch(/went wrong on our side.*reference req-/);
      expect(JSON.stringify(answer.body)).not.toMatch(/pool|connection|sqlite|postgres|stack/i);
      expect(logLines.join('')).toMatch(/unexpected error/);
    });
  });
});
