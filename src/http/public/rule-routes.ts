/**
 * Publication rules for administrators (staff API): each measure's small-number suppression,
 * read and set. Setting one changes the data version, so the public site shows it at once.
 */
import { z } from 'zod';
import { suppressionRules } from '../../store/publication.js';
import { setPublicationRule } from '../../app/public/publication-rules.js';
import type { AuthSettings } from '../auth/settings.js';
import { signedIn } from '../auth/viewer.js';
import { described, errorResponses } from '../error-body.js';
import { requiredText } from '../query.js';
import type { ResourceRoutes } from '../resource.js';

const RuleSchema = z.object({
  measure: z.string(),
  suppressBelow: z.number().nullable().describe('Counts from 1 up to (not including) this are shown as *'),
});
const RulesSchema = z.object({ rules: z.array(RuleSchema) });
const RuleBody = z.object({
  suppressBelow: z
    .number({ error: 'must be a whole number from 2 to 1000, or null to lift suppression' })
    .int('must be a whole number from 2 to 1000, or null to lift suppression')
    .min(2, 'must be 2 or more: below 2 nothing would be withheld')
    .max(1000, 'must be 1000 or less')
    .nullable(),
});

export const publicationRuleRoutes = (settings: AuthSettings): ResourceRoutes =>
  async function publicationRuleRoutes(app, { store }) {
    app.get(
      '/publication/rules',
      {
        config: { access: 'admin' },
        schema: {
          tags: ['public'],
          summary: 'Every measure’s small-number suppression rule in force',
          response: { 200: described('The rules', RulesSchema), ...errorResponses(401, 403) },
        },
      },
      async () => ({
        rules: [...(await suppressionRules(store.db))].map(([measure, suppressBelow]) => ({
          measure,
          suppressBelow,
        })),
      }),
    );

    app.put(
      '/publication/rules/:code',
      {
        config: { access: 'admin' },
        schema: {
          tags: ['public'],
          summary: 'Set (or lift, with null) a measure’s small-number suppression on the public site',
          params: z.object({ code: requiredText('CP-ECO-01') }),
          body: RuleBody,
          response: {
            200: described('The rule now in force', RuleSchema),
            ...errorResponses(400, 401, 403, 404),
          },
        },
      },
      async (request) => {
        const { code } = request.params;
        await setPublicationRule(store, {
          measureId: code,
          suppressBelow: request.body.suppressBelow,
          by: signedIn(request).user.email,
          at: settings.clock().toISOString(),
        });
        return { measure: code, suppressBelow: request.body.suppressBelow };
      },
    );
  };
