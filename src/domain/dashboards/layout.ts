/**
 * Arranging cards on the grid by keyboard as well as by pointer: moving a card swaps it with its
 * neighbour in that direction, and the grid then settles upward so that no card overlaps another
 * and no gap is left above a card. Every function returns a new list; the input is not changed.
 */
import { GRID_COLUMNS, MAX_CARD_HEIGHT, type CardPlace } from './card.js';

export type Direction = 'up' | 'down' | 'left' | 'right';

type Placed = CardPlace & { id: string };

const overlaps = (a: CardPlace, b: CardPlace) =>
  a.column < b.column + b.width &&
  b.column < a.column + a.width &&
  a.row < b.row + b.height &&
  b.row < a.row + a.height;

const clampSize = <T extends Placed>(card: T): T => {
  const width = Math.min(Math.max(1, Math.round(card.width)), GRID_COLUMNS);
  const height = Math.min(Math.max(1, Math.round(card.height)), MAX_CARD_HEIGHT);
  const column = Math.min(Math.max(0, Math.round(card.column)), GRID_COLUMNS - width);
  return { ...card, width, height, column, row: Math.max(0, Math.round(card.row)) };
};

/**
 * Settles the grid: in reading order (the card named in `first` goes first among equals), each
 * card is pushed down below anything it overlaps, then lifted as high as it will go.
 */
export function settle<T extends Placed>(cards: readonly T[], first?: string): T[] {
  const order = cards
    .map(clampSize)
    .sort((a, b) => a.row - b.row || (a.id === first ? -1 : b.id === first ? 1 : a.column - b.column));
  const placed: T[] = [];
  for (const card of order) {
    let row = card.row;
    const hits = (r: number) => placed.some((p) => overlaps(p, { ...card, row: r }));
    while (hits(row)) row += 1;
    while (row > 0 && !hits(row - 1)) row -= 1;
    placed.push({ ...card, row });
  }
  // The list keeps its reading order so that keyboard and screen-reader order match the picture.
  return placed.sort((a, b) => a.row - b.row || a.column - b.column);
}

/** The nearest card beside `card` in a direction, sharing rows (left, right) or columns (up, down). */
function neighbour<T extends Placed>(cards: readonly T[], card: T, direction: Direction): T | null {
  const sharesRows = (o: T) => o.row < card.row + card.height && card.row < o.row + o.height;
  const sharesColumns = (o: T) => o.column < card.column + card.width && card.column < o.column + o.width;
  const candidates = cards.filter((o) => {
    if (o.id === card.id) return false;
    if (direction === 'left') return sharesRows(o) && o.column + o.width <= card.column;
    if (direction === 'right') return sharesRows(o) && o.column >= card.column + card.width;
    if (direction === 'up') return sharesColumns(o) && o.row + o.height <= card.row;
    return sharesColumns(o) && o.row >= card.row + card.height;
  });
  const distance = (o: T) =>
    direction === 'left'
      ? card.column - (o.column + o.width)
      : direction === 'right'
        ? o.column - (card.column + card.width)
        : direction === 'up'
          ? card.row - (o.row + o.height)
          : o.row - (card.row + card.height);
  return candidates.sort((a, b) => distance(a) - distance(b) || a.column - b.column)[0] ?? null;
}

/** Moves one card a step: it swaps places with its neighbour, or slides into free columns. */
export function moveCard<T extends Placed>(cards: readonly T[], id: string, direction: Direction): T[] {
  const card = cards.find((c) => c.id === id);
  if (!card) return [...cards];
  const other = neighbour(cards, card, direction);
  const moved = new Map<string, T>();
  if (other === null) {
    const step = direction === 'left' ? -1 : direction === 'right' ? 1 : 0;
    moved.set(card.id, { ...card, column: card.column + step });
  } else if (direction === 'left' || direction === 'right') {
    const [leftCard, rightCard] = direction === 'left' ? [other, card] : [card, other];
    moved.set(rightCard.id, { ...rightCard, column: leftCard.column });
    moved.set(leftCard.id, { ...leftCard, column: leftCard.column + rightCard.width });
  } else {
    const [upper, lower] = direction === 'up' ? [other, card] : [card, other];
    moved.set(lower.id, { ...lower, row: upper.row });
    moved.set(upper.id, { ...upper, row: upper.row + lower.height });
  }
  // The moved card wins ties, so that a swap is not undone by settling.
  const lead = direction === 'up' || direction === 'left' ? card.id : (other?.id ?? card.id);
  return settle(
    cards.map((c) => moved.get(c.id) ?? c),
    lead,
  );
}

/** Makes a card wider, narrower, taller or shorter, within the grid. */
export function resizeCard<T extends Placed>(
  cards: readonly T[],
  id: string,
  size: { width: number; height: number },
): T[] {
  return settle(
    cards.map((c) => (c.id === id ? { ...c, ...size } : c)),
    id,
  );
}

/** Puts a new card in the first free place big enough for it, reading the grid row by row. */
export function placeCard<T extends Placed>(cards: readonly T[], card: T): T[] {
  const sized = clampSize(card);
  for (let row = 0; ; row += 1) {
    for (let column = 0; column + sized.width <= GRID_COLUMNS; column += 1) {
      const here = { ...sized, row, column };
      if (!cards.some((c) => overlaps(c, here))) return settle([...cards, here]);
    }
  }
}

export function removeCard<T extends Placed>(cards: readonly T[], id: string): T[] {
  return settle(cards.filter((c) => c.id !== id));
}

/** What is wrong with a layout, in words: cards outside the grid, or on top of each other. */
export function layoutProblems(cards: readonly Placed[]): string[] {
  const problems: string[] = [];
  for (const c of cards) {
    const where = `card "${c.id}"`;
    if (![c.column, c.row, c.width, c.height].every(Number.isInteger))
      problems.push(`${where}: column, row, width and height must be whole numbers`);
    else if (c.width < 1 || c.width > GRID_COLUMNS)
      problems.push(`${where}: width must be 1 to ${GRID_COLUMNS} columns, not ${c.width}`);
    else if (c.height < 1 || c.height > MAX_CARD_HEIGHT)
      problems.push(`${where}: height must be 1 to ${MAX_CARD_HEIGHT} rows, not ${c.height}`);
    else if (c.column < 0 || c.column + c.width > GRID_COLUMNS)
      problems.push(
        `${where}: it must fit in the ${GRID_COLUMNS} columns (column 0 to ${GRID_COLUMNS - c.width})`,
      );
    else if (c.row < 0) problems.push(`${where}: row must be 0 or more`);
  }
  if (problems.length > 0) return problems;
  for (const [i, a] of cards.entries()) {
    for (const b of cards.slice(i + 1)) {
      if (overlaps(a, b)) problems.push(`cards "${a.id}" and "${b.id}" overlap`);
    }
  }
  return problems;
}
