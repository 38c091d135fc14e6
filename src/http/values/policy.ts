/**
 * Who may read a measure's figures, see the history of one figure (who changed it, when, why),
 * enter figures and sign them off.
 */
import { canApproveFigures, canCheckFigures, canEnterFigures } from '../../domain/access/figures.js';
import type { Account } from '../../domain/access/roles.js';
import { canSeeMeasure, type Scope } from '../../domain/access/scope.js';
import type { Measure } from '../../domain/measure.js';

export const valuePolicy = {
  read: (scope: Scope, measure: Measure) => canSeeMeasure(scope, measure),
  readHistory: (scope: Scope, measure: Measure) => scope.signedIn && canSeeMeasure(scope, measure),
  enter: (account: Account, scope: Scope, measure: Measure) => canEnterFigures(account, scope, measure),
  check: (account: Account, scope: Scope, measure: Measure) => canCheckFigures(account, scope, measure),
  approve: (account: Account, scope: Scope, measure: Measure) => canApproveFigures(account, scope, measure),
};
