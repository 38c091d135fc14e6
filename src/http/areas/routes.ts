/**
 * Areas by ONS GSS code (country, region, authority, ward) and the groups they are compared in.
 * They are public geography (ONS codes and names), so anyone may read them.
 */
import { listAreaGroups, listAreas } from '../../store/areas.js';
import { described, errorResponses } from '../error-body.js';
import type { ResourceRoutes } from '../resource.js';
import { AreaGroupListQuery, AreaGroupListSchema, AreaListQuery, AreaListSchema } from './schema.js';

export const areaRoutes: ResourceRoutes = async (app, { store }) => {
  app.get(
    '/areas',
    {
      config: { access: 'public', tokenScope: 'areas' },
      schema: {
        tags: ['areas'],
        summary: 'List areas by GSS code, optionally of one kind',
        querystring: AreaListQuery,
        response: { 200: described('The areas, by code', AreaListSchema), ...errorResponses(400) },
      },
    },
    async (request) => ({ areas: await listAreas(store.db, request.query.kind) }),
  );

  app.get(
    '/area-groups',
    {
      config: { access: 'public', tokenScope: 'areas' },
      schema: {
        tags: ['areas'],
        summary: 'List comparator groups (regions, nearest neighbours, custom groups) and their members',
        querystring: AreaGroupListQuery,
        response: {
          200: described('The comparator groups, by id', AreaGroupListSchema),
          ...errorResponses(400),
        },
      },
    },
    async () => ({ areaGroups: await listAreaGroups(store.db) }),
  );
};
