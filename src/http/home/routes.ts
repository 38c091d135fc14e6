import { councilOverview } from '../../app/council-overview.js';
import type { ResourceRoutes } from '../resource.js';
import { renderHomePage } from './page.js';

export const homeRoutes: ResourceRoutes = async (app, { store }) => {
  app.get('/', { schema: { hide: true } }, async (_request, reply) => {
    const page = renderHomePage(await councilOverview(store));
    return reply.type('text/html; charset=utf-8').send(page);
  });
};
