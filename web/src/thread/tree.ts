/** Searching the golden thread: which nodes match, and which must open to show them. */
import type { ThreadNode } from '../api/types.js';

export interface TreeSearch {
  /** Nodes that match, or lie above a match: the rest are hidden while searching. */
  shown: Set<string>;
  /** Nodes to open so every match is in view. */
  opened: Set<string>;
  matches: number;
}

export function searchThread(
  roots: readonly ThreadNode[],
  text: string,
  measureTitles: Record<string, { title: string }>,
): TreeSearch | null {
  const words = text.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return null;
  const result: TreeSearch = { shown: new Set(), opened: new Set(), matches: 0 };
  const hits = (node: ThreadNode) => {
    const measures = node.measureIds.map((id) => `${id} ${measureTitles[id]?.title ?? ''}`).join(' ');
    const haystack = `${node.id} ${node.title} ${measures}`.toLowerCase();
    return words.every((w) => haystack.includes(w));
  };
  const visit = (node: ThreadNode): boolean => {
    let below = false;
    for (const child of node.children) below = visit(child) || below;
    const self = hits(node);
    if (self) result.matches += 1;
    if (self || below) result.shown.add(node.id);
    if (below || (self && node.measureIds.length > 0)) result.opened.add(node.id);
    return self || below;
  };
  for (const root of roots) visit(root);
  return result;
}

/** The path of ids from a root down to the node with this id, or null. */
export function pathTo(roots: readonly ThreadNode[], id: string): ThreadNode[] | null {
  for (const root of roots) {
    if (root.id === id) return [root];
    const below = pathTo(root.children, id);
    if (below) return [root, ...below];
  }
  return null;
}

export function findNode(roots: readonly ThreadNode[], id: string): ThreadNode | null {
  return pathTo(roots, id)?.at(-1) ?? null;
}

export const KIND_WORDS: Record<string, string> = {
  'corporate-plan': 'Corporate Plan',
  priority: 'Priority',
  outcome: 'Outcome',
  objective: 'Objective',
  'plan-on-a-page': 'Plan on a page',
  'directorate-plan': 'Directorate plan',
  'service-plan': 'Service plan',
  'team-plan': 'Team plan',
  'project-plan': 'Project plan',
  'individual-objective': 'Individual objective',
};
