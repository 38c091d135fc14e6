/** Who may read and set validation rules: the performance function, which answers for data quality. */
import type { Account } from '../../domain/access/roles.js';

export const validationPolicy = {
  manage: (account: Account) =>
    account.isAdmin || account.grants.some((g) => g.role === 'performance-officer'),
};
