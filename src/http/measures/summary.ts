/** A measure as a list shows it: enough to choose one, without its methodology. */
import type { Measure } from '../../domain/measure.js';
import type { MeasureSummary } from './schema.js';

export function summaryOf(m: Measure): MeasureSummary {
  return {
    id: m.id,
    title: m.title,
    unit: m.unit,
    ratePer: m.ratePer,
    polarity: m.polarity,
    frequency: m.frequency,
    yearKind: m.yearKind,
    decimals: m.decimals,
    category: m.category,
    ownerId: m.ownerId,
    orgUnitId: m.orgUnitId,
    byWard: m.byWard,
    isPublic: m.isPublic,
    state: m.state,
    strategyItemIds: m.strategyItemIds,
  };
}
