/** The organisation: council → directorates → services → teams, and who holds which role where. */
import { UserError } from '../../domain/errors.js';
import type { Person, RoleAssignment } from '../../domain/organisation.js';
import { listOrgUnits, listPeople, listRoleAssignments } from '../../store/organisation.js';
import { described, errorResponses } from '../error-body.js';
import { scopeFor } from '../auth/viewer.js';
import type { ResourceRoutes } from '../resource.js';
import { orgUnitPolicy } from './policy.js';
import { ancestorsOf, childrenOf, parentsFirst } from '../tree.js';
import {
  OrgUnitDetailSchema,
  OrgUnitListQuery,
  OrgUnitListSchema,
  OrgUnitParams,
  type OrgUnitMember,
} from './schema.js';

export const orgUnitRoutes: ResourceRoutes = async (app, { store }) => {
  app.get(
    '/org-units',
    {
      config: { access: 'user', tokenScope: 'organisation' },
      schema: {
        tags: ['organisation'],
        summary: 'List the organisation as a flat tree, every unit after its parent',
        querystring: OrgUnitListQuery,
        response: {
          200: described('Every unit after its parent', OrgUnitListSchema),
          ...errorResponses(400),
        },
      },
    },
    async (request) => {
      const scope = await scopeFor(request, store);
      const units = parentsFirst(await listOrgUnits(store.db)).filter((u) => orgUnitPolicy.read(scope, u));
      const { kind } = request.query;
      return { orgUnits: kind ? units.filter((u) => u.kind === kind) : units };
    },
  );

  app.get(
    '/org-units/:id',
    {
      config: { access: 'user', tokenScope: 'organisation' },
      schema: {
        tags: ['organisation'],
        summary: 'One unit with the units above and below it and the people who hold roles there',
        params: OrgUnitParams,
        response: { 200: described('The unit', OrgUnitDetailSchema), ...errorResponses(400, 404) },
      },
    },
    async (request) => {
      const { id } = request.params;
      const [units, people, roles] = await Promise.all([
        listOrgUnits(store.db),
        listPeople(store.db),
        listRoleAssignments(store.db),
      ]);
      const unit = units.find((u) => u.id === id);
      if (!unit || !orgUnitPolicy.read(await scopeFor(request, store), unit))
        throw new UserError('not-found', `There is no organisation unit with id "${id}"`);
      return {
        ...unit,
        ancestors: ancestorsOf(units, id),
        children: childrenOf(units, id),
        people: membersOf(id, people, roles),
      };
    },
  );
};

function membersOf(
  unitId: string,
  people: readonly Person[],
  roles: readonly RoleAssignment[],
): OrgUnitMember[] {
  const rolesOf = new Map<string, OrgUnitMember['roles']>();
  for (const r of roles) {
    if (r.orgUnitId !== unitId) continue;
    rolesOf.set(r.personId, [...(rolesOf.get(r.personId) ?? []), r.role]);
  }
  return people.filter((p) => rolesOf.has(p.id)).map((p) => ({ ...p, roles: rolesOf.get(p.id)! }));
}
