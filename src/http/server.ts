/**
 * Builds the HTTP server: security headers, authentication and route-level access, the zod type
 * provider, the OpenAPI document, one error path and every resource's routes. It does not listen;
 * the command line chooses where (127.0.0.1 unless --host says otherwise).
 */
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Store } from '../store/connect.js';
import { areaRoutes } from './areas/routes.js';
import { auditRoutes } from './audit/routes.js';
import { installAuthentication } from './auth/authenticate.js';
import { installSecurityHeaders } from './auth/security-headers.js';
import { authSettings, type AuthSettings } from './auth/settings.js';
import { frameworkErrors, installErrorHandling } from './errors.js';
import { eventRoutes } from './events/routes.js';
import { exportRoutes } from './exports/routes.js';
import { reportRoutes } from './reports/routes.js';
import { healthRoutes } from './health/routes.js';
import { DEFAULT_PUBLIC_OPTIONS, type PublicSiteOptions } from './public/options.js';
import { publicRoutes } from './public/routes.js';
import { publicationRuleRoutes } from './public/rule-routes.js';
import { measureRoutes } from './measures/routes.js';
import { commentaryRoutes } from './commentary/routes.js';
import { commentaryWriteRoutes } from './commentary/write-routes.js';
import { balancedScorecardRoutes } from './balanced-scorecards/routes.js';
import { registerOpenApi } from './openapi.js';
import { qualityRoutes } from './quality/routes.js';
import { orgUnitRoutes } from './org-units/routes.js';
import { sessionRoutes } from './session/routes.js';
import { ssoRoutes } from './sso/routes.js';
import { statusRoutes } from './status/routes.js';
import { strategyRoutes } from './strategy/routes.js';
import { tokenRoutes } from './tokens/routes.js';
import { userRoutes } from './users/routes.js';
import { valueEntryRoutes } from './values/entry-routes.js';
import { valueRoutes } from './values/routes.js';
import { validationRuleRoutes } from './validation-rules/routes.js';
import { dashboardRoutes } from './dashboards/routes.js';
import { mapRoutes } from './maps/routes.js';
import { importRoutes } from './imports/routes.js';
import { scheduleRoutes } from './schedules/routes.js';
import { webAppRoutes } from './web-app/routes.js';
import { pdrrRoutes } from './pdrr-routes.js';
import { catalogueRoutes } from './catalogue/routes.js';

export const API_PREFIX = '/api/v1';

/** The largest request body any route takes; routes that take less say so themselves. */
export const BODY_LIMIT = 256 * 1024;

export interface ServerOptions {
  store: Store;
  /** Fastify's logger: `true` for JSON lines on stdout, or pino options (tests pass a stream). */
  logger?: FastifyServerOptions['logger'];
  /** The secret, session lifetimes, clock and single sign-on; a random secret when left out. */
  auth?: Partial<AuthSettings>;
  /**
   * Which proxies to believe about the client's address and scheme (X-Forwarded-For/-Proto):
   * none by default, so a forged header cannot dodge sign-in throttling or fake HTTPS.
   */
  trustProxy?: FastifyServerOptions['trustProxy'];
  /** Where the public site lives and whether this server serves it, the staff side, or both. */
  publicSite?: Partial<PublicSiteOptions>;
}

export async function buildServer({
  store,
  logger = false,
  auth,
  trustProxy = false,
  publicSite,
}: ServerOptions): Promise<FastifyInstance> {
  const settings = authSettings(auth);
  const app = Fastify({
    logger,
    frameworkErrors,
    trustProxy,
    bodyLimit: BODY_LIMIT,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installErrorHandling(app);
  await installSecurityHeaders(app);
  await installAuthentication(app, store, settings);
  // The document collects routes as they are added, so it must be registered before them.
  await registerOpenApi(app);

  await app.register(healthRoutes, { store });
  const site = { ...DEFAULT_PUBLIC_OPTIONS, ...publicSite };
  if (site.serve !== 'staff') await app.register(publicRoutes(settings, site), { store });
  if (site.serve !== 'public') await app.register(webAppRoutes, { store, sso: settings.oidc !== null });
  const resources = [
    orgUnitRoutes,
    strategyRoutes,
    measureRoutes,
    valueRoutes,
    valueEntryRoutes(settings),
    qualityRoutes(settings),
    statusRoutes(settings),
    areaRoutes,
    sessionRoutes(settings),
    tokenRoutes(settings),
    userRoutes(settings),
    auditRoutes(settings),
    exportRoutes(settings),
    publicationRuleRoutes(settings),
    reportRoutes(settings),
    scheduleRoutes(settings),
    validationRuleRoutes(settings),
    ...pdrrRoutes(settings),
    dashboardRoutes(settings),
    mapRoutes(settings),
    balancedScorecardRoutes(settings),
    commentaryRoutes,
    commentaryWriteRoutes(settings),
    catalogueRoutes(settings),
    importRoutes(settings),
    eventRoutes,
  ];
  if (settings.oidc) resources.push(ssoRoutes(settings, settings.oidc));
  // A public-only server has no staff API: no sign-in, no figures but the published ones.
  if (site.serve === 'public') resources.length = 0;
  for (const routes of resources) {
    await app.register(routes, { store, prefix: API_PREFIX });
  }
  return app;
}
