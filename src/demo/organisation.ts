/**
 * Builds the demo council's units, people and roles. The staff list does not depend on the
 * figures' seed: the same officers own the same measures in every demo, which keeps guides and
 * screenshots true.
 */
import type { OrgUnit, Person, Role, RoleAssignment } from '../domain/organisation.js';
import { drawNames, EMAIL_DOMAIN, emailLocalPart, type PersonName } from './names.js';
import {
  CABINET_TITLES,
  COUNCIL_ID,
  COUNCIL_NAME,
  DIRECTORATES,
  SCRUTINY_TITLES,
  SERVICES,
} from './organisation-structure.js';
import { makeRandom, mixSeed } from './random.js';
import { TEAMS } from './teams.js';

const NAMES_SEED = 20150401;

export interface DemoOrganisation {
  orgUnits: OrgUnit[];
  people: Person[];
  roles: RoleAssignment[];
  /** The person who leads a unit: Chief Executive, director, service lead or team manager. */
  leaderOf(orgUnitId: string): string;
  /** The holder of a post, by its job title (e.g. "Head of Transformation"). */
  holderOf(jobTitle: string): string;
  /** The holder of a post, or null when no one in the demo holds it. */
  postHolder(jobTitle: string): string | null;
  /** The team's members of staff, in order. */
  staffOf(teamId: string): string[];
}

interface Post {
  title: string;
  orgUnitId: string;
  roles: Role[];
  /** Leads its unit: the Chief Executive, a director, a service's lead or a team manager. */
  leads?: boolean;
  councillor?: boolean;
}

function posts(): Post[] {
  const list: Post[] = [
    { title: 'Chief Executive', orgUnitId: COUNCIL_ID, roles: ['chief-executive'], leads: true },
  ];
  for (const d of DIRECTORATES) {
    list.push({ title: d.directorTitle, orgUnitId: d.id, roles: ['director'], leads: true });
  }
  for (const s of SERVICES)
    list.push({ title: s.lead.title, orgUnitId: s.id, roles: [s.lead.role], leads: true });
  for (const s of SERVICES) {
    for (const title of s.heads) list.push({ title, orgUnitId: s.id, roles: ['head-of-service'] });
  }
  for (const t of TEAMS) {
    list.push({ title: t.managerTitle, orgUnitId: t.id, roles: ['team-manager'], leads: true });
  }
  for (const t of TEAMS) {
    t.staff.forEach((title, i) => {
      const roles: Role[] = ['employee'];
      // The first member of each team looks after its figures; the BI team's officers are the
      // central performance function of the framework's section 6.3.
      if (i === 0) roles.push('data-owner');
      if (title === 'Performance Officer' || title === 'Data Analyst') roles.push('performance-officer');
      list.push({ title, orgUnitId: t.id, roles });
    });
  }
  for (const title of CABINET_TITLES) {
    list.push({ title, orgUnitId: COUNCIL_ID, roles: ['cabinet-member'], councillor: true });
  }
  for (const title of SCRUTINY_TITLES) {
    list.push({ title, orgUnitId: COUNCIL_ID, roles: ['scrutiny-member'], councillor: true });
  }
  return list;
}

function emailFor(name: PersonName, councillor: boolean, used: Set<string>): string {
  const base = `${councillor ? 'cllr.' : ''}${emailLocalPart(name)}`;
  let local = base;
  for (let n = 2; used.has(local); n++) local = `${base}${n}`;
  used.add(local);
  return `${local}@${EMAIL_DOMAIN}`;
}

function buildUnits(): OrgUnit[] {
  return [
    { id: COUNCIL_ID, kind: 'council', name: COUNCIL_NAME, parentId: null },
    ...DIRECTORATES.map((d): OrgUnit => ({
      id: d.id,
      kind: 'directorate',
      name: d.name,
      parentId: COUNCIL_ID,
    })),
    ...SERVICES.map((s): OrgUnit => ({ id: s.id, kind: 'service', name: s.name, parentId: s.directorateId })),
    ...TEAMS.map((t): OrgUnit => ({ id: t.id, kind: 'team', name: t.name, parentId: t.serviceId })),
  ];
}

export function buildOrganisation(): DemoOrganisation {
  const list = posts();
  const names = drawNames(makeRandom(mixSeed(NAMES_SEED, 'people')), list.length);
  const used = new Set<string>();
  const people: Person[] = [];
  const roles: RoleAssignment[] = [];
  const leaders = new Map<string, string>();
  const holders = new Map<string, string>();
  const staff = new Map<string, string[]>();
  list.forEach((post, i) => {
    const id = `P${String(i + 1).padStart(3, '0')}`;
    const name = names[i]!;
    const prefix = post.councillor ? 'Cllr ' : '';
    people.push({
      id,
      name: `${prefix}${name.first} ${name.last}`,
      jobTitle: post.title,
      email: emailFor(name, post.councillor === true, used),
    });
    for (const role of post.roles) roles.push({ personId: id, orgUnitId: post.orgUnitId, role });
    if (post.leads === true) leaders.set(post.orgUnitId, id);
    if (!holders.has(post.title)) holders.set(post.title, id);
    if (post.roles.includes('employee'))
      staff.set(post.orgUnitId, [...(staff.get(post.orgUnitId) ?? []), id]);
  });
  const find = (map: Map<string, string>, key: string, what: string): string => {
    const found = map.get(key);
    if (found === undefined) throw new Error(`the demo council has no ${what} "${key}"`);
    return found;
  };
  return {
    orgUnits: buildUnits(),
    people,
    roles,
    leaderOf: (unit) => find(leaders, unit, 'leader for'),
    holderOf: (title) => find(holders, title, 'post'),
    postHolder: (title) => holders.get(title) ?? null,
    staffOf: (teamId) => staff.get(teamId) ?? [],
  };
}
