/** Who may see or revoke an API token: the account it acts as, or an administrator. */
import type { ApiToken } from '../../store/api-tokens.js';
import type { User } from '../../store/users.js';

export const tokenPolicy = {
  read: (user: User, token: ApiToken) => token.userId === user.id || user.isAdmin,
  revoke: (user: User, token: ApiToken) => token.userId === user.id || user.isAdmin,
};
