/** The organisation tree and the people in it. */
import type { Kysely } from 'kysely';
import type { OrgUnit, OrgUnitKind, Person, Role, RoleAssignment } from '../domain/organisation.js';
import type { Database } from './database.js';

export async function listOrgUnits(db: Kysely<Database>): Promise<OrgUnit[]> {
  const rows = await db.selectFrom('org_unit').selectAll().orderBy('id').execute();
  return rows.map((r) => ({ id: r.id, kind: r.kind as OrgUnitKind, name: r.name, parentId: r.parent_id }));
}

export async function listPeople(db: Kysely<Database>): Promise<Person[]> {
  const rows = await db.selectFrom('person').selectAll().orderBy('id').execute();
  return rows.map((r) => ({ id: r.id, name: r.name, jobTitle: r.job_title, email: r.email }));
}

export async function listRoleAssignments(db: Kysely<Database>): Promise<RoleAssignment[]> {
  const rows = await db
    .selectFrom('role_assignment')
    .selectAll()
    .orderBy('org_unit_id')
    .orderBy('person_id')
    .orderBy('role')
    .execute();
  return rows.map((r) => ({ personId: r.person_id, orgUnitId: r.org_unit_id, role: r.role as Role }));
}

/** True when the database holds no council yet (a new deployment). */
export async function isEmptyCouncil(db: Kysely<Database>): Promise<boolean> {
  const row = await db.selectFrom('org_unit').select('id').limit(1).executeTakeFirst();
  return row === undefined;
}
