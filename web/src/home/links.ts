/** Addresses into the app that open the right things on arrival. */
import type { ThreadNode } from '../api/types.js';
import { pathTo } from '../thread/tree.js';

/** The golden-thread explorer with every item from the plan down to this one open. */
export function threadLink(roots: readonly ThreadNode[], id: string): string {
  const path = pathTo(roots, id) ?? [];
  return `/app/thread?open=${path.map((n) => encodeURIComponent(n.id)).join(',')}#thread-item-${encodeURIComponent(id)}`;
}
