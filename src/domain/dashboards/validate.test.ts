import { describe, expect, it } from 'vitest';
import { aMeasure } from '../../../test/factories.js';
import type { Card, Dashboard } from './card.js';
import { dashboardProblems } from './validate.js';

const card = (overrides: Partial<Card>): Card => ({
  id: 'c1',
  kind: 'headline',
  measureId: 'M-1',
  areaCode: null,
  strategyItemId: null,
  title: null,
  column: 0,
  row: 0,
  width: 1,
  height: 1,
  ...overrides,
});
const dashboard = (cards: Card[]): Dashboard => ({
  id: 'objective-OB-1',
  title: 'Jobs and skills',
  ownerOrgUnitId: 'SVC',
  scope: { kind: 'strategy-item', id: 'OB-1' },
  cards,
});
const context = {
  measures: new Map([
    ['M-1', aMeasure({ id: 'M-1' })],
    ['M-WARD', aMeasure({ id: 'M-WARD', byWard: true })],
  ]),
  wardCodes: new Set(['E05001321']),
  strategyItemIds: new Set(['OB-1']),
};

describe('checking an edited dashboard', () => {
  it('accepts cards that name what they need', () => {
    const cards = [
      card({}),
      card({ id: 'c2', kind: 'ward-map', measureId: 'M-WARD', column: 1, width: 2, height: 2 }),
      card({ id: 'c3', kind: 'trend', measureId: 'M-WARD', areaCode: 'E05001321', column: 0, row: 1 }),
      card({ id: 'c4', kind: 'status-counts', measureId: null, strategyItemId: 'OB-1', column: 3 }),
    ];
    expect(dashboardProblems(dashboard(cards), context)).toEqual([]);
  });

  it('names each card’s problem: no measure, a ward map without ward figures, a ward that is not the council’s', () => {
    const problems = dashboardProblems(
      dashboard([
        card({ measureId: null }),
        card({ id: 'c2', kind: 'ward-table', measureId: 'M-1', column: 1 }),
        card({ id: 'c3', areaCode: 'E05009999', column: 2 }),
        card({ id: 'c4', kind: 'risks', measureId: 'M-1', column: 3 }),
      ]),
      context,
    );
    expect(problems).toEqual([
      'card "c1" (Headline figure with sparkline): needs a measure code',
      'card "c2" (Ward table): measure "M-1" has no figures by ward; choose a measure broken down by ward',
      'card "c3" (Headline figure with sparkline): "E05009999" is not one of the council\'s wards',
      'card "c4" (Risk heat map): takes no measure; it counts the dashboard\'s measures',
    ]);
  });

  it('refuses one ward of a measure that is not counted by ward', () => {
    expect(dashboardProblems(dashboard([card({ areaCode: 'E05001321' })]), context)).toEqual([
      'card "c1" (Headline figure with sparkline): measure "M-1" has no figures by ward, so it cannot show one ward',
    ]);
  });

  it('refuses two cards with one id, and a measure the editor may not see', () => {
    const problems = dashboardProblems(
      dashboard([card({}), card({ measureId: 'HIDDEN', column: 1 })]),
      context,
    );
    expect(problems).toEqual([
      'card "c1": two cards have this id; each needs its own',
      'card "c1" (Headline figure with sparkline): there is no measure with code "HIDDEN"',
    ]);
  });
});
