import { describe, expect, it } from 'vitest';
import type { Measure } from '../measure.js';
import type { OrgUnit } from '../organisation.js';
import type { StrategyItem } from '../strategy.js';
import type { Account, Grant } from './roles.js';
import { canSeeMeasure, canSeeOrgUnit, PUBLIC_SCOPE, scopeOf, visibleStrategyItems } from './scope.js';

const units: OrgUnit[] = [
  { id: 'C', kind: 'council', name: 'Council', parentId: null },
  { id: 'D1', kind: 'directorate', name: 'Place', parentId: 'C' },
  { id: 'D2', kind: 'directorate', name: 'People', parentId: 'C' },
  { id: 'S1', kind: 'service', name: 'Housing', parentId: 'D1' },
  { id: 'T1', kind: 'team', name: 'Lettings', parentId: 'S1' },
];

const account = (grants: Grant[], extra: Partial<Account> = {}): Account => ({
  userId: 'U',
  personId: 'P9',
  isAdmin: false,
  grants,
  namedMeasureIds: [],
  ...extra,
});

const measure = (over: Partial<Measure>) =>
  ({
    id: 'M',
    category: 'local-key',
    isPublic: false,
    state: 'active',
    orgUnitId: 'S1',
    ownerId: null,
    ...over,
  }) as Measure;

describe('what a viewer may see', () => {
  it('gives a head of service their unit and everything below it, and nothing beside or above', () => {
    const scope = scopeOf(account([{ role: 'head-of-service', orgUnitId: 'S1' }]), units);
    expect(units.filter((u) => canSeeOrgUnit(scope, u)).map((u) => u.id)).toEqual(['S1', 'T1']);
    expect(canSeeMeasure(scope, measure({ orgUnitId: 'T1' }))).toBe(true);
    expect(canSeeMeasure(scope, measure({ orgUnitId: 'D1' }))).toBe(false);
    expect(canSeeMeasure(scope, measure({ orgUnitId: 'D2' }))).toBe(false);
  });

  it('hides restricted HR measures from managers but shows them to the performance officer', () => {
    const hr = measure({ category: 'hr', orgUnitId: 'S1', isPublic: true });
    expect(canSeeMeasure(scopeOf(account([{ role: 'director', orgUnitId: 'D1' }]), units), hr)).toBe(false);
    expect(
      canSeeMeasure(scopeOf(account([{ role: 'performance-officer', orgUnitId: null }]), units), hr),
    ).toBe(true);
    expect(canSeeMeasure(scopeOf(account([], { isAdmin: true }), units), hr)).toBe(true);
  });

  it('shows the public only published measures in use', () => {
    expect(canSeeMeasure(PUBLIC_SCOPE, measure({ isPublic: true }))).toBe(true);
    expect(canSeeMeasure(PUBLIC_SCOPE, measure({ isPublic: false }))).toBe(false);
    expect(canSeeMeasure(PUBLIC_SCOPE, measure({ isPublic: true, state: 'retired' }))).toBe(false);
    expect(units.some((u) => canSeeOrgUnit(PUBLIC_SCOPE, u))).toBe(false);
  });

  it('shows a partner the measures named to them, and a data owner the measures they own', () => {
    const partner = scopeOf(
      account([{ role: 'partner', orgUnitId: null }], { namedMeasureIds: ['M'] }),
      units,
    );
    expect(canSeeMeasure(partner, measure({}))).toBe(true);
    expect(canSeeMeasure(partner, measure({ id: 'OTHER' }))).toBe(false);
    const owner = scopeOf(account([{ role: 'data-owner', orgUnitId: 'T1' }]), units);
    expect(canSeeMeasure(owner, measure({ ownerId: 'P9', orgUnitId: 'D2' }))).toBe(true);
    expect(canSeeMeasure(owner, measure({ orgUnitId: 'T1' }))).toBe(false);
  });

  it('shows an employee their own objective and the thread above it, not their colleagues’', () => {
    const item = (id: string, kind: StrategyItem['kind'], parentId: string | null, over = {}) =>
      ({ id, kind, parentId, orgUnitId: null, ownerId: null, ...over }) as StrategyItem;
    const items = [
      item('CP', 'corporate-plan', null),
      item('POP', 'plan-on-a-page', 'CP'),
      item('TP', 'team-plan', 'POP', { orgUnitId: 'T1' }),
      item('MINE', 'individual-objective', 'TP', { ownerId: 'P9' }),
      item('THEIRS', 'individual-objective', 'TP', { ownerId: 'P8' }),
      item('OTHER', 'team-plan', 'POP', { orgUnitId: 'D2' }),
    ];
    const employee = scopeOf(account([{ role: 'employee', orgUnitId: 'T1' }]), units);
    expect([...visibleStrategyItems(employee, items)].sort()).toEqual(['CP', 'MINE', 'POP', 'TP']);
    expect([...visibleStrategyItems(PUBLIC_SCOPE, items)]).toEqual(['CP']);
  });
});
