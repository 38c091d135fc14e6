/**
 * Entering a figure and signing it off. Both need a signed-in browser (API tokens only read) and
 * the CSRF token; both answer 404 for a measure the person may not see, so its existence is not
 * given away, and 403 for one they may see but not change.
 */
import type { FastifyRequest } from 'fastify';
import { enterFigure } from '../../app/values/enter-figure.js';
import { signOffFigure } from '../../app/values/sign-off.js';
import type { Account } from '../../domain/access/roles.js';
import type { Scope } from '../../domain/access/scope.js';
import { UserError } from '../../domain/errors.js';
import type { Measure } from '../../domain/measure.js';
import type { Store } from '../../store/connect.js';
import { getMeasure } from '../../store/measures.js';
import { accountOf } from '../../store/users.js';
import { valueHistory } from '../../store/values.js';
import type { AuthSettings } from '../auth/settings.js';
import { scopeFor, signedIn } from '../auth/viewer.js';
import { described, errorResponses } from '../error-body.js';
import type { ResourceRoutes } from '../resource.js';
import { EnteredValueSchema, NewValueSchema, SignoffBodySchema, SignoffSchema } from './entry-schema.js';
import { valuePolicy } from './policy.js';

export const valueEntryRoutes = (settings: AuthSettings): ResourceRoutes =>
  async function valueEntryRoutes(app, { store }) {
    app.post(
      '/values',
      {
        bodyLimit: 16 * 1024,
        config: { access: 'user' },
        schema: {
          tags: ['values'],
          summary: 'Enter or correct one figure',
          description:
            'Checked against the measure’s validation rules: an error refuses the figure, naming the rule; ' +
            'warnings are returned and flag the figure suspect. Correcting a figure that exists needs a ' +
            '`reason`, and the old version is kept; correcting an approved figure unlocks it.',
          body: NewValueSchema,
          response: {
            200: described('The figure was corrected, or was already so', EnteredValueSchema),
            201: described('The figure was recorded for the first time', EnteredValueSchema),
            ...errorResponses(400, 401, 403, 404, 409),
          },
        },
      },
      async (request, reply) => {
        const body = request.body;
        const { measure, account, scope } = await measureFor(store, request, body.measure);
        if (!valuePolicy.enter(account, scope, measure)) {
          throw new UserError(
            'forbidden',
            `You may read ${measure.id} but not enter its figures: its owner, its data owners, managers over its unit and performance officers may`,
          );
        }
        const by = signedIn(request).user.email;
        const entered = await enterFigure(
          store,
          measure,
          {
            period: body.period,
            areaCode: body.area,
            value: body.value,
            numerator: body.numerator,
            denominator: body.denominator,
            note: body.note,
            status: body.status,
            qualityFlag: body.qualityFlag,
            reason: body.reason,
          },
          { by, at: settings.clock().toISOString() },
        );
        const key = { measureId: measure.id, period: body.period, areaCode: body.area };
        const version = (await valueHistory(store.db, key)).find((v) => v.version === entered.version)!;
        const { withdrawn: _withdrawn, ...value } = version;
        return reply.status(entered.outcome === 'created' ? 201 : 200).send({
          outcome: entered.outcome,
          value,
          signoff: entered.signoff,
          warnings: entered.warnings,
          unlocked: entered.unlocked,
        });
      },
    );

    app.post(
      '/values/signoff',
      {
        bodyLimit: 4 * 1024,
        config: { access: 'user' },
        schema: {
          tags: ['values'],
          summary: 'Check, approve or unlock the current version of a figure',
          description:
            'A figure is entered, then checked by its measure’s owner or data owner, then approved for ' +
            'publication by a performance officer; only approved figures reach Cabinet reports and public ' +
            'pages. Approval locks it; unlocking needs a `reason`. Every step is in the audit trail.',
          body: SignoffBodySchema,
          response: {
            200: described('The figure’s sign-off state after the step', SignoffSchema),
            ...errorResponses(400, 401, 403, 404, 409),
          },
        },
      },
      async (request) => {
        const body = request.body;
        const { measure, account, scope } = await measureFor(store, request, body.measure);
        const rights = {
          mayCheck: valuePolicy.check(account, scope, measure),
          mayApprove: valuePolicy.approve(account, scope, measure),
        };
        return signOffFigure(
          store,
          {
            measureId: measure.id,
            period: body.period,
            areaCode: body.area,
            step: body.step,
            reason: body.reason,
          },
          rights,
          { by: signedIn(request).user.email, at: settings.clock().toISOString() },
        );
      },
    );
  };

async function measureFor(
  store: Store,
  request: FastifyRequest,
  code: string,
): Promise<{ measure: Measure; account: Account; scope: Scope }> {
  const [measure, scope, account] = await Promise.all([
    getMeasure(store.db, code),
    scopeFor(request, store),
    accountOf(store.db, signedIn(request).user),
  ]);
  if (!measure || !valuePolicy.read(scope, measure)) {
    throw new UserError('not-found', `measure: there is no measure with code "${code}"`);
  }
  return { measure, account, scope };
}
