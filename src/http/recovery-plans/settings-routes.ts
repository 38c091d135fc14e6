/**
 * The council's Plan–Do–Review–Revise settings: how many periods running make a recovery plan
 * required, and the bands the risk register puts scores in. Read by officers and councillors;
 * changed by the performance function.
 */
import { z } from 'zod';
import { UserError } from '../../domain/errors.js';
import { pdrrReaderOf } from '../../domain/pdrr/access.js';
import { riskBandsProblems } from '../../domain/pdrr/risk-bands.js';
import { recoverySettings, riskBands, setRecoveryPeriods, setRiskBands } from '../../store/pdrr-settings.js';
import { pdrrScope } from '../actions/routes.js';
import { bodyObject, textField } from '../actions/fields.js';
import { described, errorResponses } from '../error-body.js';
import type { ResourceRoutes } from '../resource.js';

const SettingsSchema = z
  .object({
    recoveryPlanPeriods: z
      .number()
      .int()
      .describe('Periods running (Red, or target at risk) that require a plan'),
    riskBands: z
      .array(z.object({ from: z.number().int(), name: z.string() }))
      .describe('Each band starts at a score'),
  })
  .meta({ id: 'PdrrSettings' });

const SettingsBody = bodyObject(
  {
    recoveryPlanPeriods: z
      .number({ error: 'must be a whole number of periods from 1 to 12, e.g. 2' })
      .int({ error: 'must be a whole number of periods from 1 to 12, e.g. 2' })
      .min(1, { error: 'must be a whole number of periods from 1 to 12, e.g. 2' })
      .max(12, { error: 'must be a whole number of periods from 1 to 12, e.g. 2' })
      .optional(),
    riskBands: z
      .array(
        bodyObject(
          {
            from: z.number({ error: 'must be the lowest score in the band, 1 to 25' }).int(),
            name: textField(40, 'high'),
          },
          'a risk band',
        ),
        { error: 'must be a list of bands, e.g. [{"from":1,"name":"low"},{"from":10,"name":"high"}]' },
      )
      .max(10)
      .optional(),
  },
  'the settings',
).meta({ id: 'PdrrSettingsChange' });

export const pdrrSettingsRoutes: ResourceRoutes = async (app, { store }) => {
  const read = async () => ({
    recoveryPlanPeriods: (await recoverySettings(store.db)).periods,
    riskBands: [...(await riskBands(store.db))],
  });

  app.get(
    '/pdrr-settings',
    {
      config: { access: 'user', tokenScope: 'plans' },
      schema: {
        tags: ['plan-do-review-revise'],
        summary: 'The council’s settings for recovery plans and risk bands',
        response: { 200: described('The settings', SettingsSchema), ...errorResponses(401, 403) },
      },
    },
    async (request) => {
      await pdrrScope(request, store);
      return read();
    },
  );

  app.put(
    '/pdrr-settings',
    {
      bodyLimit: 8 * 1024,
      config: { access: 'user' },
      schema: {
        tags: ['plan-do-review-revise'],
        summary: 'Change how many periods require a recovery plan, or the risk bands',
        body: SettingsBody,
        response: { 200: described('The settings', SettingsSchema), ...errorResponses(400, 401, 403) },
      },
    },
    async (request) => {
      const scope = await pdrrScope(request, store);
      if (!(pdrrReaderOf(scope) === 'officer' && scope.everything))
        throw new UserError('forbidden', 'Only the performance function changes these settings');
      const { recoveryPlanPeriods, riskBands: bands } = request.body;
      if (bands !== undefined) {
        const problems = riskBandsProblems(bands);
        if (problems.length > 0)
          throw new UserError('invalid-input', `riskBands: ${problems[0]!.replace(/^bands\./, '')}`);
        await setRiskBands(store.db, bands);
      }
      if (recoveryPlanPeriods !== undefined) await setRecoveryPeriods(store.db, recoveryPlanPeriods);
      return read();
    },
  );
};
