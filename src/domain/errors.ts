/**
 * A mistake the user can put right: bad input, a missing thing, a refused change. Each has a stable
 * code; the HTTP layer maps codes to statuses and the command line prints the message. Anything
 * that is not a UserError is a fault of ours and is logged, never shown in detail.
 */
export const USER_ERROR_CODES = [
  'invalid-input',
  'not-found',
  'conflict',
  'refused',
  'unauthenticated',
  'forbidden',
  'throttled',
  'database-unreachable',
  'data-dir-unwritable',
  'newer-database',
] as const;
export type UserErrorCode = (typeof USER_ERROR_CODES)[number];

export class UserError extends Error {
  readonly code: UserErrorCode;

  constructor(code: UserErrorCode, message: string) {
    super(message);
    this.name = 'UserError';
    this.code = code;
  }
}

export function isUserError(error: unknown): error is UserError {
  return error instanceof UserError;
}
