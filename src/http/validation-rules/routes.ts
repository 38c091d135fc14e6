/**
 * Validation rules: each measure's own settings and rules across measures. Reading and setting
 * them is for the performance function (performance officers and administrators), in a signed-in
 * browser; every change is kept as a version with who and when.
 */
import type { FastifyRequest } from 'fastify';
import { listCrossMeasureRules } from '../../store/validation-rules.js';
import {
  measureValidation,
  saveCrossRule,
  setMeasureValidation,
} from '../../app/values/validation-settings.js';
import { UserError } from '../../domain/errors.js';
import type { Store } from '../../store/connect.js';
import { getMeasure } from '../../store/measures.js';
import { accountOf } from '../../store/users.js';
import type { AuthSettings } from '../auth/settings.js';
import { signedIn } from '../auth/viewer.js';
import { described, errorResponses } from '../error-body.js';
import type { ResourceRoutes } from '../resource.js';
import { validationPolicy } from './policy.js';
import {
  MeasureParams,
  MeasureValidationSchema,
  RuleBodySchema,
  RuleListSchema,
  RuleParams,
  RuleSchema,
  SettingsChangeSchema,
} from './schema.js';

async function requirePerformanceFunction(store: Store, request: FastifyRequest): Promise<void> {
  const account = await accountOf(store.db, signedIn(request).user);
  if (!validationPolicy.manage(account)) {
    throw new UserError(
      'forbidden',
      'Only performance officers and administrators may read or set validation rules',
    );
  }
}

async function measureNamed(store: Store, code: string) {
  const measure = await getMeasure(store.db, code);
  if (!measure) throw new UserError('not-found', `measure: there is no measure with code "${code}"`);
  return measure;
}

export const validationRuleRoutes = (settings: AuthSettings): ResourceRoutes =>
  async function validationRuleRoutes(app, { store }) {
    const changed = (request: FastifyRequest) => ({
      by: signedIn(request).user.email,
      at: settings.clock().toISOString(),
    });

    app.get(
      '/validation-rules',
      {
        config: { access: 'user' },
        schema: {
          tags: ['values'],
          summary: 'Rules across measures (left side, operator, right side), as DHIS2’s validation rules',
          response: {
            200: described('Every rule, switched off ones too', RuleListSchema),
            ...errorResponses(401, 403),
          },
        },
      },
      async (request) => {
        await requirePerformanceFunction(store, request);
        return { rules: await listCrossMeasureRules(store.db) };
      },
    );

    app.put(
      '/validation-rules/:id',
      {
        bodyLimit: 16 * 1024,
        config: { access: 'user' },
        schema: {
          tags: ['values'],
          summary: 'Create or change a rule across measures',
          description:
            'Each side is a formula over measure codes (see docs/formulas.md), compared for the same period ' +
            'and area. An error refuses a figure that breaks the rule, on entry and on import; a warning flags it. ' +
            'A rule whose side has no figure is not judged. The earlier version is kept.',
          params: RuleParams,
          body: RuleBodySchema,
          response: { 200: described('The rule as saved', RuleSchema), ...errorResponses(400, 401, 403) },
        },
      },
      async (request) => {
        await requirePerformanceFunction(store, request);
        return saveCrossRule(store, { id: request.params.id, ...request.body }, changed(request));
      },
    );

    app.get(
      '/validation-rules/measures/:code',
      {
        config: { access: 'user' },
        schema: {
          tags: ['values'],
          summary: 'A measure’s validation settings: its own, or its unit’s defaults',
          params: MeasureParams,
          response: {
            200: described('The settings its figures are checked with', MeasureValidationSchema),
            ...errorResponses(401, 403, 404),
          },
        },
      },
      async (request) => {
        await requirePerformanceFunction(store, request);
        return measureValidation(store.db, await measureNamed(store, request.params.code));
      },
    );

    app.put(
      '/validation-rules/measures/:code',
      {
        bodyLimit: 4 * 1024,
        config: { access: 'user' },
        schema: {
          tags: ['values'],
          summary: 'Change a measure’s validation settings',
          description:
            'Settings left out keep their current value (`reset: true` starts from the unit’s defaults). ' +
            'Each rule is `error` (blocks the figure), `warning` (flags it) or `off`.',
          params: MeasureParams,
          body: SettingsChangeSchema,
          response: {
            200: described('The settings now in force', MeasureValidationSchema),
            ...errorResponses(400, 401, 403, 404),
          },
        },
      },
      async (request) => {
        await requirePerformanceFunction(store, request);
        const measure = await measureNamed(store, request.params.code);
        return setMeasureValidation(store, measure, request.body, changed(request));
      },
    );
  };
