import { describe, expect, it } from 'vitest';
import { ORG_UNIT_PARENT_KIND, type Role } from '../domain/organisation.js';
import { buildDemoCouncil } from './index.js';

const bundle = buildDemoCouncil();
const units = new Map(bundle.orgUnits.map((u) => [u.id, u]));
const holders = (role: Role, unitId?: string) =>
  bundle.roles.filter((r) => r.role === role && (unitId === undefined || r.orgUnitId === unitId));

describe('demo organisation', () => {
  it('has a council, three directorates, about twelve services and about thirty teams', () => {
    const count = (kind: string) => bundle.orgUnits.filter((u) => u.kind === kind).length;
    expect(count('council')).toBe(1);
    expect(count('directorate')).toBeGreaterThanOrEqual(3);
    expect(count('directorate')).toBeLessThanOrEqual(4);
    expect(count('service')).toBeGreaterThanOrEqual(10);
    expect(count('service')).toBeLessThanOrEqual(14);
    expect(count('team')).toBeGreaterThanOrEqual(26);
    expect(count('team')).toBeLessThanOrEqual(36);
  });

  it('hangs every unit from a unit of the kind above it', () => {
    for (const unit of bundle.orgUnits) {
      const parentKind = unit.parentId === null ? null : (units.get(unit.parentId)?.kind ?? 'missing');
      expect(parentKind).toBe(ORG_UNIT_PARENT_KIND[unit.kind]);
    }
  });

  it('has about 150 people with distinct names and .example email addresses', () => {
    expect(bundle.people.length).toBeGreaterThanOrEqual(130);
    expect(bundle.people.length).toBeLessThanOrEqual(180);
    expect(new Set(bundle.people.map((p) => p.name)).size).toBe(bundle.people.length);
    expect(new Set(bundle.people.map((p) => p.email)).size).toBe(bundle.people.length);
    for (const p of bundle.people) expect(p.email).toMatch(/^[a-z]+(\.[a-z]+)+\d*@wolverhampton\.example$/);
  });

  it('has one Chief Executive, a director per directorate and a leader for every service and team', () => {
    expect(holders('chief-executive')).toHaveLength(1);
    for (const unit of bundle.orgUnits) {
      const lead =
        unit.kind === 'directorate'
          ? holders('director', unit.id)
          : unit.kind === 'service'
            ? [...holders('service-director', unit.id), ...holders('head-of-service', unit.id)]
            : unit.kind === 'team'
              ? holders('team-manager', unit.id)
              : holders('chief-executive', unit.id);
      expect(lead.length, unit.id).toBeGreaterThanOrEqual(1);
    }
  });

  it('seats cabinet and scrutiny councillors at council level', () => {
    expect(holders('cabinet-member', 'COUNCIL').length).toBeGreaterThanOrEqual(6);
    expect(holders('scrutiny-member', 'COUNCIL').length).toBeGreaterThanOrEqual(4);
    const leader = bundle.people.find((p) => p.jobTitle === 'Leader of the Council');
    expect(leader?.name.startsWith('Cllr ')).toBe(true);
  });

  it('puts the performance officers in a central business intelligence team and names data owners', () => {
    const officers = holders('performance-officer');
    expect(officers.length).toBeGreaterThanOrEqual(3);
    expect(officers.every((r) => r.orgUnitId === 'TEAM-BI')).toBe(true);
    expect(units.get('TEAM-BI')?.name).toBe('Business Intelligence');
    expect(holders('data-owner').length).toBeGreaterThanOrEqual(20);
  });

  it('gives everyone a role, and every role a real person and unit', () => {
    const people = new Set(bundle.people.map((p) => p.id));
    for (const r of bundle.roles) {
      expect(people.has(r.personId)).toBe(true);
      expect(units.has(r.orgUnitId)).toBe(true);
    }
    const withRoles = new Set(bundle.roles.map((r) => r.personId));
    expect(bundle.people.every((p) => withRoles.has(p.id))).toBe(true);
  });
});
