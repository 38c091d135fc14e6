/** Walking the two trees the API shows (the organisation and the golden thread) by parent id. */

interface Node {
  id: string;
  parentId: string | null;
}

/**
 * Orders a tree so that every node comes after its parent, depth first, keeping siblings in the
 * order given. Nodes whose parent is missing are treated as roots, so nothing is dropped.
 */
export function parentsFirst<T extends Node>(nodes: readonly T[]): T[] {
  const ids = new Set(nodes.map((n) => n.id));
  const childrenOf = new Map<string | null, T[]>();
  for (const node of nodes) {
    const parent = node.parentId !== null && ids.has(node.parentId) ? node.parentId : null;
    const list = childrenOf.get(parent) ?? [];
    list.push(node);
    childrenOf.set(parent, list);
  }
  const ordered: T[] = [];
  const placed = new Set<string>();
  const visit = (node: T): void => {
    if (placed.has(node.id)) return;
    placed.add(node.id);
    ordered.push(node);
    for (const child of childrenOf.get(node.id) ?? []) visit(child);
  };
  for (const root of childrenOf.get(null) ?? []) visit(root);
  // A cycle has no root to start from; its members still belong in the answer.
  for (const node of nodes) visit(node);
  return ordered;
}

/** The chain from the root down to the node's parent: the thread upward, read top first. */
export function ancestorsOf<T extends Node>(nodes: readonly T[], id: string): T[] {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const chain: T[] = [];
  const seen = new Set<string>([id]);
  let parentId = byId.get(id)?.parentId ?? null;
  while (parentId !== null && !seen.has(parentId)) {
    const parent = byId.get(parentId);
    if (!parent) break;
    seen.add(parentId);
    chain.push(parent);
    parentId = parent.parentId;
  }
  return chain.reverse();
}

export function childrenOf<T extends Node>(nodes: readonly T[], id: string): T[] {
  return nodes.filter((n) => n.parentId === id);
}
