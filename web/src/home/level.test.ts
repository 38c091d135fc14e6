import { describe, expect, it } from 'vitest';
import { levelOf } from './level.js';

describe('the home page a person gets', () => {
  it('gives councillors and the chief executive the Corporate Plan', () => {
    expect(levelOf({ isAdmin: false, roles: [{ role: 'cabinet-member', orgUnitId: null }] })).toMatchObject({
      level: 'corporate',
      orgUnitId: null,
      entersFigures: false,
    });
    expect(levelOf({ isAdmin: false, roles: [{ role: 'chief-executive', orgUnitId: null }] }).level).toBe(
      'corporate',
    );
  });

  it('gives a director their directorate and a team manager their team, at the unit they hold the role', () => {
    expect(levelOf({ isAdmin: false, roles: [{ role: 'director', orgUnitId: 'DIR-PEOPLE' }] })).toMatchObject(
      {
        level: 'directorate',
        orgUnitId: 'DIR-PEOPLE',
        entersFigures: true,
      },
    );
    expect(levelOf({ isAdmin: false, roles: [{ role: 'team-manager', orgUnitId: 'TEAM-A' }] })).toMatchObject(
      {
        level: 'team',
        orgUnitId: 'TEAM-A',
      },
    );
  });

  it('gives someone with several roles the widest of their views', () => {
    const both = levelOf({
      isAdmin: false,
      roles: [
        { role: 'employee', orgUnitId: 'TEAM-A' },
        { role: 'service-director', orgUnitId: 'SVC-1' },
      ],
    });
    expect(both).toMatchObject({ level: 'directorate', orgUnitId: 'SVC-1' });
  });

  it('gives an employee their own objectives, without data entry unless they are a data owner', () => {
    expect(levelOf({ isAdmin: false, roles: [{ role: 'employee', orgUnitId: 'TEAM-A' }] })).toMatchObject({
      level: 'employee',
      entersFigures: false,
    });
    expect(
      levelOf({ isAdmin: false, roles: [{ role: 'data-owner', orgUnitId: 'TEAM-A' }] }).entersFigures,
    ).toBe(true);
  });

  it('lets administrators and performance officers approve figures, and nobody else', () => {
    expect(levelOf({ isAdmin: true, roles: [] })).toMatchObject({
      level: 'corporate',
      approvesFigures: true,
    });
    expect(
      levelOf({ isAdmin: false, roles: [{ role: 'performance-officer', orgUnitId: null }] }).approvesFigures,
    ).toBe(true);
    expect(levelOf({ isAdmin: false, roles: [{ role: 'director', orgUnitId: 'D' }] }).approvesFigures).toBe(
      false,
    );
  });
});
