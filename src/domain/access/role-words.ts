/**
 * Each role in words: what its holder sees and may do, for the administrators who grant roles.
 * The words are built from the same rules access control applies (reach, restricted categories,
 * approved figures only), so the description cannot drift from what the role really gets.
 */
import {
  ACCESS_ROLES,
  APPROVED_FIGURES_ONLY_ROLES,
  needsUnit,
  RESTRICTED_READERS,
  ROLE_REACH,
  type AccessRole,
  type Reach,
} from './roles.js';

export interface RoleDescription {
  role: AccessRole | 'administrator';
  /** The role as people say it: "Head of service". */
  name: string;
  /** Whether the role is held at an organisation unit (and so needs one when granted). */
  heldAtUnit: boolean;
  reach: Reach;
  sees: string[];
  may: string[];
}

export const ROLE_NAMES: Record<AccessRole, string> = {
  'performance-officer': 'Performance officer',
  'cabinet-member': 'Cabinet member',
  'scrutiny-member': 'Scrutiny member',
  'chief-executive': 'Chief executive',
  director: 'Director',
  'service-director': 'Service director',
  'head-of-service': 'Head of service',
  'team-manager': 'Team manager',
  employee: 'Employee',
  'data-owner': 'Data owner',
  partner: 'Partner',
};

const REACH_WORDS: Record<Reach, string> = {
  all: 'Every unit of the council and every measure, from the Corporate Plan down',
  subtree: 'Their unit and every unit below it, with those units’ measures and plans',
  unit: 'Their own team, their own objectives and the golden thread above them',
  named: 'Only the measures named to them',
};

/** What a role may do beyond reading, in the order a person would look for it. */
function mayOf(role: AccessRole): string[] {
  const may: string[] = [];
  if (role === 'performance-officer') {
    may.push(
      'Enter, check and approve figures for publication, for every measure',
      'Set data validation rules and report schedules',
    );
  }
  if (ROLE_REACH[role] === 'subtree') {
    may.push(
      'Enter figures for measures owned by their unit or a unit below it',
      'Change the dashboards of their unit and the units below it',
    );
  }
  if (role === 'data-owner') may.push('Enter and check figures for the measures they own or are named on');
  if (role !== 'partner') may.push('Take part in review meetings, recovery plans and risks they can see');
  may.push('Create API tokens that read what they may read');
  return may;
}

function seesOf(role: AccessRole): string[] {
  const sees = [REACH_WORDS[ROLE_REACH[role]]];
  if (role === 'employee' || role === 'data-owner') sees.push('Published measures');
  if (role === 'data-owner') sees.push('The measures they own or are named on');
  if (role === 'partner') sees.push('Published measures');
  sees.push(
    RESTRICTED_READERS.has(role)
      ? 'Restricted measures too (HR figures for small teams)'
      : 'No restricted measures (HR figures for small teams): they are neither listed nor counted',
  );
  if (APPROVED_FIGURES_ONLY_ROLES.has(role)) sees.push('Figures once approved for publication, not drafts');
  return sees;
}

export const ADMINISTRATOR: RoleDescription = {
  role: 'administrator',
  name: 'Administrator',
  heldAtUnit: false,
  reach: 'all',
  sees: ['Everything, including restricted measures, the audit trail and everyone’s API tokens'],
  may: [
    'Add people, change their roles, disable them and reset their passwords',
    'Enter, check and approve figures for every measure',
    'Change what is published and manage the catalogue of measures',
  ],
};

export function describeRole(role: AccessRole): RoleDescription {
  return {
    role,
    name: ROLE_NAMES[role],
    heldAtUnit: needsUnit(role),
    reach: ROLE_REACH[role],
    sees: seesOf(role),
    may: mayOf(role),
  };
}

/** The administrator first, then every role in the framework's order. */
export function describeRoles(): RoleDescription[] {
  return [ADMINISTRATOR, ...ACCESS_ROLES.map(describeRole)];
}

/** A grant in words: "Director at Place", or "Cabinet member" for a role held council-wide. */
export function grantInWords(role: AccessRole, unitName: string | null): string {
  return unitName === null ? ROLE_NAMES[role] : `${ROLE_NAMES[role]} at ${unitName}`;
}
