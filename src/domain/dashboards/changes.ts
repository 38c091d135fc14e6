/**
 * What changed between two versions of a dashboard, in words a reader of its history can follow:
 * renamed, cards added, removed, moved or resized, or an earlier version brought back.
 */
import type { Card, Dashboard } from './card.js';

const placeOf = (c: Card) => `${c.column},${c.row}`;
const sizeOf = (c: Card) => `${c.width}x${c.height}`;
/** What a card shows, without where it is: two cards alike in this are the same card. */
const contentOf = (c: Card) => JSON.stringify([c.kind, c.measureId, c.areaCode, c.strategyItemId, c.title]);
const layoutOf = (cards: readonly Card[]) =>
  JSON.stringify(
    [...cards]
      .sort((a, b) => a.id.localeCompare(b.id))
      .map((c) => [c.id, contentOf(c), placeOf(c), sizeOf(c)]),
  );

function listed(verb: string, names: string[]): string {
  const quoted = names.map((n) => `“${n}”`);
  return names.length === 1 ? `${verb} ${quoted[0]}` : `${verb} ${names.length} cards: ${quoted.join(', ')}`;
}

/**
 * The changes from `before` (null for the first version) to `after`. `earlier` are the versions
 * before `before`, to recognise one brought back; `nameOf` names a card (its measure's title).
 */
export function describeChanges(
  before: (Dashboard & { version: number }) | null,
  after: Dashboard,
  earlier: readonly (Dashboard & { version: number })[],
  nameOf: (card: Card) => string,
): string[] {
  if (before === null)
    return [`Created with ${after.cards.length} ${after.cards.length === 1 ? 'card' : 'cards'}`];
  const changes: string[] = [];
  const same = layoutOf(after.cards);
  if (same !== layoutOf(before.cards)) {
    const back = [...earlier].reverse().find((v) => layoutOf(v.cards) === same);
    if (back) changes.push(`Restored the cards of version ${back.version}`);
  }
  if (before.title !== after.title) changes.push(`Renamed from “${before.title}” to “${after.title}”`);
  if (changes.some((c) => c.startsWith('Restored'))) return changes;

  const old = new Map(before.cards.map((c) => [c.id, c]));
  const now = new Map(after.cards.map((c) => [c.id, c]));
  const added = after.cards.filter((c) => !old.has(c.id) || contentOf(old.get(c.id)!) !== contentOf(c));
  const removed = before.cards.filter((c) => !now.has(c.id) || contentOf(now.get(c.id)!) !== contentOf(c));
  const kept = after.cards.filter((c) => !added.includes(c));
  const moved = kept.filter((c) => placeOf(c) !== placeOf(old.get(c.id)!));
  const resized = kept.filter((c) => sizeOf(c) !== sizeOf(old.get(c.id)!));
  if (added.length > 0) changes.push(listed('Added', added.map(nameOf)));
  if (removed.length > 0) changes.push(listed('Removed', removed.map(nameOf)));
  if (moved.length > 0) changes.push(listed('Moved', moved.map(nameOf)));
  if (resized.length > 0) changes.push(listed('Resized', resized.map(nameOf)));
  if (changes.length === 0) changes.push('Saved with no change to its cards');
  return changes;
}
