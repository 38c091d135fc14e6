import { describe, expect, it } from 'vitest';
import type { Card, Dashboard } from './card.js';
import { describeChanges } from './changes.js';

const card = (id: string, measureId: string, column = 0, row = 0, width = 1): Card => ({
  id,
  kind: 'headline',
  measureId,
  areaCode: null,
  strategyItemId: null,
  title: null,
  column,
  row,
  width,
  height: 1,
});
const version = (v: number, cards: Card[], title = 'Jobs'): Dashboard & { version: number } => ({
  id: 'custom-jobs',
  title,
  ownerOrgUnitId: null,
  scope: { kind: 'org-unit', id: 'COUNCIL' },
  cards,
  version: v,
});
const nameOf = (c: Card) => `Measure ${c.measureId}`;

describe('the changes between two versions of a dashboard', () => {
  it('says how many cards the first version was created with', () => {
    expect(describeChanges(null, version(1, [card('c1', 'A')]), [], nameOf)).toEqual(['Created with 1 card']);
  });

  it('names the cards added, removed, moved and resized', () => {
    const before = version(1, [card('c1', 'A'), card('c2', 'B', 1), card('c3', 'C', 2)]);
    const after = version(2, [card('c1', 'A', 0, 1), card('c2', 'B', 1, 0, 2), card('c4', 'D', 3)]);
    expect(describeChanges(before, after, [], nameOf)).toEqual([
      'Added “Measure D”',
      'Removed “Measure C”',
      'Moved “Measure A”',
      'Resized “Measure B”',
    ]);
  });

  it('counts several cards added at once and names each', () => {
    const before = version(1, []);
    const after = version(2, [card('c1', 'A'), card('c2', 'B', 1)]);
    expect(describeChanges(before, after, [], nameOf)).toEqual(['Added 2 cards: “Measure A”, “Measure B”']);
  });

  it('treats a card that now shows another measure as one removed and one added', () => {
    const before = version(1, [card('c1', 'A')]);
    const after = version(2, [card('c1', 'B')]);
    expect(describeChanges(before, after, [], nameOf)).toEqual(['Added “Measure B”', 'Removed “Measure A”']);
  });

  it('recognises an earlier version brought back, and a rename', () => {
    const v1 = version(1, [card('c1', 'A'), card('c2', 'B', 1)]);
    const v2 = version(2, [card('c1', 'A')]);
    const v3 = version(3, [card('c2', 'B', 1), card('c1', 'A')], 'Jobs and skills');
    expect(describeChanges(v2, v3, [v1], nameOf)).toEqual([
      'Restored the cards of version 1',
      'Renamed from “Jobs” to “Jobs and skills”',
    ]);
  });

  it('says so when a version changed nothing on the grid', () => {
    const v1 = version(1, [card('c1', 'A')]);
    expect(describeChanges(v1, version(2, [card('c1', 'A')]), [], nameOf)).toEqual([
      'Saved with no change to its cards',
    ]);
  });
});
