/** Who may set up report schedules and see their deliveries: the performance function. */
import type { Account } from '../../domain/access/roles.js';

export const schedulePolicy = {
  manage: (account: Account) =>
    account.isAdmin || account.grants.some((g) => g.role === 'performance-officer'),
};
