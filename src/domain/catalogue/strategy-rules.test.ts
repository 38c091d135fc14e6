import { describe, expect, it } from 'vitest';
import type { StrategyItem, StrategyKind } from '../strategy.js';
import { descendantsOf, placementProblem, retirementProblem } from './strategy-rules.js';

const item = (id: string, kind: StrategyKind, parentId: string | null): StrategyItem => ({
  id,
  kind,
  title: id,
  description: null,
  parentId,
  ownerId: null,
  orgUnitId: null,
  startDate: null,
  endDate: null,
  rollupRule: 'worst',
  weight: 1,
});

const THREAD = [
  item('CP', 'corporate-plan', null),
  item('PRI', 'priority', 'CP'),
  item('OUT', 'outcome', 'PRI'),
  item('OBJ', 'objective', 'OUT'),
  item('PRI-2', 'priority', 'CP'),
];

describe('placing a strategy item in the thread', () => {
  it('finds every item below one, however deep', () => {
    expect([...descendantsOf(THREAD, 'PRI')].sort()).toEqual(['OBJ', 'OUT']);
    expect(descendantsOf(THREAD, 'OBJ').size).toBe(0);
  });

  it('allows a kind under the kinds the framework lets it hang from', () => {
    expect(placementProblem(THREAD, item('OUT', 'outcome', 'PRI'), 'PRI-2')).toBeNull();
    expect(placementProblem(THREAD, item('CP', 'corporate-plan', null), null)).toBeNull();
  });

  it('refuses a parent below the item, the item itself, a missing one or one of the wrong kind', () => {
    expect(placementProblem(THREAD, THREAD[1]!, 'OBJ')).toBe(
      'parentId: OBJ is below PRI in the thread, so PRI cannot move under it',
    );
    expect(placementProblem(THREAD, THREAD[1]!, 'PRI')).toBe('parentId: PRI cannot be its own parent');
    expect(placementProblem(THREAD, THREAD[1]!, 'GONE')).toBe(
      'parentId: there is no strategy item in use with id "GONE"',
    );
    expect(placementProblem(THREAD, THREAD[3]!, 'PRI')).toBe(
      'parentId: an Objective links upward to an Outcome, not to a Priority',
    );
    expect(placementProblem(THREAD, THREAD[2]!, null)).toBe(
      'parentId: an Outcome must link upward to a Priority',
    );
  });

  it('refuses to retire an item while items hang below it, naming them', () => {
    expect(retirementProblem(THREAD, 'OBJ')).toBeNull();
    expect(retirementProblem(THREAD, 'CP')).toBe(
      'CP has 2 items in use below it: PRI (Priority), PRI-2 (Priority); retire them or move them to another parent first',
    );
  });
});
