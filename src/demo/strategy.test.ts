import { describe, expect, it } from 'vitest';
import { strategyLinkProblem, type StrategyKind } from '../domain/strategy.js';
import { buildDemoCouncil } from './index.js';

const bundle = buildDemoCouncil();
const items = new Map(bundle.strategyItems.map((i) => [i.id, i]));
const ofKind = (kind: StrategyKind) => bundle.strategyItems.filter((i) => i.kind === kind);
const rolesOf = (personId: string | null) =>
  bundle.roles.filter((r) => r.personId === personId).map((r) => r.role);

describe('demo strategy (the golden thread)', () => {
  it('links every item upward to a kind it may hang from, parents first', () => {
    const seen = new Set<string>();
    for (const item of bundle.strategyItems) {
      const parentKind = item.parentId === null ? null : (items.get(item.parentId)?.kind ?? null);
      expect(strategyLinkProblem(item.kind, parentKind), item.id).toBeNull();
      if (item.parentId !== null) expect(seen.has(item.parentId), item.id).toBe(true);
      seen.add(item.id);
    }
  });

  it('is the Corporate Plan 2015–18 with three priorities and seven outcomes', () => {
    expect(ofKind('corporate-plan').map((i) => i.title)).toEqual(['Corporate Plan 2015–18']);
    expect(ofKind('priority').map((i) => i.title)).toEqual([
      'A stronger economy',
      'Stronger communities',
      'A confident, capable council',
    ]);
    expect(ofKind('outcome')).toHaveLength(7);
  });

  it('has the framework’s corporate transformation objectives under a confident, capable council', () => {
    const future = ofKind('objective').filter((o) => o.title.startsWith('Future '));
    expect(future.map((o) => o.title)).toEqual(
      expect.arrayContaining(['Future Performance', 'Future People', 'Future Works', 'Future Practice']),
    );
    expect(future).toHaveLength(7);
    for (const o of future) expect(items.get(o.parentId!)?.parentId).toBe('PR-CCC');
  });

  it('gives every objective a plan on a page owned by a director or service director', () => {
    for (const objective of ofKind('objective')) {
      const plans = ofKind('plan-on-a-page').filter((p) => p.parentId === objective.id);
      expect(plans, objective.id).toHaveLength(1);
      expect(rolesOf(plans[0]!.ownerId).some((r) => r === 'director' || r === 'service-director')).toBe(true);
    }
  });

  it('has directorate, service, team and project plans, and individual objectives set at appraisal', () => {
    expect(ofKind('directorate-plan').length).toBe(
      bundle.orgUnits.filter((u) => u.kind === 'directorate').length,
    );
    expect(ofKind('service-plan').length).toBe(bundle.orgUnits.filter((u) => u.kind === 'service').length);
    expect(ofKind('team-plan').length).toBe(bundle.orgUnits.filter((u) => u.kind === 'team').length);
    expect(ofKind('project-plan').length).toBeGreaterThanOrEqual(5);
    const individual = ofKind('individual-objective');
    expect(individual.length).toBeGreaterThanOrEqual(20);
    for (const o of individual) expect(rolesOf(o.ownerId)).toContain('employee');
  });

  it('sets an owner, a unit and dates on every item', () => {
    for (const item of bundle.strategyItems) {
      expect(item.ownerId, item.id).not.toBeNull();
      expect(item.orgUnitId, item.id).not.toBeNull();
      expect(item.startDate! <= item.endDate!, item.id).toBe(true);
    }
  });

  it('evidences every objective with several measures', () => {
    for (const objective of ofKind('objective')) {
      const measures = bundle.measures.filter((m) => m.strategyItemIds.includes(objective.id));
      expect(measures.length, objective.id).toBeGreaterThanOrEqual(3);
    }
  });
});
