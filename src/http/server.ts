/**
 * Builds the HTTP server: the zod type provider, the OpenAPI document, one error path and every
 * resource's routes. It does not listen; the command line chooses where (127.0.0.1 until accounts
 * arrive, since the API has no access control yet).
 */
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Store } from '../store/connect.js';
import { areaRoutes } from './areas/routes.js';
import { frameworkErrors, installErrorHandling } from './errors.js';
import { healthRoutes } from './health/routes.js';
import { homeRoutes } from './home/routes.js';
import { measureRoutes } from './measures/routes.js';
import { registerOpenApi } from './openapi.js';
import { orgUnitRoutes } from './org-units/routes.js';
import { strategyRoutes } from './strategy/routes.js';
import { valueRoutes } from './values/routes.js';

export const API_PREFIX = '/api/v1';

export interface ServerOptions {
  store: Store;
  /** Fastify's logger: `true` for JSON lines on stdout, or pino options (tests pass a stream). */
  logger?: FastifyServerOptions['logger'];
}

export async function buildServer({ store, logger = false }: ServerOptions): Promise<FastifyInstance> {
  const app = Fastify({ logger, frameworkErrors }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installErrorHandling(app);
  // The document collects routes as they are added, so it must be registered before them.
  await registerOpenApi(app);

  await app.register(healthRoutes, { store });
  await app.register(homeRoutes, { store });
  for (const routes of [orgUnitRoutes, strategyRoutes, measureRoutes, valueRoutes, areaRoutes]) {
    await app.register(routes, { store, prefix: API_PREFIX });
  }
  return app;
}
