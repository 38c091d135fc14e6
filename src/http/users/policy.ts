/** Who may manage accounts: administrators only (the routes also declare `access: 'admin'`). */
import type { User } from '../../store/users.js';

export const userPolicy = {
  manage: (viewer: User) => viewer.isAdmin,
};
