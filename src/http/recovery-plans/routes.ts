/**
 * Recovery plans: those required as at a period (and which are missing), the plans checked against
 * their trajectories with their actions, opening, revising and closing one, and the escalation
 * check. Councillors read; officers change plans held at units they manage or that they own.
 */
import type { FastifyRequest } from 'fastify';
import {
  closeRecoveryPlan,
  escalateDuePlans,
  openRecoveryPlan,
  recoveryPlansForPeriod,
  recoveryRequirements,
  reviseRecoveryPlan,
} from '../../app/pdrr/index.js';
import { readAsAt } from '../../app/status/index.js';
import { canSeeMeasure } from '../../domain/access/scope.js';
import { UserError } from '../../domain/errors.js';
import { canCreateAt } from '../../domain/pdrr/access.js';
import { getMeasure, listMeasures } from '../../store/measures.js';
import { recoverySettings } from '../../store/pdrr-settings.js';
import { getRecoveryPlan } from '../../store/recovery-plans.js';
import type { AuthSettings } from '../auth/settings.js';
import { actorOf } from '../auth/viewer.js';
import { pdrrScope } from '../actions/routes.js';
import { described, errorResponses } from '../error-body.js';
import type { ResourceRoutes } from '../resource.js';
import { recoveryPlanPolicy } from './policy.js';
import {
  CloseSchema,
  EscalationRunSchema,
  NewPlanSchema,
  PlanListQuery,
  PlanParams,
  PlanPatchSchema,
  RecoveryPlanListSchema,
  RecoveryPlanReportSchema,
  RecoveryPlanSchema,
  RequiredListSchema,
  RequiredQuery,
} from './schema.js';

const measureSummary = (m: { id: string; title: string; orgUnitId: string | null }) => ({
  id: m.id,
  title: m.title,
  orgUnitId: m.orgUnitId,
});

