/**
 * The risk register: scores and bands before and after controls, the heat map and overdue reviews,
 * for the risks the reader may see; adding and revising a risk.
 */
import type { FastifyRequest } from 'fastify';
import { createRisk, reviseRisk, riskRegister, type RegisterEntry } from '../../app/pdrr/index.js';
import { UserError } from '../../domain/errors.js';
import { listRegisterRisks } from '../../store/risk-register.js';
import { listStrategyItems } from '../../store/strategy.js';
import type { AuthSettings } from '../auth/settings.js';
import { pdrrScope } from '../actions/routes.js';
import { described, errorResponses } from '../error-body.js';
import type { ResourceRoutes } from '../resource.js';
import { riskHolding, riskPolicy } from './policy.js';
import {
  NewRiskSchema,
  RegisterQuery,
  RegisterSchema,
  RiskEntrySchema,
  RiskParams,
  RiskPatchSchema,
} from './schema.js';

const entryJson = (e: RegisterEntry) => ({
  ...e.risk,
  ownerName: e.ownerName,
  inherentScore: e.inherentScore,
  inherentBand: e.inherentBand,
  residualScore: e.residualScore,
  residualBand: e.residualBand,
  reviewOverdue: e.reviewOverdue,
});

export const riskRoutes = (settings: AuthSettings): ResourceRoutes =>
  async function riskRoutes(app, { store }) {
    const today = () => settings.clock().toISOString().slice(0, 10);
    const tags = ['plan-do-review-revise'];

    async function visible(request: FastifyRequest) {
      const scope = await pdrrScope(request, store);
      const items = new Map((await listStrategyItems(store.db)).map((i) => [i.id, i]));
      return { scope, items };
    }

    async function one(request: FastifyRequest, id: string, mustChange: boolean) {
      const { scope, items } = await visible(request);
      const risk = (await listRegisterRisks(store.db)).find((r) => r.id === id);
      if (!risk || !riskPolicy.read(scope, riskHolding(risk, items)))
        throw new UserError('not-found', `There is no risk with id "${id}"`);
      if (mustChange && !riskPolicy.change(scope, riskHolding(risk, items)))
        throw new UserError(
          'forbidden',
          `You may read ${id} but not change it: its owner and managers over its unit may`,
        );
      return { scope, risk };
    }

    app.get(
      '/risks',
      {
        config: { access: 'user', tokenScope: 'plans' },
        schema: {
          tags,
          summary:
            'The risk register: 5 × 5 scores and bands before and after controls, heat map, overdue reviews',
          querystring: RegisterQuery,
          response: { 200: described('The register', RegisterSchema), ...errorResponses(400, 401, 403) },
        },
      },
      async (request) => {
        const { scope, items } = await visible(request);
        const { status, overdue } = request.query;
        const register = await riskRegister(
          store,
          today(),
          (r) =>
            riskPolicy.read(scope, riskHolding(r, items)) && (status === undefined || r.status === status),
        );
        const risks = register.risks.filter((e) => !overdue || e.reviewOverdue);
        return {
          today: today(),
          bands: [...register.bands],
          risks: risks.map(entryJson),
          heatMap: register.heatMap,
          overdueReviews: register.overdueReviews,
        };
      },
    );

    app.get(
      '/risks/:id',
      {
        config: { access: 'user', tokenScope: 'plans' },
        schema: {
          tags,
          summary: 'One risk with its scores and bands',
          params: RiskParams,
          response: { 200: described('The risk', RiskEntrySchema), ...errorResponses(400, 401, 403, 404) },
        },
      },
      async (request) => {
        await one(request, request.params.id, false);
        const register = await riskRegister(store, today(), (r) => r.id === request.params.id);
        return entryJson(register.risks[0]!);
      },
    );

    app.post(
      '/risks',
      {
        bodyLimit: 32 * 1024,
        config: { access: 'user' },
        schema: {
          tags,
          summary: 'Add a risk to the register',
          body: NewRiskSchema,
          response: { 201: described('The risk', RiskEntrySchema), ...errorResponses(400, 401, 403, 409) },
        },
      },
      async (request, reply) => {
        const { scope } = await visible(request);
        if (!riskPolicy.create(scope, request.body.orgUnitId))
          throw new UserError('forbidden', 'orgUnitId: you may add risks only to units you manage');
        const risk = await createRisk(store, request.body);
        const register = await riskRegister(store, today(), (r) => r.id === risk.id);
        return reply.status(201).send(entryJson(register.risks[0]!));
      },
    );

    app.patch(
      '/risks/:id',
      {
        bodyLimit: 32 * 1024,
        config: { access: 'user' },
        schema: {
          tags,
          summary: 'Revise a risk: scores, controls, owner, review date, status or links',
          params: RiskParams,
          body: RiskPatchSchema,
          response: { 200: described('The risk', RiskEntrySchema), ...errorResponses(400, 401, 403, 404) },
        },
      },
      async (request) => {
        const { scope } = await one(request, request.params.id, true);
        if (request.body.orgUnitId !== undefined && !riskPolicy.create(scope, request.body.orgUnitId))
          throw new UserError('forbidden', 'orgUnitId: you may move risks only to units you manage');
        await reviseRisk(store, request.params.id, request.body);
        const register = await riskRegister(store, today(), (r) => r.id === request.params.id);
        return entryJson(register.risks[0]!);
      },
    );
  };
