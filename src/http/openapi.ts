/**
 * The OpenAPI document, built from the routes' zod schemas so that it cannot drift from what the
 * server checks and sends. Served as JSON at /api/docs/json and browsable at /api/docs.
 */
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import type { SwaggerTransformObject } from '@fastify/swagger';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';

export const API_VERSION = '0.1.0';
export const DOCS_PREFIX = '/api/docs';

export async function registerOpenApi(app: FastifyInstance): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Golden Thread API',
        version: API_VERSION,
        description:
          'The Corporate Plan, its measures and their figures, from the organisation down to the ward. ' +
          'Sign in with POST /api/v1/session (a browser session, with X-CSRF-Token on changes) or send an ' +
          'API token as `Authorization: Bearer`. Published measures are readable without signing in; ' +
          'anything outside what you may see answers 404. Errors are always `{ error: { code, message } }`; ' +
          'a message names the parameter at fault and the form expected.',
      },
      components: {
        securitySchemes: {
          session: {
            type: 'apiKey',
            in: 'cookie',
            name: 'gt_session',
            description: 'Set by POST /api/v1/session; send X-CSRF-Token on requests that change something',
          },
          token: {
            type: 'http',
            scheme: 'bearer',
            description: 'An API token (gt_…): reads only, within its scopes',
          },
        },
      },
      // Either credential, or none for the public routes (which then answer what the public may see).
      security: [{ session: [] }, { token: [] }, {}],
      tags: [
        { name: 'health', description: 'Is the server and its database up' },
        {
          name: 'organisation',
          description: 'Council → directorates → services → teams, and the people in them',
        },
        {
          name: 'strategy',
          description: 'The golden thread: Corporate Plan → priorities → … → individual objectives',
        },
        { name: 'measures', description: 'Measures (KPIs), their methodology, targets and commentary' },
        { name: 'values', description: 'Figures for measure × period × area, with their history' },
        { name: 'areas', description: 'Areas by ONS GSS code and comparator groups' },
        { name: 'exports', description: 'Downloads as CSV or JSON, holding only what the reader may see' },
        { name: 'session', description: 'Signing in and out, and API tokens for integrations' },
        { name: 'audit', description: 'The audit trail, for administrators' },
        {
          name: 'users',
          description: 'Accounts and their roles, and every role in words, for administrators',
        },
        {
          name: 'public',
          description:
            'The public open-data API (/api/public/v1): published measures and approved figures only, small numbers withheld; anonymous, read-only, cached (ETag, Cache-Control) and rate-limited. See docs/public-site.md',
        },
      ],
    },
    transform: jsonSchemaTransform,
    transformObject: (document) => withoutUnusedSchemas(jsonSchemaTransformObject(document)),
  });
  await app.register(swaggerUi, { routePrefix: DOCS_PREFIX });
}

type OpenApiDocument = ReturnType<SwaggerTransformObject>;

/**
 * The zod provider adds an input and an output variant of every named schema, and zod's registry is
 * shared by the whole process; keep only the schemas the routes actually refer to.
 */
function withoutUnusedSchemas(document: OpenApiDocument): OpenApiDocument {
  if (!('components' in document) || !document.components?.schemas) return document;
  const schemas = document.components.schemas as Record<string, unknown>;
  const used = new Set<string>();
  const pending = [...refsIn(document.paths)];
  while (pending.length > 0) {
    const name = pending.pop()!;
    if (used.has(name) || !(name in schemas)) continue;
    used.add(name);
    pending.push(...refsIn(schemas[name]));
  }
  const kept = Object.fromEntries(Object.entries(schemas).filter(([name]) => used.has(name)));
  return { ...document, components: { ...document.components, schemas: kept } } as OpenApiDocument;
}

function refsIn(value: unknown): string[] {
  const found = JSON.stringify(value ?? null).matchAll(/"\$ref":"#\/components\/schemas\/([^"]+)"/g);
  return [...found].map((m) => decodeURIComponent(m[1]!));
}
