import { describe, expect, it } from 'vitest';
import type { ThreadNode } from '../api/types.js';
import { findNode, pathTo, searchThread } from './tree.js';

const status = {
  status: 'green' as const,
  counts: {} as ThreadNode['status']['counts'],
  total: 0,
  sentence: '',
};
const node = (
  id: string,
  title: string,
  children: ThreadNode[] = [],
  measureIds: string[] = [],
): ThreadNode => ({
  id,
  kind: 'objective',
  title,
  status,
  measureIds,
  actionIds: [],
  children,
});

const roots = [
  node('CP', 'Corporate Plan', [
    node('PR-ECO', 'A stronger economy', [node('OB-JOBS', 'Reduce unemployment', [], ['CP-ECO-01'])]),
    node('PR-COM', 'Stronger communities', [node('OB-SAFE', 'Keep children safe')]),
  ]),
];
const measures = { 'CP-ECO-01': { title: 'Claimant count rate' } };

describe('searching the golden thread', () => {
  it('shows a match with every item above it, and opens the way down to it', () => {
    const found = searchThread(roots, 'claimant', measures)!;
    expect(found.matches).toBe(1);
    expect([...found.shown].sort()).toEqual(['CP', 'OB-JOBS', 'PR-ECO']);
    expect(found.opened.has('PR-ECO')).toBe(true);
    // The matching objective opens too, so the measure that matched is in view.
    expect(found.opened.has('OB-JOBS')).toBe(true);
    expect(found.shown.has('PR-COM')).toBe(false);
  });

  it('needs every word to match, in any case', () => {
    expect(searchThread(roots, 'KEEP safe', measures)!.matches).toBe(1);
    expect(searchThread(roots, 'keep economy', measures)!.matches).toBe(0);
  });

  it('does not search for nothing', () => {
    expect(searchThread(roots, '  ', measures)).toBeNull();
  });

  it('finds the path from the plan down to an item', () => {
    expect(pathTo(roots, 'OB-SAFE')!.map((n) => n.id)).toEqual(['CP', 'PR-COM', 'OB-SAFE']);
    expect(findNode(roots, 'NOPE')).toBeNull();
  });
});
