/**
 * The rules for placing a strategy item in the golden thread: each kind hangs from the kinds the
 * framework allows, an item never hangs below itself, and an item with live children cannot be
 * retired out from under them.
 */
import { STRATEGY_KIND_LABELS, strategyLinkProblem, type StrategyItem } from '../strategy.js';
import { subtreeIds } from '../tree.js';

/** Every item below `id` (children, their children and so on). */
export function descendantsOf(
  items: readonly Pick<StrategyItem, 'id' | 'parentId'>[],
  id: string,
): Set<string> {
  const below = subtreeIds(items, id);
  below.delete(id);
  return below;
}

/**
 * Why `item` may not hang from `parentId` among `items` (the items in use); null when it may.
 * The message starts with the field at fault, for the API's `field: message` form.
 */
export function placementProblem(
  items: readonly StrategyItem[],
  item: Pick<StrategyItem, 'id' | 'kind'>,
  parentId: string | null,
): string | null {
  if (parentId === null) {
    const problem = strategyLinkProblem(item.kind, null);
    return problem && `parentId: ${problem}`;
  }
  if (parentId === item.id) return `parentId: ${item.id} cannot be its own parent`;
  const parent = items.find((i) => i.id === parentId);
  if (!parent) return `parentId: there is no strategy item in use with id "${parentId}"`;
  if (descendantsOf(items, item.id).has(parentId)) {
    return `parentId: ${parentId} is below ${item.id} in the thread, so ${item.id} cannot move under it`;
  }
  const problem = strategyLinkProblem(item.kind, parent.kind);
  return problem && `parentId: ${problem}`;
}

/** Why an item cannot be retired now (it has items in use below it); null when it can. */
export function retirementProblem(items: readonly StrategyItem[], id: string): string | null {
  const children = items.filter((i) => i.parentId === id);
  if (children.length === 0) return null;
  const named = children
    .slice(0, 5)
    .map((c) => `${c.id} (${STRATEGY_KIND_LABELS[c.kind]})`)
    .join(', ');
  const more = children.length > 5 ? ` and ${children.length - 5} more` : '';
  return (
    `${id} has ${children.length} item${children.length === 1 ? '' : 's'} in use below it: ${named}${more}; ` +
    'retire them or move them to another parent first'
  );
}
