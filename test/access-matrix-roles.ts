/**
 * The roles of the access matrix and what each may see, written out by hand from the rules
 * (not computed by the code under test): for each kind of object, at which of the role's own,
 * parent, child and sibling units it is visible.
 */
import type { Grant } from '../src/domain/access/roles.js';
import { DATA_OWNER_PERSON, PLAN_OF } from './access-council.js';

export type Position = 'own' | 'parent' | 'child' | 'sibling';
export type Kind = 'unit' | 'measure' | 'hr' | 'published' | 'plan';
export const ALL: Position[] = ['own', 'parent', 'child', 'sibling'];

const FRAMES = {
  directorate: { own: 'DIR-A', parent: 'COUNCIL', child: 'SVC-A1', sibling: 'DIR-B' },
  service: { own: 'SVC-A1', parent: 'DIR-A', child: 'TEAM-A1a', sibling: 'SVC-A2' },
  team: { own: 'TEAM-A1a', parent: 'SVC-A1', child: null, sibling: 'TEAM-A1b' },
} satisfies Record<string, Record<Position, string | null>>;

export interface Role {
  name: string;
  /** null: the public, with no account. */
  account: { isAdmin?: boolean; grants: Grant[]; personId?: string; measures?: string[] } | null;
  frame: Record<Position, string | null>;
  sees: Record<Kind, Position[]>;
}

const everything = (hr: Position[]) => ({ unit: ALL, measure: ALL, hr, published: ALL, plan: ALL });
const manager = {
  unit: ['own', 'child'],
  measure: ['own', 'child'],
  hr: [],
  published: ALL,
  plan: ['own', 'parent', 'child'],
} satisfies Record<Kind, Position[]>;

export const ROLES: Role[] = [
  {
    name: 'public',
    account: null,
    frame: FRAMES.service,
    sees: { unit: [], measure: [], hr: [], published: ALL, plan: [] },
  },
  {
    name: 'administrator',
    account: { isAdmin: true, grants: [] },
    frame: FRAMES.service,
    sees: everything(ALL),
  },
  {
    name: 'performance-officer',
    account: { grants: [{ role: 'performance-officer', orgUnitId: null }] },
    frame: FRAMES.service,
    sees: everything(ALL),
  },
  {
    name: 'cabinet-member',
    account: { grants: [{ role: 'cabinet-member', orgUnitId: null }] },
    frame: FRAMES.service,
    sees: everything([]),
  },
  {
    name: 'scrutiny-member',
    account: { grants: [{ role: 'scrutiny-member', orgUnitId: null }] },
    frame: FRAMES.service,
    sees: everything([]),
  },
  {
    name: 'director',
    account: { grants: [{ role: 'director', orgUnitId: 'DIR-A' }] },
    frame: FRAMES.directorate,
    sees: manager,
  },
  {
    name: 'service-director',
    account: { grants: [{ role: 'service-director', orgUnitId: 'SVC-A1' }] },
    frame: FRAMES.service,
    sees: manager,
  },
  {
    name: 'head-of-service',
    account: { grants: [{ role: 'head-of-service', orgUnitId: 'SVC-A1' }] },
    frame: FRAMES.service,
    sees: manager,
  },
  {
    name: 'team-manager',
    account: { grants: [{ role: 'team-manager', orgUnitId: 'TEAM-A1a' }] },
    frame: FRAMES.team,
    sees: manager,
  },
  {
    name: 'employee',
    account: { grants: [{ role: 'employee', orgUnitId: 'TEAM-A1a' }] },
    frame: FRAMES.team,
    sees: { unit: ['own'], measure: [], hr: [], published: ALL, plan: ['own', 'parent'] },
  },
  {
    name: 'data-owner',
    account: { grants: [{ role: 'data-owner', orgUnitId: 'TEAM-A1a' }], personId: DATA_OWNER_PERSON },
    frame: FRAMES.team,
    sees: { unit: ['own'], measure: ['own'], hr: [], published: ALL, plan: ['own', 'parent'] },
  },
  {
    name: 'partner',
    account: { grants: [{ role: 'partner', orgUnitId: null }], measures: ['M-SVC-A2'] },
    frame: FRAMES.service,
    sees: { unit: [], measure: ['sibling'], hr: [], published: ALL, plan: [] },
  },
];

/** An object of one kind at one unit, and the request that reads it. */
export const objectId: Record<Kind, (unit: string) => string> = {
  unit: (u) => u,
  measure: (u) => `M-${u}`,
  hr: (u) => `H-${u}`,
  published: (u) => `P-${u}`,
  plan: (u) => PLAN_OF[u]!,
};

/**
 * Where each role may enter, check and approve the figures of a unit's measure (M-), by hand from
 * the issue: owners and data owners enter and check, managers over the unit enter, and only the
 * performance function approves. Elsewhere a role is refused 403 where it sees the measure, 404
 * where it does not.
 */
export const FIGURE_RIGHTS: Record<string, { enters: Position[]; checks: Position[]; approves: Position[] }> =
  {
    public: { enters: [], checks: [], approves: [] },
    administrator: { enters: ALL, checks: ALL, approves: ALL },
    'performance-officer': { enters: ALL, checks: ALL, approves: ALL },
    'cabinet-member': { enters: [], checks: [], approves: [] },
    'scrutiny-member': { enters: [], checks: [], approves: [] },
    director: { enters: ['own', 'child'], checks: [], approves: [] },
    'service-director': { enters: ['own', 'child'], checks: [], approves: [] },
    'head-of-service': { enters: ['own', 'child'], checks: [], approves: [] },
    'team-manager': { enters: ['own', 'child'], checks: [], approves: [] },
    employee: { enters: [], checks: [], approves: [] },
    'data-owner': { enters: ['own'], checks: ['own'], approves: [] },
    partner: { enters: [], checks: [], approves: [] },
  };
