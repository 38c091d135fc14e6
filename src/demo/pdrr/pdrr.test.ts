import { describe, expect, it } from 'vitest';
import { buildDemoCouncil } from '../index.js';
import { buildDemoPdrr } from './index.js';

describe('the demo’s Plan–Do–Review–Revise records', () => {
  const bundle = buildDemoCouncil();
  const demo = buildDemoPdrr(bundle);
  const units = new Set(bundle.orgUnits.map((u) => u.id));
  const items = new Set(bundle.strategyItems.map((i) => i.id));
  const measures = new Set(bundle.measures.map((m) => m.id));
  const actions = new Set([...bundle.actions, ...demo.actions].map((a) => a.id));

  it('names only units, plans, measures and actions the demo council has', () => {
    for (const a of [
      ...demo.actions,
      ...demo.decisions.flatMap((d) => (d.actionArising ? [d.actionArising] : [])),
    ]) {
      expect(units.has(a.orgUnitId!), a.id).toBe(true);
      for (const id of a.strategyItemIds) expect(items.has(id), `${a.id} → ${id}`).toBe(true);
      for (const id of a.measureIds) expect(measures.has(id), `${a.id} → ${id}`).toBe(true);
    }
    for (const p of demo.plans) {
      expect(measures.has(p.measureId), p.id).toBe(true);
      for (const id of p.actionIds) expect(actions.has(id), `${p.id} → ${id}`).toBe(true);
    }
    for (const c of demo.complaints) expect(units.has(c.orgUnitId), c.id).toBe(true);
    for (const u of demo.updates) expect(actions.has(u.actionId), u.actionId).toBe(true);
    for (const [, unit] of [...demo.actionUnits, ...demo.riskUnits]) expect(units.has(unit)).toBe(true);
  });

  it('gives every demo action and risk the unit that owns it', () => {
    expect(demo.actionUnits.size).toBe(bundle.actions.length);
    expect(demo.riskUnits.size).toBe(bundle.risks.length);
  });

  it('gives the demo employee three objectives under their own team plan', () => {
    expect(demo.objectives).toHaveLength(3);
    const plan = bundle.strategyItems.find((i) => i.id === demo.objectives[0]!.item.parentId)!;
    expect(plan.kind).toBe('team-plan');
    expect(plan.orgUnitId).toBe(demo.objectives[0]!.item.orgUnitId);
  });

  it('closes only the plans that carry their lessons learned', () => {
    for (const p of demo.plans) expect(p.status === 'closed').toBe(p.lessonsLearned !== null);
  });
});
