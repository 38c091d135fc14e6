/**
 * Every strategy item's status, bottom-up along the golden thread: an item's children are the
 * items whose parentId names it, and each item rolls up by its own rule, weighting each child by
 * the child's weight. An item whose parent is not in the list is a root. Items caught in a loop of
 * parents cannot be rolled up; they are listed as problems and given no status.
 */
import type { StrategyItem } from '../strategy.js';
import { rollUpStatus, type RollupEntry, type RollupResult } from './rules.js';

/** An item's own measures' and actions' statuses. */
export interface ItemLeaves {
  measures?: readonly RollupEntry[];
  actions?: readonly RollupEntry[];
}

export interface RollupTree {
  statuses: Map<string, RollupResult>;
  problems: string[];
}

type TreeItem = Pick<StrategyItem, 'id' | 'parentId' | 'rollupRule' | 'weight'>;

export function rollUpTree(
  items: readonly TreeItem[],
  leafStatuses: ReadonlyMap<string, ItemLeaves> | Readonly<Record<string, ItemLeaves>>,
): RollupTree {
  const leavesOf = (id: string): ItemLeaves | undefined =>
    leafStatuses instanceof Map
      ? leafStatuses.get(id)
      : (leafStatuses as Readonly<Record<string, ItemLeaves>>)[id];
  const byId = new Map(items.map((item) => [item.id, item]));
  const children = new Map<string, TreeItem[]>();
  const waiting = new Map<string, number>();
  for (const item of items) {
    waiting.set(item.id, waiting.get(item.id) ?? 0);
    if (item.parentId === null || !byId.has(item.parentId)) continue;
    const siblings = children.get(item.parentId) ?? [];
    siblings.push(item);
    children.set(item.parentId, siblings);
    waiting.set(item.parentId, (waiting.get(item.parentId) ?? 0) + 1);
  }

  const statuses = new Map<string, RollupResult>();
  // Leaves first; an item is ready once all its children are done.
  const ready = items.filter((item) => waiting.get(item.id) === 0);
  while (ready.length > 0) {
    const item = ready.pop()!;
    const leaves = leavesOf(item.id);
    const result = rollUpStatus({
      children: (children.get(item.id) ?? []).map((child) => ({
        id: child.id,
        status: statuses.get(child.id)!.status,
        weight: child.weight,
      })),
      measures: leaves?.measures ?? [],
      actions: leaves?.actions ?? [],
      rule: item.rollupRule,
    });
    statuses.set(item.id, result);
    const parent = item.parentId === null ? undefined : byId.get(item.parentId);
    if (!parent) continue;
    const left = waiting.get(parent.id)! - 1;
    waiting.set(parent.id, left);
    if (left === 0) ready.push(parent);
  }

  const stuck = items.filter((item) => !statuses.has(item.id)).map((item) => item.id);
  const problems =
    stuck.length === 0
      ? []
      : [`${stuck.join(', ')} cannot be rolled up: their parents form a loop, or hang from one`];
  return { statuses, problems };
}
