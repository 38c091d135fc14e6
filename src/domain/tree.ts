/** Trees by parent id (org units, the strategy tree): what hangs below a node. */

/** The node and every node below it; a loop in the data is walked once, not forever. */
export function subtreeIds(
  nodes: readonly { id: string; parentId: string | null }[],
  rootId: string,
): Set<string> {
  const children = new Map<string, string[]>();
  for (const n of nodes) {
    if (n.parentId === null) continue;
    children.set(n.parentId, [...(children.get(n.parentId) ?? []), n.id]);
  }
  const found = new Set<string>();
  const pending = [rootId];
  while (pending.length > 0) {
    const id = pending.pop()!;
    if (found.has(id)) continue;
    found.add(id);
    pending.push(...(children.get(id) ?? []));
  }
  return found;
}
