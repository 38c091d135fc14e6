/** A first look at the council: its plan, its organisation and what it measures, counted. */
import { MEASURE_CATEGORIES, MEASURE_CATEGORY_LABELS, type Measure } from '../domain/measure.js';
import type { StrategyItem } from '../domain/strategy.js';
import { listAreas } from '../store/areas.js';
import type { Store } from '../store/connect.js';
import { listMeasures } from '../store/measures.js';
import { listOrgUnits, listPeople } from '../store/organisation.js';
import { AUTHORITY_CODE, getSetting } from '../store/settings.js';
import { listStrategyItems } from '../store/strategy.js';

export interface PlanBranch {
  item: StrategyItem;
  measureCount: number;
  children: PlanBranch[];
}

export interface CouncilOverview {
  councilName: string | null;
  authority: { code: string; name: string } | null;
  /** Corporate Plans with their priorities, outcomes and objectives. */
  plans: PlanBranch[];
  directorates: { name: string; services: number; teams: number }[];
  people: number;
  wards: number;
  measuresByCategory: { category: string; label: string; count: number }[];
}

const PLAN_LEVELS = new Set(['corporate-plan', 'priority', 'outcome', 'objective']);

/**
 * `visible` says which measures the reader may see: the counts include no other, so a restricted
 * category is neither listed nor counted for those without the right.
 */
export async function councilOverview(
  store: Store,
  visible: (m: Measure) => boolean = () => true,
): Promise<CouncilOverview> {
  const [units, people, items, allMeasures, areas, authorityCode] = await Promise.all([
    listOrgUnits(store.db),
    listPeople(store.db),
    listStrategyItems(store.db),
    listMeasures(store.db),
    listAreas(store.db),
    getSetting(store.db, AUTHORITY_CODE),
  ]);
  const measures = allMeasures.filter(visible);
  const measuresPerItem = new Map<string, number>();
  for (const m of measures) {
    for (const id of m.strategyItemIds) measuresPerItem.set(id, (measuresPerItem.get(id) ?? 0) + 1);
  }
  const branch = (item: StrategyItem): PlanBranch => ({
    item,
    measureCount: measuresPerItem.get(item.id) ?? 0,
    children: items.filter((c) => c.parentId === item.id && PLAN_LEVELS.has(c.kind)).map(branch),
  });
  const childrenOf = (id: string) => units.filter((u) => u.parentId === id);
  const authority = areas.find((a) => a.code === authorityCode);
  return {
    councilName: units.find((u) => u.kind === 'council')?.name ?? null,
    authority: authority ? { code: authority.code, name: authority.name } : null,
    plans: items.filter((i) => i.kind === 'corporate-plan').map(branch),
    directorates: units
      .filter((u) => u.kind === 'directorate')
      .map((d) => {
        const services = childrenOf(d.id);
        return {
          name: d.name,
          services: services.length,
          teams: services.reduce((n, s) => n + childrenOf(s.id).length, 0),
        };
      }),
    people: people.length,
    wards: areas.filter((a) => a.kind === 'ward' && a.parentCode === authorityCode).length,
    measuresByCategory: MEASURE_CATEGORIES.map((category) => ({
      category,
      label: MEASURE_CATEGORY_LABELS[category],
      count: measures.filter((m) => m.category === category).length,
    })),
  };
}
