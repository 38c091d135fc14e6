/** The parts of the council a dashboard is built from, read together. */
import type { GenerateInput } from '../../domain/dashboards/generate.js';
import type { Store } from '../../store/connect.js';
import { listActions, listRisks } from '../../store/actions.js';
import { listMeasures } from '../../store/measures.js';
import { listOrgUnits } from '../../store/organisation.js';
import { listStrategyItems } from '../../store/strategy.js';

export async function loadThread(store: Store): Promise<GenerateInput> {
  const [items, units, measures, actions, risks] = await Promise.all([
    listStrategyItems(store.db),
    listOrgUnits(store.db),
    listMeasures(store.db),
    listActions(store.db),
    listRisks(store.db),
  ]);
  return { items, units, measures, actions, risks };
}
