import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../test/store-fixture.js';
import { aSmallCouncil, aValue, TEST_CHANGE } from '../../../test/factories.js';
import { writeCouncilBundle } from '../../store/bundle.js';
import { installSecurityHeaders } from '../auth/security-headers.js';
import { recordValue } from '../../store/values.js';
import { webAppRoutes } from './routes.js';

const PAGE =
  '<!doctype html><html lang="en-GB"><head><title>Golden Thread</title><script type="module" src="/app/assets/index-abc.js"></script></head><body><div id="root"></div></body></html>';

describe('serving the staff app', () => {
  let database: TestDatabase;
  let dist: string;
  let app: FastifyInstance;
  let unbuilt: FastifyInstance;

  beforeAll(async () => {
    database = await createTestDatabase('sqlite');
    await writeCouncilBundle(database.store.db, aSmallCouncil(), TEST_CHANGE);
    await recordValue(database.store.db, aValue({ period: '2017-11', value: 60 }), TEST_CHANGE);
    dist = mkdtempSync(join(tmpdir(), 'golden-thread-dist-'));
    mkdirSync(join(dist, 'assets'));
    writeFileSync(join(dist, 'index.html'), PAGE);
    writeFileSync(join(dist, 'assets', 'index-abc.js'), 'console.log("app")');
    app = Fastify();
    await installSecurityHeaders(app);
    await app.register(webAppRoutes, { store: database.store, sso: true, distDir: dist });
    unbuilt = Fastify();
    await unbuilt.register(webAppRoutes, {
      store: database.store,
      sso: false,
      distDir: join(dist, 'missing'),
    });
  });
  afterAll(async () => {
    await app?.close();
    await unbuilt?.close();
    await database?.drop();
    rmSync(dist, { recursive: true, force: true });
  });

  it('answers every address under /app/ with the app’s page, so a bookmarked page opens', async () => {
    for (const url of ['/app/', '/app/scorecard', '/app/measures/CP-ECO-01?ward=E05001324']) {
      const answer = await app.inject(url);
      expect(answer.statusCode).toBe(200);
      expect(answer.headers['content-type']).toMatch(/^text\/html/);
      expect(answer.headers['cache-control']).toBe('no-cache');
      expect(answer.body).toBe(PAGE);
    }
    expect((await app.inject('/app')).headers.location).toBe('/app/');
  });

  it('serves the hashed assets for a year, under a policy that allows no inline script', async () => {
    const asset = await app.inject('/app/assets/index-abc.js');
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['cache-control']).toMatch(/max-age=31536000.*immutable/);
    const page = await app.inject('/app/');
    expect(page.headers['content-security-policy']).toMatch(/script-src 'self'(;|$)/);
  });

  it('answers a missing asset 404 rather than the page, so a stale page never runs HTML as script', async () => {
    const answer = await app.inject('/app/assets/index-old.js');
    expect(answer.statusCode).toBe(404);
  });

  it('tells the app whether single sign-on is set up, and the quarter of the latest figures', async () => {
    expect((await app.inject('/app/config.json')).json()).toEqual({ sso: true, defaultPeriod: '2017/18-Q3' });
  });

  it('says how to build the app when it has not been built', async () => {
    const answer = await unbuilt.inject('/app/scorecard');
    expect(answer.statusCode).toBe(503);
    expect(answer.body).toMatch(/npm run build:web/);
  });
});
