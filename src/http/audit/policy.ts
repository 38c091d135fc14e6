/** Who may read and export the audit trail: administrators only. */
import type { Scope } from '../../domain/access/scope.js';

export const auditPolicy = {
  read: (scope: Scope) => scope.isAdmin,
  export: (scope: Scope) => scope.isAdmin,
};
