/** Who may administer the catalogue (measures, targets, the strategy tree): the performance function. */
import type { Account } from '../../domain/access/roles.js';

export const cataloguePolicy = {
  manage: (account: Account) =>
    account.isAdmin || account.grants.some((g) => g.role === 'performance-officer'),
};
