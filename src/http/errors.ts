/**
 * The one error path. A UserError is the user's to put right and is answered with its message; a
 * malformed request is answered with `"parameter: what was expected"`; anything else is a fault of
 * ours: logged in full, answered with a reference and no internals.
 */
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { isUserError, type UserErrorCode } from '../domain/errors.js';
import { errorBody } from './error-body.js';
import { isRequestValidationError, validationMessage } from './validation-message.js';

/** Every code must have a status, so a new code cannot fall through to a 500 unnoticed. */
export const STATUS_OF: Record<UserErrorCode, number> = {
  'invalid-input': 400,
  'not-found': 404,
  conflict: 409,
  // A refusal protects what is recorded (e.g. deleting a measure with history): the request
  // conflicts with the state of the resource, and the message says what to do instead.
  refused: 409,
  // Not signed in, or the session or token has ended: sign in (again) and retry.
  unauthenticated: 401,
  // Signed in, but this account or token may not do this; out-of-scope objects are 404 instead.
  forbidden: 403,
  throttled: 429,
  'database-unreachable': 503,
  'data-dir-unwritable': 503,
  'newer-database': 503,
};

export function installErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: unknown, request, reply) => {
    if (isUserError(error)) {
      return reply.status(STATUS_OF[error.code]).send(errorBody(error.code, error.message));
    }
    if (isRequestValidationError(error)) {
      return reply.status(400).send(errorBody('invalid-input', validationMessage(error)));
    }
    const status = clientStatus(error);
    if (status !== null) {
      // Fastify's own refusals (a body too large, an unsupported content type) are the client's.
      return reply
        .status(status)
        .send(errorBody(status === 404 ? 'not-found' : 'invalid-input', (error as Error).message));
    }
    request.log.error({ err: error }, 'unexpected error while answering a request');
    return reply.status(500).send(errorBody('internal', internalMessage(request.id)));
  });

  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0];
    return reply
      .status(404)
      .send(
        errorBody(
          'not-found',
          `There is no ${request.method} ${path} in this API; the routes are listed at /api/docs`,
        ),
      );
  });
}

/**
 * Errors Fastify raises before a route is chosen (an address whose %-encoding spells no character)
 * never reach the error handler; this gives them the same shape.
 */
export function frameworkErrors(error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  if (error.code === 'FST_ERR_BAD_URL') {
    const message = 'The address is not valid: a %-escape in it does not spell a character';
    void reply.status(400).send(errorBody('invalid-input', message));
    return;
  }
  request.log.error({ err: error }, 'unexpected error before routing');
  void reply.status(500).send(errorBody('internal', internalMessage(request.id)));
}

function internalMessage(reference: string): string {
  return `Something went wrong on our side. It has been logged with reference ${reference}; please try again later.`;
}

function clientStatus(error: unknown): number | null {
  if (!(error instanceof Error) || !('statusCode' in error)) return null;
  const status = error.statusCode;
  return typeof status === 'number' && status >= 400 && status < 500 ? status : null;
}
