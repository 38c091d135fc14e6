/** The council the public site is about: its name, its area, its wards and England. */
import type { Area } from '../../domain/area.js';
import type { Store } from '../../store/connect.js';
import { listOrgUnits } from '../../store/organisation.js';
import { councilAreas } from '../status/index.js';

/** When the public site judges figures: today (for what is overdue) and the period judged as at. */
export interface Judging {
  today: string;
  asAt: string | undefined;
}

export interface PublicSite {
  councilName: string;
  authority: Area | null;
  england: Area | null;
  region: Area | null;
  wards: Area[];
  areaNames: ReadonlyMap<string, string>;
}

export async function publicSite(store: Store): Promise<PublicSite> {
  const [areas, units] = await Promise.all([councilAreas(store), listOrgUnits(store.db)]);
  const council = units.find((u) => u.kind === 'council');
  return {
    councilName: council?.name ?? areas.authority?.name ?? 'Golden Thread',
    authority: areas.authority,
    england: areas.england,
    region: areas.region,
    wards: [...areas.wards].sort((a, b) => a.name.localeCompare(b.name)),
    areaNames: new Map([...areas.byCode.values()].map((a) => [a.code, a.name])),
  };
}
