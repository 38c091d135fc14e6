import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GRID_COLUMNS, type CardPlace } from './card.js';
import {
  layoutProblems,
  moveCard,
  placeCard,
  removeCard,
  resizeCard,
  settle,
  type Direction,
} from './layout.js';

type Placed = CardPlace & { id: string };
const card = (id: string, column: number, row: number, width = 1, height = 1): Placed => ({
  id,
  column,
  row,
  width,
  height,
});
const at = (cards: Placed[], id: string) => {
  const c = cards.find((x) => x.id === id)!;
  return [c.column, c.row];
};

describe('arranging cards on the grid', () => {
  const row = [card('a', 0, 0), card('b', 1, 0), card('c', 2, 0), card('d', 3, 0)];

  it('swaps a card with its right-hand neighbour when moved right', () => {
    const moved = moveCard(row, 'a', 'right');
    expect(at(moved, 'a')).toEqual([1, 0]);
    expect(at(moved, 'b')).toEqual([0, 0]);
  });

  it('swaps a card with the one above when moved up, and keeps reading order in the list', () => {
    const grid = [...row, card('e', 0, 1)];
    const moved = moveCard(grid, 'e', 'up');
    expect(at(moved, 'e')).toEqual([0, 0]);
    expect(at(moved, 'a')).toEqual([0, 1]);
    expect(moved.map((c) => c.id)).toEqual(['e', 'b', 'c', 'd', 'a']);
  });

  it('slides a card into a free column when nothing is beside it', () => {
    expect(at(moveCard([card('a', 0, 0)], 'a', 'right'), 'a')).toEqual([1, 0]);
  });

  it('leaves a card at the edge where it is', () => {
    expect(at(moveCard(row, 'a', 'left'), 'a')).toEqual([0, 0]);
    expect(at(moveCard(row, 'a', 'up'), 'a')).toEqual([0, 0]);
  });

  it('lifts cards into the gap a removed card leaves', () => {
    const grid = [card('a', 0, 0, 4), card('b', 0, 1)];
    expect(at(removeCard(grid, 'a'), 'b')).toEqual([0, 0]);
  });

  it('puts a new card in the first free place big enough for it', () => {
    const grid = [card('a', 0, 0, 2), card('b', 3, 0)];
    expect(at(placeCard(grid, card('n', 0, 0)), 'n')).toEqual([2, 0]);
    expect(at(placeCard(grid, card('w', 0, 0, 2)), 'w')).toEqual([0, 1]);
  });

  it('keeps a widened card inside the grid and pushes what it would cover downward', () => {
    const grown = resizeCard(row, 'c', { width: 3, height: 1 });
    expect(layoutProblems(grown)).toEqual([]);
    const c = grown.find((x) => x.id === 'c')!;
    expect(c.column + c.width).toBeLessThanOrEqual(GRID_COLUMNS);
  });

  it('names cards that overlap or stick out of the grid', () => {
    expect(layoutProblems([card('a', 0, 0, 2), card('b', 1, 0)])).toEqual(['cards "a" and "b" overlap']);
    expect(layoutProblems([card('a', 3, 0, 2)])[0]).toMatch(/card "a": it must fit in the 4 columns/);
  });

  const cardsArb = fc
    .array(
      fc.record({
        column: fc.integer({ min: 0, max: 3 }),
        row: fc.integer({ min: 0, max: 8 }),
        width: fc.integer({ min: 1, max: 4 }),
        height: fc.integer({ min: 1, max: 3 }),
      }),
      { minLength: 1, maxLength: 12 },
    )
    .map((list) => settle(list.map((c, i) => ({ ...c, id: `c${i}` }))));
  const moves = fc.array(fc.tuple(fc.nat(11), fc.constantFrom<Direction>('up', 'down', 'left', 'right')), {
    maxLength: 20,
  });

  it('never overlaps cards, loses one or leaves the grid, whatever moves are made', () => {
    fc.assert(
      fc.property(cardsArb, moves, (cards, steps) => {
        let grid = cards;
        for (const [i, direction] of steps) grid = moveCard(grid, grid[i % grid.length]!.id, direction);
        expect(layoutProblems(grid)).toEqual([]);
        expect(grid.map((c) => c.id).sort()).toEqual(cards.map((c) => c.id).sort());
      }),
    );
  });

  it('undoes a move right with a move left when the two cards are the same size', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 }), (column) => {
        const start = settle([card('a', 0, 0), card('b', 1, 0), card('c', 2, 0), card('d', 3, 0)]);
        const id = start[column]!.id;
        const back = moveCard(moveCard(start, id, 'right'), id, 'left');
        expect(back).toEqual(start);
      }),
    );
  });
});
