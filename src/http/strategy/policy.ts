/**
 * Who may see a strategy item, checked on the (action, item) pair. What is visible depends on the
 * whole thread (an objective is visible above a visible plan), so the route passes the visible set.
 */
import type { StrategyItem } from '../../domain/strategy.js';

export const strategyPolicy = {
  read: (visible: ReadonlySet<string>, item: StrategyItem) => visible.has(item.id),
};
