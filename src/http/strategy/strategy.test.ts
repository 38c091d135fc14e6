import { describe, expect, it } from 'vitest';
import { aSmallCouncil } from '../../../test/factories.js';
import { DIALECTS } from '../../../test/store-fixture.js';
import type { StrategyItem } from '../../domain/strategy.js';
import { getJson, useCouncilServer } from '../test-server.js';

function anItem(
  overrides: Partial<StrategyItem> & Pick<StrategyItem, 'id' | 'kind' | 'parentId'>,
): StrategyItem {
  return {
    title: overrides.id,
    description: null,
    ownerId: null,
    orgUnitId: null,
    startDate: null,
    endDate: null,
    rollupRule: 'worst',
    weight: 1,
    ...overrides,
  };
}

/** The small council's thread carried down to an objective, so the thread upward has three links. */
function aCouncilWithAThread() {
  const council = aSmallCouncil();
  council.strategyItems.push(
    anItem({
      id: 'OUT-SKILLS',
      kind: 'outcome',
      parentId: 'OBJ-JOBS',
      title: 'More people with better skills',
    }),
    anItem({
      id: 'OBJ-APPRENTICE',
      kind: 'objective',
      parentId: 'OUT-SKILLS',
      title: 'More apprenticeships',
    }),
  );
  return council;
}

describe.each(DIALECTS)('strategy routes on %s', (dialect) => {
  const server = useCouncilServer(dialect, { council: aCouncilWithAThread() });

  it('lists the golden thread as a flat list, every item after its parent', async () => {
    const { status, body } = await getJson(server.app, '/api/v1/strategy');
    expect(status).toBe(200);
    const items = body.strategyItems as StrategyItem[];
    expect(items.map((i) => i.id)).toEqual(['CP', 'OBJ-JOBS', 'OUT-SKILLS', 'OBJ-APPRENTICE']);
    expect(items[0]).toEqual(aSmallCouncil().strategyItems[0]);
  });

  it('lists only the items of one kind when asked', async () => {
    const { body } = await getJson(server.app, '/api/v1/strategy?kind=outcome');
    expect((body.strategyItems as StrategyItem[]).map((i) => i.id)).toEqual(['OUT-SKILLS']);
  });

  it('refuses an unknown kind, naming the parameter', async () => {
    const { status, body } = await getJson(server.app, '/api/v1/strategy?kind=vision');
    expect(status).toBe(400);
    expect(body.error?.message).toMatch(
      /^kind: must be one of corporate-plan, priority, .* or individual-objective$/,
    );
  });

  it('shows an item with the thread upward, the items below it and the measures that evidence it', async () => {
    const { status, body } = await getJson(server.app, '/api/v1/strategy/OBJ-JOBS');
    expect(status).toBe(200);
    expect(body).toMatchObject({
      id: 'OBJ-JOBS',
      kind: 'priority',
      title: 'A stronger economy',
      parentId: 'CP',
    });
    expect((body.ancestors as StrategyItem[]).map((i) => i.id)).toEqual(['CP']);
    expect((body.children as StrategyItem[]).map((i) => i.id)).toEqual(['OUT-SKILLS']);
    expect(body.measures).toEqual([
      expect.objectContaining({
        id: 'CP-ECO-01',
        title: 'Working-age adults in employment',
        unit: 'percent',
      }),
    ]);
  });

  it('reads the thread upward from an objective to the Corporate Plan, top first', async () => {
    const { body } = await getJson(server.app, '/api/v1/strategy/OBJ-APPRENTICE');
    expect((body.ancestors as StrategyItem[]).map((i) => i.id)).toEqual(['CP', 'OBJ-JOBS', 'OUT-SKILLS']);
    expect(body.children).toEqual([]);
    expect(body.measures).toEqual([]);
  });

  it('answers 404 naming the id when there is no such item', async () => {
    const { status, body } = await getJson(server.app, '/api/v1/strategy/OBJ-NONE');
    expect(status).toBe(404);
    expect(body.error).toEqual({
      code: 'not-found',
      message: 'There is no strategy item with id "OBJ-NONE"',
    });
  });
});
