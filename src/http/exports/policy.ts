/**
 * What an export may hold: exactly what its reader may see, measure by measure and item by item,
 * so an export is never a way round the rules that lists and pages follow.
 */
import type { ExportFilter } from '../../app/export.js';
import { visibleStrategyItems, type Scope } from '../../domain/access/scope.js';
import { measurePolicy } from '../measures/policy.js';

export const exportPolicy = {
  filter: (scope: Scope): ExportFilter => ({
    measure: (m) => measurePolicy.read(scope, m),
    strategyItems: (items) => visibleStrategyItems(scope, items),
  }),
};
