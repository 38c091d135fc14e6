/**
 * The golden thread with its statuses: every strategy item the reader may see, rolled up from its
 * measures' RAG, its actions' progress and its children, by the item's own rule. Measures the
 * reader may not see are neither judged nor counted.
 */
import type { MeasureVerdicts } from '../../domain/engine/index.js';
import type { Measure } from '../../domain/measure.js';
import {
  actionRagStatus,
  rollUpTree,
  type ItemLeaves,
  type RollupResult,
} from '../../domain/rollup/index.js';
import type { StrategyItem } from '../../domain/strategy.js';
import type { Store } from '../../store/connect.js';
import { listActions } from '../../store/actions.js';
import { listMeasures } from '../../store/measures.js';
import { listStrategyItems } from '../../store/strategy.js';
import { measureReports, type StatusOptions } from './measure-reports.js';

export interface ThreadNode {
  item: StrategyItem;
  status: RollupResult | null;
  measureIds: string[];
  actionIds: string[];
  children: ThreadNode[];
}

export interface ThreadStatus {
  roots: ThreadNode[];
  /** Each visible, active measure's verdicts (without words), by measure code. */
  verdicts: ReadonlyMap<string, MeasureVerdicts>;
  measures: ReadonlyMap<string, Measure>;
  problems: string[];
}

export interface ThreadScope {
  canSeeMeasure: (m: Measure) => boolean;
  canSeeItem: (items: readonly StrategyItem[]) => readonly StrategyItem[];
}

export async function threadStatus(
  store: Store,
  scope: ThreadScope,
  options: StatusOptions,
): Promise<ThreadStatus> {
  const [allItems, allMeasures, actions] = await Promise.all([
    listStrategyItems(store.db),
    listMeasures(store.db),
    listActions(store.db),
  ]);
  const items = scope.canSeeItem(allItems);
  const itemIds = new Set(items.map((i) => i.id));
  const measures = allMeasures.filter((m) => m.state === 'active' && scope.canSeeMeasure(m));
  const reports = await measureReports(store, measures, { ...options, words: false });
  const verdicts = new Map(reports.map((r) => [r.measure.id, r.status as MeasureVerdicts]));

  const leaves = new Map<
    string,
    {
      measures: { id: string; status: MeasureVerdicts['rag']['status'] }[];
      actions: { id: string; status: ReturnType<typeof actionRagStatus>['status'] }[];
    }
  >();
  const leavesOf = (id: string) => {
    let entry = leaves.get(id);
    if (!entry) leaves.set(id, (entry = { measures: [], actions: [] }));
    return entry;
  };
  for (const m of measures) {
    for (const id of m.strategyItemIds)
      if (itemIds.has(id)) leavesOf(id).measures.push({ id: m.id, status: verdicts.get(m.id)!.rag.status });
  }
  for (const a of actions) {
    const { status } = actionRagStatus(a, options.today);
    for (const id of a.strategyItemIds) if (itemIds.has(id)) leavesOf(id).actions.push({ id: a.id, status });
  }
  const rolled = rollUpTree(items, leaves as ReadonlyMap<string, ItemLeaves>);

  const node = (item: StrategyItem): ThreadNode => ({
    item,
    status: rolled.statuses.get(item.id) ?? null,
    measureIds: leaves.get(item.id)?.measures.map((m) => m.id) ?? [],
    actionIds: leaves.get(item.id)?.actions.map((a) => a.id) ?? [],
    children: items.filter((c) => c.parentId === item.id).map(node),
  });
  return {
    roots: items.filter((i) => i.parentId === null || !itemIds.has(i.parentId)).map(node),
    verdicts,
    measures: new Map(measures.map((m) => [m.id, m])),
    problems: rolled.problems,
  };
}
