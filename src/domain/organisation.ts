/** The council's organisation: council → directorates → services → teams, and the people in it. */

export const ORG_UNIT_KINDS = ['council', 'directorate', 'service', 'team'] as const;
export type OrgUnitKind = (typeof ORG_UNIT_KINDS)[number];

/** The kind a unit's parent must be. The council is the root. */
export const ORG_UNIT_PARENT_KIND: Record<OrgUnitKind, OrgUnitKind | null> = {
  council: null,
  directorate: 'council',
  service: 'directorate',
  team: 'service',
};

export interface OrgUnit {
  id: string;
  kind: OrgUnitKind;
  name: string;
  parentId: string | null;
}

export interface Person {
  id: string;
  name: string;
  jobTitle: string;
  email: string | null;
}

/**
 * The roles people hold at a unit. They follow the reporting levels of the framework's Diagram 5,
 * plus councillors and those who look after data.
 */
export const ROLES = [
  'cabinet-member',
  'scrutiny-member',
  'chief-executive',
  'director',
  'service-director',
  'head-of-service',
  'team-manager',
  'employee',
  'performance-officer',
  'data-owner',
] as const;
export type Role = (typeof ROLES)[number];

export interface RoleAssignment {
  personId: string;
  orgUnitId: string;
  role: Role;
}
