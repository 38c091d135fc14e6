/**
 * A measure's commentary history: every version of the owner's commentary on each period. For
 * signed-in readers of the measure: the history names who recorded each version.
 */
import { UserError } from '../../domain/errors.js';
import { measureCommentaryHistory } from '../../app/commentary-history.js';
import { getMeasure } from '../../store/measures.js';
import { scopeFor } from '../auth/viewer.js';
import { described, errorResponses } from '../error-body.js';
import { measurePolicy } from '../measures/policy.js';
import { MeasureParams } from '../measures/schema.js';
import type { ResourceRoutes } from '../resource.js';
import { CommentaryHistoryQuery, CommentaryHistorySchema } from './schema.js';

export const commentaryRoutes: ResourceRoutes = async (app, { store }) => {
  app.get(
    '/measures/:code/commentary',
    {
      config: { access: 'user', tokenScope: 'measures' },
      schema: {
        tags: ['measures'],
        summary:
          "A measure's commentary history: each period, newest first, with every version of what was said",
        params: MeasureParams,
        querystring: CommentaryHistoryQuery,
        response: {
          200: described('The commentary, newest period first', CommentaryHistorySchema),
          ...errorResponses(400, 401, 404),
        },
      },
    },
    async (request) => {
      const { code } = request.params;
      const measure = await getMeasure(store.db, code);
      // Out of scope reads as absent: a 403 would confirm the measure exists.
      if (!measure || !measurePolicy.read(await scopeFor(request, store), measure))
        throw new UserError('not-found', `There is no measure with code "${code}"`);
      const history = await measureCommentaryHistory(store, measure.id);
      return {
        measureId: measure.id,
        area: history.area,
        periods: history.periods.map((p) => ({
          period: p.period,
          periodLabel: p.periodLabel,
          versions: p.versions.map((v) => ({
            version: v.version,
            summary: v.summary,
            reasons: v.reasons,
            nextSteps: v.nextSteps,
            authorId: v.authorId,
            authorName: v.authorName,
            recordedBy: v.recordedBy,
            recordedAt: v.recordedAt,
            reason: v.reason,
            withdrawn: v.withdrawn,
            superseded: v.superseded,
          })),
        })),
      };
    },
  );
};
