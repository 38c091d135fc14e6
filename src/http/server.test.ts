import fc from 'fast-check';
import type { FastifyInstance } from 'fastify';
import { describe, expect, it } from 'vitest';
import { DIALECTS } from '../../test/store-fixture.js';
import { UserError } from '../domain/errors.js';
import { buildServer } from './server.js';
import { getJson, useCouncilServer } from './test-server.js';

/** Every route the API offers, as the OpenAPI document names them. */
const ROUTES = [
  '/healthz',
  '/api/v1/org-units',
  '/api/v1/org-units/{id}',
  '/api/v1/strategy',
  '/api/v1/strategy/{id}',
  '/api/v1/measures',
  '/api/v1/measures/{code}',
  '/api/v1/measures/{code}/commentary',
  '/api/v1/balanced-scorecards/{planId}',
  '/api/v1/balanced-scorecards/{planId}/perspectives',
  '/api/v1/values',
  '/api/v1/values/history',
  '/api/v1/values/signoff',
  '/api/v1/quality',
  '/api/v1/due',
  '/api/v1/events',
  '/api/v1/areas',
  '/api/v1/area-groups',
  '/api/v1/session',
  '/api/v1/session/password',
  '/api/v1/tokens',
  '/api/v1/tokens/{id}',
  '/api/v1/users',
  '/api/v1/users/{id}',
  '/api/v1/users/{id}/grants',
  '/api/v1/users/{id}/password-reset',
  '/api/v1/roles',
  '/api/v1/audit',
  '/api/v1/exports/{what}',
  '/api/v1/validation-rules',
  '/api/v1/validation-rules/{id}',
  '/api/v1/validation-rules/measures/{code}',
  // Administering the catalogue
  '/api/v1/measures/{code}/targets',
  '/api/v1/measures/{code}/targets/withdraw',
  '/api/v1/strategy/{id}/retire',
  // Plan–Do–Review–Revise
  '/api/v1/actions',
  '/api/v1/actions/{id}',
  '/api/v1/actions/{id}/progress',
  '/api/v1/recovery-plans',
  '/api/v1/recovery-plans/required',
  '/api/v1/recovery-plans/escalations',
  '/api/v1/recovery-plans/{id}',
  '/api/v1/recovery-plans/{id}/close',
  '/api/v1/risks',
  '/api/v1/risks/{id}',
  '/api/v1/reviews',
  '/api/v1/reviews/{id}',
  '/api/v1/reviews/{id}/decisions',
  '/api/v1/reviews/{id}/attendance',
  '/api/v1/reviews/{id}/report-file',
  '/api/v1/measures/{code}/decisions',
  '/api/v1/objectives',
  '/api/v1/objectives/mine',
  '/api/v1/objectives/{id}/progress',
  '/api/v1/people/{id}/objectives',
  '/api/v1/complaints',
  '/api/v1/complaints/{id}',
  '/api/v1/pdrr-settings',
  // The engine's verdicts, dashboards and maps
  '/api/v1/status/measures',
  '/api/v1/status/measures/{code}',
  '/api/v1/status/thread',
  '/api/v1/dashboards',
  '/api/v1/dashboards/{id}',
  '/api/v1/dashboards/{id}/data',
  '/api/v1/dashboards/{id}/history',
  '/api/v1/maps/wards',
  '/api/v1/maps/wards/history',
  // Importing figures from files
  '/api/v1/imports',
  '/api/v1/import-profiles',
  // Reports and their schedules
  '/api/v1/reports',
  '/api/v1/schedules',
  '/api/v1/schedules/{id}',
  '/api/v1/schedules/{id}/send-now',
  '/api/v1/deliveries',
  '/api/v1/deliveries/{id}/file',
  // What the public site publishes
  '/api/v1/publication/rules',
  '/api/v1/publication/rules/{code}',
  // The public open-data API
  '/api/public/v1/comparisons',
  '/api/public/v1/measures',
  '/api/public/v1/measures/{code}',
  '/api/public/v1/measures/{code}/figures',
  '/api/public/v1/plan',
  '/api/public/v1/wards',
  '/api/public/v1/wards/{code}',
];

/** Answers that stream until the client leaves: fuzzing them would wait for ever. */
const STREAMS = new Set(['/api/v1/events']);

