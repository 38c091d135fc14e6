/** Who may do what with a measure, checked on the (action, measure) pair. */
import { canSeeMeasure, type Scope } from '../../domain/access/scope.js';
import type { Measure } from '../../domain/measure.js';

export const measurePolicy = {
  read: (scope: Scope, measure: Measure) => canSeeMeasure(scope, measure),
};
