import { describe, expect, it } from 'vitest';
import { aMeasure } from '../../../test/factories.js';
import type { StrategyItem } from '../strategy.js';
import { GENERATED_CARD_LIMIT, generateDashboards } from './generate.js';
import { layoutProblems } from './layout.js';

const item = (
  id: string,
  kind: StrategyItem['kind'],
  parentId: string | null,
  orgUnitId: string | null,
): StrategyItem => ({
  id,
  kind,
  title: `Item ${id}`,
  description: null,
  parentId,
  ownerId: null,
  orgUnitId,
  startDate: null,
  endDate: null,
  rollupRule: 'worst',
  weight: 1,
});

const items = [
  item('CP', 'corporate-plan', null, 'COUNCIL'),
  item('PR', 'priority', 'CP', 'COUNCIL'),
  item('OC', 'outcome', 'PR', 'DIR'),
  item('OB-1', 'objective', 'OC', 'SVC'),
  item('POP-1', 'plan-on-a-page', 'OB-1', 'SVC'),
  item('OB-2', 'objective', 'OC', 'DIR'),
];
const units = [
  { id: 'COUNCIL', kind: 'council' as const, name: 'Council', parentId: null },
  { id: 'DIR', kind: 'directorate' as const, name: 'Place', parentId: 'COUNCIL' },
  { id: 'SVC', kind: 'service' as const, name: 'Housing', parentId: 'DIR' },
  { id: 'TEAM', kind: 'team' as const, name: 'Lettings', parentId: 'SVC' },
];

describe('dashboards generated from the thread', () => {
  const measures = [
    aMeasure({ id: 'M-LOCAL', category: 'local-key', strategyItemIds: ['POP-1'], orgUnitId: 'TEAM' }),
    aMeasure({
      id: 'M-CP',
      category: 'corporate-plan',
      strategyItemIds: ['OB-1'],
      byWard: true,
      orgUnitId: 'SVC',
    }),
    aMeasure({ id: 'M-HR', category: 'hr', strategyItemIds: ['OB-1'], orgUnitId: 'SVC' }),
  ];
  const dashboards = generateDashboards({ items, units, measures, actions: [], risks: [] });

  it('makes one per Corporate Plan objective, directorate and service, and none per team', () => {
    expect(dashboards.map((d) => d.id)).toEqual([
      'objective-OB-1',
      'objective-OB-2',
      'directorate-DIR',
      'service-SVC',
    ]);
  });

  it('shows the measures evidencing an objective or the plans below it, Corporate Plan measures first', () => {
    const headlines = dashboards[0]!.cards.filter((c) => c.kind === 'headline').map((c) => c.measureId);
    expect(headlines).toEqual(['M-CP', 'M-LOCAL']);
  });

  it('leaves restricted HR measures off generated dashboards', () => {
    expect(dashboards.flatMap((d) => d.cards).some((c) => c.measureId === 'M-HR')).toBe(false);
  });

  it('draws a ward map and a ward table of the first measure with ward figures', () => {
    const kinds = dashboards[0]!.cards.filter((c) => c.measureId === 'M-CP').map((c) => c.kind);
    expect(kinds).toEqual(expect.arrayContaining(['ward-map', 'ward-table', 'trend']));
  });

  it('gives a unit’s dashboard the measures owned in the unit and below it', () => {
    const service = dashboards.find((d) => d.id === 'service-SVC')!;
    expect(new Set(service.cards.map((c) => c.measureId).filter(Boolean))).toEqual(
      new Set(['M-CP', 'M-LOCAL']),
    );
  });

  it('lays every dashboard out without overlaps, and an objective without measures with no cards', () => {
    for (const d of dashboards) expect(layoutProblems(d.cards)).toEqual([]);
    expect(dashboards[1]!.cards).toEqual([]);
  });

  it('stops at the card limit however many measures an objective has', () => {
    const many = Array.from({ length: 40 }, (_, i) =>
      aMeasure({ id: `M-${String(i).padStart(2, '0')}`, strategyItemIds: ['OB-1'], comparatorGroupId: 'NN' }),
    );
    const [first] = generateDashboards({ items, units, measures: many, actions: [], risks: [] });
    expect(first!.cards).toHaveLength(GENERATED_CARD_LIMIT);
    expect(first!.cards.map((c) => c.kind)).toEqual(
      expect.arrayContaining(['status-counts', 'spc', 'comparators']),
    );
  });
});
