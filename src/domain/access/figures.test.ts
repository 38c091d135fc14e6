import { describe, expect, it } from 'vitest';
import type { Measure } from '../measure.js';
import type { OrgUnit } from '../organisation.js';
import { canApproveFigures, canCheckFigures, canEnterFigures } from './figures.js';
import type { Account, Grant } from './roles.js';
import { scopeOf } from './scope.js';

const units: OrgUnit[] = [
  { id: 'C', kind: 'council', name: 'Council', parentId: null },
  { id: 'D1', kind: 'directorate', name: 'Place', parentId: 'C' },
  { id: 'S1', kind: 'service', name: 'Housing', parentId: 'D1' },
  { id: 'S2', kind: 'service', name: 'Environment', parentId: 'D1' },
];
const measure = {
  id: 'M',
  category: 'local-key',
  isPublic: true,
  state: 'active',
  orgUnitId: 'S1',
  ownerId: 'P1',
} as Measure;

const rights = (grants: Grant[], extra: Partial<Account> = {}) => {
  const account: Account = {
    userId: 'U',
    personId: null,
    isAdmin: false,
    grants,
    namedMeasureIds: [],
    ...extra,
  };
  const scope = scopeOf(account, units);
  return [
    canEnterFigures(account, scope, measure),
    canCheckFigures(account, scope, measure),
    canApproveFigures(account, scope, measure),
  ];
};

describe('who may enter, check and approve figures', () => {
  it('lets the owner and the data owner at its unit enter and check, but not approve', () => {
    expect(rights([], { personId: 'P1' })).toEqual([true, true, false]);
    expect(rights([{ role: 'data-owner', orgUnitId: 'S1' }])).toEqual([true, true, false]);
    expect(rights([{ role: 'data-owner', orgUnitId: 'S2' }])).toEqual([false, false, false]);
  });

  it('lets a manager above the measure enter its figures, but not sign them off', () => {
    expect(rights([{ role: 'director', orgUnitId: 'D1' }])).toEqual([true, false, false]);
    expect(rights([{ role: 'head-of-service', orgUnitId: 'S2' }])).toEqual([false, false, false]);
  });

  it('lets the performance function do everything, and a councillor nothing, though both see it', () => {
    expect(rights([{ role: 'performance-officer', orgUnitId: null }])).toEqual([true, true, true]);
    expect(rights([], { isAdmin: true })).toEqual([true, true, true]);
    expect(rights([{ role: 'cabinet-member', orgUnitId: null }])).toEqual([false, false, false]);
  });
});
