/** Two people changing the same thing at the same moment: the second is told so, not given a 500. */
import { UserError } from '../../domain/errors.js';
import { isUniqueViolation } from '../../store/conflicts.js';

export async function refusingRaces<T>(what: string, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new UserError(
        'conflict',
        `${what} was changed by someone else at the same moment: look again and retry`,
      );
    }
    throw error;
  }
}
