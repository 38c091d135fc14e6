/** Who may set a plan's perspectives: the performance function, which keeps the scorecards. */
import type { Account } from '../../domain/access/roles.js';

export const balancedScorecardPolicy = {
  arrange: (account: Account) =>
    account.isAdmin || account.grants.some((g) => g.role === 'performance-officer'),
};
