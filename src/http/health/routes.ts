/**
 * GET /healthz, for load balancers and monitoring: 200 when the database answers, 503 when it does
 * not, so that a balancer stops sending requests to an instance that cannot serve them.
 */
import { checkStore } from '../../store/connect.js';
import { described, errorResponses } from '../error-body.js';
import type { ResourceRoutes } from '../resource.js';
import { HealthySchema, UnhealthySchema } from './schema.js';

/** Longer than a healthy database ever takes, shorter than a balancer's usual check interval. */
export const HEALTH_TIMEOUT_MS = 5_000;

export const healthRoutes: ResourceRoutes = async (app, { store }) => {
  app.get(
    '/healthz',
    {
      schema: {
        tags: ['health'],
        summary: 'Check that the server and its database are up',
        response: {
          200: described('The database answered', HealthySchema),
          503: described('The database did not answer', UnhealthySchema),
          ...errorResponses(),
        },
      },
    },
    async (request, reply) => {
      try {
        // Until the store offers a dedicated check, its cheapest read (one row, by key) stands in.
        await withinTime(checkStore(store.db), HEALTH_TIMEOUT_MS);
        return reply.status(200).send({ status: 'ok', database: store.dialect });
      } catch (error) {
        request.log.error({ err: error }, 'health check: the database did not answer');
        return reply.status(503).send({
          status: 'unavailable',
          database: store.dialect,
          message: 'The database did not answer; see the server log',
        });
      }
    },
  );
};

function withinTime<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}
