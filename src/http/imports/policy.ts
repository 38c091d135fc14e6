/**
 * Who may import figures: those who enter figures, each row only for a measure they may enter
 * (measures they may not see are as unknown to them). Creating measures or areas from a file, and
 * seeing everyone's imports, are the performance function's.
 */
import { canEnterFigures } from '../../domain/access/figures.js';
import type { Account } from '../../domain/access/roles.js';
import { canSeeMeasure, type Scope } from '../../domain/access/scope.js';
import type { Measure } from '../../domain/measure.js';

const performanceFunction = (account: Account) =>
  account.isAdmin || account.grants.some((g) => g.role === 'performance-officer');

export const importPolicy = {
  import: (account: Account, scope: Scope, measures: readonly Measure[]) =>
    measures.some((m) => canEnterFigures(account, scope, m)),
  sees: (scope: Scope, measure: Measure) => canSeeMeasure(scope, measure),
  enters: (account: Account, scope: Scope, measure: Measure) => canEnterFigures(account, scope, measure),
  createRecords: performanceFunction,
  seeEveryonesImports: performanceFunction,
};
