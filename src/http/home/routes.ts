import { councilOverview } from '../../app/council-overview.js';
import { scopeFor } from '../auth/viewer.js';
import { measurePolicy } from '../measures/policy.js';
import type { ResourceRoutes } from '../resource.js';
import { renderHomePage } from './page.js';
import { HOME_CSS, HOME_CSS_PATH } from './style.js';

export const homeRoutes: ResourceRoutes = async (app, { store }) => {
  app.get('/', { schema: { hide: true }, config: { access: 'public' } }, async (request, reply) => {
    // The page counts only what its reader may see: the public sees published measures' counts.
    const scope = await scopeFor(request, store);
    const page = renderHomePage(await councilOverview(store, (m) => measurePolicy.read(scope, m)));
    return reply.type('text/html; charset=utf-8').send(page);
  });

  app.get(HOME_CSS_PATH, { schema: { hide: true }, config: { access: 'public' } }, async (_request, reply) =>
    reply.type('text/css; charset=utf-8').header('cache-control', 'public, max-age=3600').send(HOME_CSS),
  );
};
