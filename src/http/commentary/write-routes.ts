/**
 * Writing a measure's commentary for a period. Those who may enter the measure's figures may say
 * what happened, why and what next; each change is a new version with who, when and why.
 */
import { writeCommentary } from '../../app/write-commentary.js';
import { UserError } from '../../domain/errors.js';
import { getMeasure } from '../../store/measures.js';
import { accountOf } from '../../store/users.js';
import type { AuthSettings } from '../auth/settings.js';
import { scopeFor, signedIn } from '../auth/viewer.js';
import { described, errorResponses } from '../error-body.js';
import { MeasureParams } from '../measures/schema.js';
import type { ResourceRoutes } from '../resource.js';
import { valuePolicy } from '../values/policy.js';
import { NewCommentarySchema, WrittenCommentarySchema } from './schema.js';

export const commentaryWriteRoutes = (settings: AuthSettings): ResourceRoutes =>
  async function commentaryWriteRoutes(app, { store }) {
    app.post(
      '/measures/:code/commentary',
      {
        bodyLimit: 64 * 1024,
        config: { access: 'user' },
        schema: {
          tags: ['measures'],
          summary: 'Write or change the commentary on one period of a measure',
          description:
            'Changing commentary that exists needs a `reason`; the old version is kept in the history. ' +
            'Writing the same again changes nothing.',
          params: MeasureParams,
          body: NewCommentarySchema,
          response: {
            200: described('The commentary was changed, or was already so', WrittenCommentarySchema),
            201: described('The first commentary on this period', WrittenCommentarySchema),
            ...errorResponses(400, 401, 403, 404),
          },
        },
      },
      async (request, reply) => {
        const { code } = request.params;
        const user = signedIn(request).user;
        const [measure, scope, account] = await Promise.all([
          getMeasure(store.db, code),
          scopeFor(request, store),
          accountOf(store.db, user),
        ]);
        if (!measure || !valuePolicy.read(scope, measure))
          throw new UserError('not-found', `There is no measure with code "${code}"`);
        if (!valuePolicy.enter(account, scope, measure))
          throw new UserError(
            'forbidden',
            `You may read ${measure.id} but not write its commentary: its owner, its data owners, managers over its unit and performance officers may`,
          );
        const written = await writeCommentary(store, measure, request.body, {
          by: user.email,
          at: settings.clock().toISOString(),
          authorId: account.personId,
        });
        return reply.status(written.outcome === 'created' ? 201 : 200).send(written);
      },
    );
  };