export const recoveryPlanRoutes = (settings: AuthSettings): ResourceRoutes =>
  async function recoveryPlanRoutes(app, { store }) {
    const today = () => settings.clock().toISOString().slice(0, 10);
    const change = (request: FastifyRequest) => ({
      by: actorOf(request),
      at: settings.clock().toISOString(),
    });
    const tags = ['plan-do-review-revise'];

    async function plan(request: FastifyRequest, id: string, mustChange: boolean) {
      const scope = await pdrrScope(request, store);
      const found = await getRecoveryPlan(store.db, id);
      const measure = found ? await getMeasure(store.db, found.measureId) : null;
      if (!found || !measure || !recoveryPlanPolicy.read(scope, found, measure))
        throw new UserError('not-found', `There is no recovery plan with id "${id}"`);
      if (mustChange && !recoveryPlanPolicy.change(scope, found, measure))
        throw new UserError(
          'forbidden',
          `You may read ${id} but not change it: its owner, managers over its measure's unit and performance officers may`,
        );
      return { scope, plan: found, measure };
    }

    app.get(
      '/recovery-plans',
      {
        config: { access: 'user', tokenScope: 'plans' },
        schema: {
          tags,
          summary: 'Recovery plans, each checked against its trajectory, with its actions and escalations',
          querystring: PlanListQuery,
          response: { 200: described('The plans', RecoveryPlanListSchema), ...errorResponses(400, 401, 403) },
        },
      },
      async (request) => {
        const scope = await pdrrScope(request, store);
        const asAt = readAsAt(request.query.period);
        const reports = await recoveryPlansForPeriod(store, asAt, today(), {
          approvedOnly: scope.approvedOnly,
        });
        const plans = reports.filter(
          (r) =>
            recoveryPlanPolicy.read(scope, r.plan, r.measure) &&
            (request.query.status === undefined || r.plan.status === request.query.status) &&
            (request.query.measure === undefined || r.plan.measureId === request.query.measure),
        );
        return {
          asAt: asAt ?? null,
          today: today(),
          plans: plans.map((r) => ({ ...r, measure: measureSummary(r.measure) })),
        };
      },
    );

    app.get(
      '/recovery-plans/required',
      {
        config: { access: 'user', tokenScope: 'plans' },
        schema: {
          tags,
          summary: 'Measures that require a recovery plan as at a period, and whether one is open',
          description:
            'A plan is required when a measure has been Red, or its year-end target at risk, for the council’s ' +
            'number of periods running (2 by default), or its SPC chart shows a special cause of concern.',
          querystring: RequiredQuery,
          response: { 200: described('The measures', RequiredListSchema), ...errorResponses(400, 401, 403) },
        },
      },
      async (request) => {
        const scope = await pdrrScope(request, store);
        const asAt = readAsAt(request.query.period);
        const measures = (await listMeasures(store.db)).filter((m) => canSeeMeasure(scope, m));
        const rows = await recoveryRequirements(store, {
          asAt,
          today: today(),
          approvedOnly: scope.approvedOnly,
          measures: measures.filter((m) => recoveryPlanPolicy.read(scope, { ownerId: null }, m)),
        });
        return {
          asAt: asAt ?? null,
          periods: (await recoverySettings(store.db)).periods,
          measures: rows
            .filter((r) => r.requirement.required)
            .map((r) => ({
              measure: measureSummary(r.measure),
              period: r.period,
              reasons: r.requirement.reasons,
              openPlanId: r.openPlanId,
              missing: r.openPlanId === null,
            })),
        };
      },
    );

    app.get(
      '/recovery-plans/:id',
      {
        config: { access: 'user', tokenScope: 'plans' },
        schema: {
          tags,
          summary: 'One recovery plan checked against its trajectory, with its actions',
          params: PlanParams,
          response: {
            200: described('The plan', RecoveryPlanReportSchema),
            ...errorResponses(400, 401, 403, 404),
          },
        },
      },
      async (request) => {
        const { scope } = await plan(request, request.params.id, false);
        const [report] = await recoveryPlansForPeriod(store, undefined, today(), {
          approvedOnly: scope.approvedOnly,
          planIds: [request.params.id],
        });
        return { ...report!, measure: measureSummary(report!.measure) };
      },
    );

    app.post(
      '/recovery-plans',
      {
        bodyLimit: 64 * 1024,
        config: { access: 'user' },
        schema: {
          tags,
          summary: 'Open a recovery plan for a measure',
          body: NewPlanSchema,
          response: { 201: described('The plan', RecoveryPlanSchema), ...errorResponses(400, 401, 403, 409) },
        },
      },
      async (request, reply) => {
        const scope = await pdrrScope(request, store);
        const measure = await getMeasure(store.db, request.body.measureId);
        if (!measure || !canSeeMeasure(scope, measure))
          throw new UserError(
            'invalid-input',
            `measureId: there is no measure with code "${request.body.measureId}"`,
          );
        if (
          !canCreateAt(scope, measure.orgUnitId) &&
          !recoveryPlanPolicy.change(scope, { ownerId: null }, measure)
        )
          throw new UserError(
            'forbidden',
            `You may not open a recovery plan for ${measure.id}: its owner, managers over its unit and performance officers may`,
          );
        return reply.status(201).send(await openRecoveryPlan(store, request.body, change(request)));
      },
    );

    app.patch(
      '/recovery-plans/:id',
      {
        bodyLimit: 64 * 1024,
        config: { access: 'user' },
        schema: {
          tags,
          summary: 'Revise a recovery plan: its cause analysis, actions, trajectory, owner or review date',
          params: PlanParams,
          body: PlanPatchSchema,
          response: {
            200: described('The plan', RecoveryPlanSchema),
            ...errorResponses(400, 401, 403, 404, 409),
          },
        },
      },
      async (request) => {
        await plan(request, request.params.id, true);
        return reviseRecoveryPlan(store, request.params.id, request.body, change(request));
      },
    );

    app.post(
      '/recovery-plans/:id/close',
      {
        bodyLimit: 16 * 1024,
        config: { access: 'user' },
        schema: {
          tags,
          summary: 'Close a recovery plan with the lessons learned',
          params: PlanParams,
          body: CloseSchema,
          response: {
            200: described('The closed plan', RecoveryPlanSchema),
            ...errorResponses(400, 401, 403, 404, 409),
          },
        },
      },
      async (request) => {
        await plan(request, request.params.id, true);
        return closeRecoveryPlan(store, request.params.id, request.body, change(request));
      },
    );

    app.post(
      '/recovery-plans/escalations',
      {
        config: { access: 'user' },
        schema: {
          tags,
          summary: 'Escalate every plan that has missed its trajectory or review date, one level up',
          description: 'Recorded as events; running it again the same day escalates nothing more.',
          response: {
            200: described('The escalations recorded', EscalationRunSchema),
            ...errorResponses(401, 403),
          },
        },
      },
      async (request) => {
        const scope = await pdrrScope(request, store);
        if (!recoveryPlanPolicy.escalate(scope))
          throw new UserError('forbidden', 'Only the performance function runs the escalation check');
        return { today: today(), escalated: await escalateDuePlans(store, today(), actorOf(request)) };
      },
    );
  };
