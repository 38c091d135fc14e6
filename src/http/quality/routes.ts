/**
 * The data-quality view and the list of figures due or late per owner, over the measures the
 * person may see. Both are for signed-in people: they say how well the council keeps its data.
 */
import { canSeeMeasure } from '../../domain/access/scope.js';
import { dataQuality, dueByOwner } from '../../app/values/data-quality.js';
import { listMeasures } from '../../store/measures.js';
import type { AuthSettings } from '../auth/settings.js';
import { scopeFor } from '../auth/viewer.js';
import { described, errorResponses } from '../error-body.js';
import type { ResourceRoutes } from '../resource.js';
import { DataQualitySchema, DueListSchema, DueQuery } from './schema.js';

export const qualityRoutes = (settings: AuthSettings): ResourceRoutes =>
  async function qualityRoutes(app, { store }) {
    const today = () => settings.clock().toISOString().slice(0, 10);
    const visibleMeasures = async (request: Parameters<typeof scopeFor>[0]) => {
      const scope = await scopeFor(request, store);
      return (await listMeasures(store.db)).filter((m) => canSeeMeasure(scope, m));
    };

    app.get(
      '/quality',
      {
        config: { access: 'user', tokenScope: 'measures' },
        schema: {
          tags: ['values'],
          summary: 'Data quality per measure and directorate',
          description:
            'Completeness and timeliness over the last four periods fallen due, the share of figures ' +
            'flagged, the methodology fields left empty, and when each measure was last updated.',
          response: {
            200: described('The data-quality view', DataQualitySchema),
            ...errorResponses(401, 403),
          },
        },
      },
      async (request) => dataQuality(store, await visibleMeasures(request), today()),
    );

    app.get(
      '/due',
      {
        config: { access: 'user', tokenScope: 'measures' },
        schema: {
          tags: ['values'],
          summary: 'Figures due soon or late, per owner',
          description:
            "A figure is due from its period's end plus the measure's lag; listed when due within 14 days, " +
            'or late, over the last four periods.',
          querystring: DueQuery,
          response: {
            200: described('What is due or late', DueListSchema),
            ...errorResponses(400, 401, 403),
          },
        },
      },
      async (request) => {
        const day = today();
        return {
          today: day,
          owners: await dueByOwner(store, await visibleMeasures(request), day, request.query.owner),
        };
      },
    );
  };
