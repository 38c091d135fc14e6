/** Who may read a measure's figures, and the history of one figure (who changed it, when, why). */
import { canSeeMeasure, type Scope } from '../../domain/access/scope.js';
import type { Measure } from '../../domain/measure.js';

export const valuePolicy = {
  read: (scope: Scope, measure: Measure) => canSeeMeasure(scope, measure),
  readHistory: (scope: Scope, measure: Measure) => scope.signedIn && canSeeMeasure(scope, measure),
};
