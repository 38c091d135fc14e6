/**
 * Balanced scorecards: a plan's measures in its perspectives, judged as at a period, and setting
 * the perspectives (performance officers and administrators, in a signed-in browser). Readers see
 * only the plans and measures in their scope; out of scope reads as absent (404).
 */
import type { FastifyRequest } from 'fastify';
import { canSeeMeasure, visibleStrategyItems } from '../../domain/access/scope.js';
import { UserError } from '../../domain/errors.js';
import { formatFigure, formatSetFigure } from '../../domain/status/format.js';
import { DIRECTION_WORDS } from '../../domain/status/direction.js';
import { RAG_LABELS } from '../../domain/status/labels.js';
import type { MeasureStatus } from '../../domain/engine/index.js';
import { balancedScorecard, type PerspectiveView } from '../../app/scorecards/balanced-scorecard.js';
import { setPerspectives } from '../../app/scorecards/set-perspectives.js';
import { asAtFor, type MeasureReport } from '../../app/status/index.js';
import type { Store } from '../../store/connect.js';
import { accountOf } from '../../store/users.js';
import type { AuthSettings } from '../auth/settings.js';
import { scopeFor, signedIn } from '../auth/viewer.js';
import { described, errorResponses } from '../error-body.js';
import type { ResourceRoutes } from '../resource.js';
import { balancedScorecardPolicy } from './policy.js';
import {
  BalancedScorecardQuery,
  BalancedScorecardSchema,
  PerspectivesBodySchema,
  PlanParams,
  type ScorecardMeasureJson,
} from './schema.js';

function measureJson({ measure, status }: MeasureReport): ScorecardMeasureJson {
  // The scorecard judges with words, so each status carries its sentence.
  const full = status as MeasureStatus;
  const style = { unit: measure.unit, decimals: measure.decimals, ratePer: measure.ratePer };
  const value = full.figure?.value ?? null;
  const target = full.target?.value ?? null;
  const label = RAG_LABELS[full.rag.status];
  const direction = full.direction.previousPeriod;
  return {
    id: measure.id,
    title: measure.title,
    category: measure.category,
    unit: measure.unit,
    period: full.period,
    periodLabel: full.periodLabel,
    value,
    valueText: value === null ? null : formatFigure(value, style),
    target,
    targetText: target === null ? null : formatSetFigure(target, style),
    status: {
      status: full.rag.status,
      word: label.word,
      shape: label.shape,
      symbol: label.symbol,
      sentence: full.rag.sentence,
    },
    direction: {
      direction: direction.direction,
      word: DIRECTION_WORDS[direction.direction],
      sentence: direction.sentence,
    },
  };
}

const perspectiveJson = (p: PerspectiveView) => ({
  name: p.name,
  description: p.description,
  counts: p.counts,
  measures: p.measures.map(measureJson),
});

async function mayArrange(store: Store, request: FastifyRequest): Promise<boolean> {
  if (request.viewer.kind !== 'user') return false;
  return balancedScorecardPolicy.arrange(await accountOf(store.db, request.viewer.user));
}

export const balancedScorecardRoutes = (settings: AuthSettings): ResourceRoutes =>
  async function balancedScorecardRoutes(app, { store }) {
    const today = () => settings.clock().toISOString().slice(0, 10);

    const read = async (request: FastifyRequest, planId: string, period: string | undefined) => {
      const scope = await scopeFor(request, store);
      const asAt = await asAtFor(store, period);
      const scorecard = await balancedScorecard(
        store,
        planId,
        {
          canSeeMeasure: (m) => canSeeMeasure(scope, m),
          visibleItems: (items) => visibleStrategyItems(scope, items),
        },
        { asAt, today: today(), approvedOnly: scope.approvedOnly },
      );
      return {
        asAt: asAt ?? null,
        approvedOnly: scope.approvedOnly,
        plan: { id: scorecard.plan.id, kind: scorecard.plan.kind, title: scorecard.plan.title },
        setting: scorecard.setting,
        canEdit: await mayArrange(store, request),
        perspectives: scorecard.perspectives.map(perspectiveJson),
        unplaced: scorecard.unplaced ? perspectiveJson(scorecard.unplaced) : null,
        counts: scorecard.counts,
      };
    };

    app.get(
      '/balanced-scorecards/:planId',
      {
        config: { access: 'user', tokenScope: 'strategy' },
        schema: {
          tags: ['status'],
          summary: "A plan's balanced scorecard: its measures in its perspectives, with counts by status",
          description:
            'A plan with no perspectives set has four: residents and customers, finance and value for money, ' +
            'internal processes and delivery, people and learning, with each measure placed by its category.',
          params: PlanParams,
          querystring: BalancedScorecardQuery,
          response: {
            200: described('The scorecard', BalancedScorecardSchema),
            ...errorResponses(400, 401, 404),
          },
        },
      },
      async (request) => read(request, request.params.planId, request.query.period),
    );

    app.put(
      '/balanced-scorecards/:planId/perspectives',
      {
        bodyLimit: 64 * 1024,
        config: { access: 'user' },
        schema: {
          tags: ['status'],
          summary: "Set a plan's perspectives and which of its measures sit in each",
          description:
            'Replaces the whole setting at once. Each name once; each measure must be one of the plan’s and ' +
            'sit in one perspective. The earlier setting is kept, and the change is in the audit trail.',
          params: PlanParams,
          body: PerspectivesBodySchema,
          response: {
            200: described('The scorecard as now set', BalancedScorecardSchema),
            ...errorResponses(400, 401, 403, 404),
          },
        },
      },
      async (request) => {
        if (!(await mayArrange(store, request)))
          throw new UserError(
            'forbidden',
            "Only performance officers and administrators may set a plan's perspectives",
          );
        const { planId } = request.params;
        await setPerspectives(
          store,
          planId,
          request.body.perspectives.map((p) => ({
            name: p.name,
            description: p.description ?? null,
            measureIds: p.measures,
          })),
          { by: signedIn(request).user.email, at: settings.clock().toISOString(), ip: request.ip },
        );
        return read(request, planId, undefined);
      },
    );
  };
