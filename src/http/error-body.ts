/**
 * The one shape every error answer has, `{ error: { code, message } }`, and the OpenAPI entries that
 * describe it. The code is stable for programs; the message is for people and names what to change.
 */
import { z } from 'zod';
import { USER_ERROR_CODES, type UserErrorCode } from '../domain/errors.js';

/** `internal` is ours alone: a fault the user cannot put right, logged and never explained. */
export const API_ERROR_CODES = [...USER_ERROR_CODES, 'internal'] as const;
export type ApiErrorCode = UserErrorCode | 'internal';

export const ErrorBodySchema = z
  .object({
    error: z.object({
      code: z.enum(API_ERROR_CODES).describe('Stable, for programs'),
      message: z.string().describe('For people: what was wrong and what was expected'),
    }),
  })
  .meta({ id: 'Error' });
export type ErrorBody = z.infer<typeof ErrorBodySchema>;

export function errorBody(code: ApiErrorCode, message: string): ErrorBody {
  return { error: { code, message } };
}

/** A response entry that carries a description into the OpenAPI document beside its schema. */
export function described<S extends z.ZodType>(description: string, schema: S) {
  return { description, content: { 'application/json': { schema } } };
}

const WHEN = {
  400: 'A parameter is missing or malformed: the message names it and the form expected',
  401: 'Not signed in, or the session or API token has ended',
  403: 'Signed in, but not allowed to do this',
  404: 'Nothing has that id or code (or it is outside what you may see): the message names it',
  409: 'The request conflicts with what is recorded',
  429: 'Too many failed sign-ins: wait the seconds that Retry-After gives',
  503: 'The database is unreachable',
  500: 'A fault of ours: it is logged, and the message carries only a reference',
} as const;

type ErrorStatus = keyof typeof WHEN;

/** Response entries for the error statuses a route can give, for `schema.response`; 500 always. */
export function errorResponses<S extends Exclude<ErrorStatus, 500> = never>(
  ...statuses: S[]
): Record<S | 500, ReturnType<typeof described<typeof ErrorBodySchema>>> {
  const all: ErrorStatus[] = [...statuses, 500];
  return Object.fromEntries(
    all.map((status) => [status, described(WHEN[status], ErrorBodySchema)]),
  ) as Record<S | 500, ReturnType<typeof described<typeof ErrorBodySchema>>>;
}
