/** The areas a measure is judged in and compared with: the authority, its wards, England, its region. */
import { ENGLAND, type Area, type AreaGroup } from '../../domain/area.js';
import { listAreaGroups, listAreas } from '../../store/areas.js';
import type { Store } from '../../store/connect.js';
import { AUTHORITY_CODE, getSetting } from '../../store/settings.js';

export interface CouncilAreas {
  authority: Area | null;
  england: Area | null;
  region: Area | null;
  wards: Area[];
  groups: AreaGroup[];
  byCode: ReadonlyMap<string, Area>;
}

export async function councilAreas(store: Store): Promise<CouncilAreas> {
  const [areas, groups, authorityCode] = await Promise.all([
    listAreas(store.db),
    listAreaGroups(store.db),
    getSetting(store.db, AUTHORITY_CODE),
  ]);
  const byCode = new Map(areas.map((a) => [a.code, a]));
  const authority = authorityCode === null ? null : (byCode.get(authorityCode) ?? null);
  return {
    authority,
    england: byCode.get(ENGLAND) ?? null,
    region: authority?.parentCode ? (byCode.get(authority.parentCode) ?? null) : null,
    wards: areas.filter((a) => a.kind === 'ward' && authority !== null && a.parentCode === authority.code),
    groups,
    byCode,
  };
}
