/**
 * Ward maps. Everyone may read the shapes the wards are drawn with (they say nothing about
 * performance); an administrator may upload the council's real ward boundaries as GeoJSON, and
 * may go back to the hex map. Every change is kept as a version.
 */
import { z } from 'zod';
import {
  clearWardBoundaries,
  replaceWardBoundaries,
  wardGeometry,
  wardMapHistory,
} from '../../app/dashboards/ward-map.js';
import type { AuthSettings } from '../auth/settings.js';
import { signedIn } from '../auth/viewer.js';
import { described, errorResponses } from '../error-body.js';
import type { ResourceRoutes } from '../resource.js';
import {
  BOUNDARY_FILE_LIMIT,
  BoundaryResultSchema,
  BoundaryUploadSchema,
  WardGeometrySchema,
  WardMapHistorySchema,
} from './schema.js';

export const mapRoutes = (settings: AuthSettings): ResourceRoutes =>
  async function mapRoutes(app, { store }) {
    app.get(
      '/maps/wards',
      {
        config: { access: 'public', tokenScope: 'measures' },
        schema: {
          tags: ['maps'],
          summary: 'The shapes the council’s wards are drawn with: a hex map, or uploaded boundaries',
          response: { 200: described('The ward shapes', WardGeometrySchema), ...errorResponses(404) },
        },
      },
      async () => wardGeometry(store),
    );

    app.post(
      '/maps/wards',
      {
        bodyLimit: BOUNDARY_FILE_LIMIT,
        config: { access: 'admin' },
        schema: {
          tags: ['maps'],
          summary: 'Upload the council’s ward boundaries (GeoJSON); ward maps become choropleths',
          description:
            'A FeatureCollection of Polygon or MultiPolygon features, one per ward of the council, each with a ' +
            'property holding its GSS code (such as WD13CD in the ONS Open Geography Portal’s files). Unknown, ' +
            `missing and repeated wards are named, and nothing is saved until every ward is right. At most ${BOUNDARY_FILE_LIMIT / 1024 / 1024} MB.`,
          body: BoundaryUploadSchema,
          response: {
            200: described('How many wards were saved', BoundaryResultSchema),
            ...errorResponses(400, 401, 403),
          },
        },
      },
      async (request) => {
        const change = { by: signedIn(request).user.email, at: settings.clock().toISOString() };
        const fileName = request.body.fileName ?? null;
        const saved = await replaceWardBoundaries(
          store,
          request.body.geojson,
          fileName,
          request.body.codeProperty,
          change,
          request.ip,
        );
        return saved;
      },
    );

    app.delete(
      '/maps/wards',
      {
        config: { access: 'admin' },
        schema: {
          tags: ['maps'],
          summary: 'Go back to the hex map; the uploaded boundaries stay in the history',
          response: { 204: z.null().describe('The hex map is back'), ...errorResponses(401, 403) },
        },
      },
      async (request, reply) => {
        const change = { by: signedIn(request).user.email, at: settings.clock().toISOString() };
        await clearWardBoundaries(store, change, request.ip);
        return reply.status(204).send(null);
      },
    );

    app.get(
      '/maps/wards/history',
      {
        config: { access: 'admin' },
        schema: {
          tags: ['maps'],
          summary: 'Every boundary upload and return to the hex map: the file, who and when, newest first',
          response: {
            200: described('The ward map’s versions', WardMapHistorySchema),
            ...errorResponses(401, 403),
          },
        },
      },
      async () => ({ versions: await wardMapHistory(store) }),
    );
  };
