import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ancestorsOf, parentsFirst } from './tree.js';

/** A random forest: node i may hang from any earlier node, so there are no cycles. */
const forest = fc
  .array(fc.nat(), { minLength: 1, maxLength: 30 })
  .map((picks) =>
    picks.map((pick, i) => ({ id: `N${i}`, parentId: i === 0 || pick % 3 === 0 ? null : `N${pick % i}` })),
  );

describe('parentsFirst', () => {
  it('puts every node after its parent and keeps every node exactly once, whatever order it is given in', () => {
    fc.assert(
      fc.property(
        forest.chain((nodes) => fc.shuffledSubarray(nodes, { minLength: nodes.length })),
        (shuffled) => {
          const ordered = parentsFirst(shuffled);
          expect(ordered.map((n) => n.id).sort()).toEqual(shuffled.map((n) => n.id).sort());
          const position = new Map(ordered.map((n, i) => [n.id, i]));
          for (const node of ordered) {
            if (node.parentId !== null)
              expect(position.get(node.parentId)!).toBeLessThan(position.get(node.id)!);
          }
        },
      ),
    );
  });

  it('keeps the members of a cycle rather than dropping them', () => {
    const cycle = [
      { id: 'A', parentId: 'B' },
      { id: 'B', parentId: 'A' },
    ];
    expect(parentsFirst(cycle).map((n) => n.id)).toEqual(['A', 'B']);
  });
});

describe('ancestorsOf', () => {
  const thread = [
    { id: 'CP', parentId: null },
    { id: 'PRI', parentId: 'CP' },
    { id: 'OUT', parentId: 'PRI' },
  ];

  it('reads the thread upward from the root down to the parent', () => {
    expect(ancestorsOf(thread, 'OUT').map((n) => n.id)).toEqual(['CP', 'PRI']);
    expect(ancestorsOf(thread, 'CP')).toEqual([]);
  });

  it('stops at a cycle instead of looping for ever', () => {
    const looped = [
      { id: 'A', parentId: 'B' },
      { id: 'B', parentId: 'A' },
    ];
    expect(ancestorsOf(looped, 'A').map((n) => n.id)).toEqual(['B']);
  });
});
