/** Areas by GSS code and the comparator groups they form. */
import type { Kysely } from 'kysely';
import type { Area, AreaGroup, AreaGroupKind, AreaKind } from '../domain/area.js';
import type { Database } from './database.js';

export async function listAreas(db: Kysely<Database>, kind?: AreaKind): Promise<Area[]> {
  let query = db.selectFrom('area').selectAll().orderBy('code');
  if (kind) query = query.where('kind', '=', kind);
  const rows = await query.execute();
  return rows.map((r) => ({
    code: r.code,
    name: r.name,
    kind: r.kind as AreaKind,
    parentCode: r.parent_code,
  }));
}

export async function listAreaGroups(db: Kysely<Database>): Promise<AreaGroup[]> {
  const [groups, members] = await Promise.all([
    db.selectFrom('area_group').selectAll().orderBy('id').execute(),
    db.selectFrom('area_group_member').selectAll().orderBy('area_code').execute(),
  ]);
  return groups.map((g) => ({
    id: g.id,
    name: g.name,
    kind: g.kind as AreaGroupKind,
    memberCodes: members.filter((m) => m.group_id === g.id).map((m) => m.area_code),
  }));
}

export async function areaExists(db: Kysely<Database>, code: string): Promise<boolean> {
  const row = await db.selectFrom('area').select('code').where('code', '=', code).executeTakeFirst();
  return row !== undefined;
}