describe.each(DIALECTS)('the HTTP server on %s', (dialect) => {
  const logLines: string[] = [];
  const server = useCouncilServer(dialect, {
    logger: { level: 'error', stream: { write: (line: string) => void logLines.push(line) } },
  });

  describe('its OpenAPI document', () => {
    it('is served at /api/docs/json, titled and versioned, and lists every route', async () => {
      const { status, body } = await getJson(server.app, '/api/docs/json');
      expect(status).toBe(200);
      expect(body).toMatchObject({
        openapi: '3.1.0',
        info: { title: 'Golden Thread API', version: '0.1.0' },
      });
      expect(Object.keys(body.paths as object).sort()).toEqual([...ROUTES].sort());
    });

    it('describes every answer of every route, errors included, with a schema', async () => {
      const { body } = await getJson(server.app, '/api/docs/json');
      const paths = body.paths as Record<string, Record<string, { responses: Record<string, unknown> }>>;
      const schemas = (body.components as { schemas: Record<string, unknown> }).schemas;
      for (const [path, methods] of Object.entries(paths)) {
        for (const [method, { responses }] of Object.entries(methods)) {
          const success = Object.keys(responses).find((status) => status.startsWith('2'));
          expect(success, `${method} ${path}`).toBeDefined();
          expect(Object.keys(responses), `${method} ${path}`).toContain('500');
          for (const [status, response] of Object.entries(responses)) {
            // A 204 has no body to describe.
            if (status === '204') continue;
            const content = (response as { content: Record<string, { schema: { $ref?: string } }> }).content;
            const schema = Object.values(content)[0]?.schema;
            expect(schema, `${method} ${path} ${status}`).toBeDefined();
            // Files (CSV exports) describe their body inline; JSON answers name a shared schema.
            const ref = schema?.$ref;
            if (ref)
              expect(
                schemas[ref.replace('#/components/schemas/', '')],
                `${method} ${path} ${ref}`,
              ).toBeDefined();
          }
        }
      }
      expect(schemas['Error']).toMatchObject({ required: ['error'] });
    });

    it('is browsable at /api/docs', async () => {
      const response = await server.app.inject({ method: 'GET', url: '/api/docs/' });
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toMatch(/text\/html/);
    });
  });

  it('answers an unknown route with a 404 in the usual error shape', async () => {
    const { status, body } = await getJson(server.app, '/api/v1/budgets?year=2016');
    expect(status).toBe(404);
    expect(body.error).toEqual({
      code: 'not-found',
      message: 'There is no GET /api/v1/budgets in this API; the routes are listed at /api/docs',
    });
  });

  it('answers a write to a read-only resource with 404, not carried out', async () => {
    const response = await server.app.inject({ method: 'POST', url: '/api/v1/areas', payload: {} });
    expect(response.statusCode).toBe(404);
    expect(response.json().error.code).toBe('not-found');
  });

  it('answers any query string or id a person might send with 200, 400 or 404, never 500', async () => {
    const text = fc.string({ unit: 'binary', maxLength: 12 });
    /** Form encoding copes with any string, lone surrogates included. */
    const encode = (value: string) => new URLSearchParams({ v: value }).toString().slice(2);
    const parameter = fc.constantFrom(
      'measure',
      'area',
      'from',
      'to',
      'limit',
      'after',
      'kind',
      'period',
      'category',
    );
    const query = fc.dictionary(parameter, text, { maxKeys: 4 });
    const path = fc.oneof(
      fc.constantFrom(
        ...ROUTES.filter((r) => !STREAMS.has(r)).map((r) =>
          r.replace('{id}', 'DIR-PLACE').replace('{code}', 'CP-ECO-01'),
        ),
      ),
      text.map((id) => `/api/v1/org-units/${encode(id)}`),
      text.map((id) => `/api/v1/strategy/${encode(id)}`),
      text.map((code) => `/api/v1/measures/${encode(code)}`),
    );
    await fc.assert(
      fc.asyncProperty(path, query, async (url, params) => {
        const search = Object.entries(params).map(([k, v]) => `${k}=${encode(v)}`);
        const { status, body } = await getJson(server.app, `${url}?${search.join('&')}`);
        expect([200, 400, 404], JSON.stringify(body)).toContain(status);
      }),
      { numRuns: 300 },
    );
  });

  it.each(['/api/v1/measures/%E0%A4%A', '/api/v1/measures/%00', '/api/v1/values?measure=%ff'])(
    'answers a malformed address such as %s with a 4xx in the usual shape',
    async (url) => {
      const { status, body } = await getJson(server.app, url);
      expect(status).toBeGreaterThanOrEqual(400);
      expect(status).toBeLessThan(500);
      expect(body.error?.message).toEqual(expect.any(String));
    },
  );

  describe('when something inside fails', () => {
    /** A throwaway server sharing the database, with routes that fail on purpose. */
    async function failingServer(): Promise<FastifyInstance> {
      const app = await buildServer({
        store: server.database.store,
        logger: { level: 'error', stream: { write: (line: string) => void logLines.push(line) } },
      });
      app.get('/boom', async () => {
        throw new Error('connect ECONNREFUSED postgres://admin:hunter2@db.internal:5432');
      });
      app.get('/too-large', async () => {
        throw Object.assign(new Error('Request body is too large'), { statusCode: 413 });
      });
      app.get('/refused', async () => {
        throw new UserError(
          'refused',
          'Measure "CP-ECO-01" has figures, so it cannot be deleted: retire it instead',
        );
      });
      return app;
    }

    it('answers an unexpected error with a logged 500 that names no internals', async () => {
      const app = await failingServer();
      logLines.length = 0;
      const { status, body } = await getJson(app, '/boom');
      expect(status).toBe(500);
      expect(body.error?.code).toBe('internal');
      expect(body.error?.message).toMatch(
        /^Something went wrong on our side\. It has been logged with reference req-/,
      );
      expect(JSON.stringify(body)).not.toMatch(/ECONNREFUSED|hunter2|db\.internal|at /);
      expect(logLines.join('')).toMatch(/ECONNREFUSED/);
      await app.close();
    });

    it("passes on Fastify's own refusals of a request as the client's error, not ours", async () => {
      const app = await failingServer();
      const { status, body } = await getJson(app, '/too-large');
      expect(status).toBe(413);
      expect(body.error).toEqual({ code: 'invalid-input', message: 'Request body is too large' });
      await app.close();
    });

    it("answers a user's error with its status and its message", async () => {
      const app = await failingServer();
      const { status, body } = await getJson(app, '/refused');
      expect(status).toBe(409);
      expect(body.error).toEqual({
        code: 'refused',
        message: 'Measure "CP-ECO-01" has figures, so it cannot be deleted: retire it instead',
      });
      await app.close();
    });
  });
});
