import { describe, expect, it } from 'vitest';
import { describeRole, describeRoles, grantInWords, ROLE_NAMES } from './role-words.js';
import { ACCESS_ROLES, APPROVED_FIGURES_ONLY_ROLES, needsUnit, RESTRICTED_READERS } from './roles.js';

describe('roles in words', () => {
  it('describes the administrator and then every role, each with what it sees and may do', () => {
    const roles = describeRoles();
    expect(roles.map((r) => r.role)).toEqual(['administrator', ...ACCESS_ROLES]);
    for (const r of roles) {
      expect(r.name, r.role).not.toBe('');
      expect(r.sees.length, r.role).toBeGreaterThan(0);
      expect(r.may.length, r.role).toBeGreaterThan(0);
    }
  });

  it('says a role is held at a unit exactly when access control needs one', () => {
    for (const role of ACCESS_ROLES) expect(describeRole(role).heldAtUnit, role).toBe(needsUnit(role));
  });

  it('says who sees restricted measures and who sees approved figures only, as the rules decide', () => {
    for (const role of ACCESS_ROLES) {
      const sees = describeRole(role).sees.join(' ');
      expect(sees.includes('Restricted measures too'), role).toBe(RESTRICTED_READERS.has(role));
      expect(sees.includes('once approved for publication'), role).toBe(
        APPROVED_FIGURES_ONLY_ROLES.has(role),
      );
    }
  });

  it('names a grant with its unit, or alone for a council-wide role', () => {
    expect(grantInWords('head-of-service', 'Housing')).toBe('Head of service at Housing');
    expect(grantInWords('cabinet-member', null)).toBe(ROLE_NAMES['cabinet-member']);
  });
});
