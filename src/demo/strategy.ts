/**
 * The golden thread of the demo council, from the Corporate Plan down to objectives set at
 * appraisal. Items come parents first, as the bundle requires.
 */
import type { RollupRule, StrategyItem, StrategyKind } from '../domain/strategy.js';
import { CORPORATE_PLAN, DIRECTORATE_PLAN_PARENT, PRIORITIES } from './corporate-plan.js';
import type { DemoOrganisation } from './organisation.js';
import { COUNCIL_ID, DIRECTORATES, SERVICES } from './organisation-structure.js';
import { PROJECTS } from './projects.js';
import { TEAMS } from './teams.js';

const PLAN_START = CORPORATE_PLAN.startDate;
const PLAN_END = CORPORATE_PLAN.endDate;
/** Service and team plans, and appraisals, are for the plan's final year. */
const YEAR_START = '2017-04-01';

/** Strategy item ids derived from the ids of what they belong to. */
export const planOnAPageId = (objectiveId: string): string => objectiveId.replace(/^OB-/, 'POP-');
export const directoratePlanId = (directorateId: string): string => directorateId.replace(/^DIR-/, 'DP-');
export const servicePlanId = (serviceId: string): string => serviceId.replace(/^SVC-/, 'SP-');
export const teamPlanId = (teamId: string): string => teamId.replace(/^TEAM-/, 'TP-');

interface ItemFields {
  id: string;
  kind: StrategyKind;
  title: string;
  description?: string | null;
  parentId: string | null;
  ownerId: string | null;
  orgUnitId: string | null;
  startDate?: string;
  endDate?: string;
  rollupRule?: RollupRule;
}

function item(f: ItemFields): StrategyItem {
  return {
    id: f.id,
    kind: f.kind,
    title: f.title,
    description: f.description ?? null,
    parentId: f.parentId,
    ownerId: f.ownerId,
    orgUnitId: f.orgUnitId,
    startDate: f.startDate ?? PLAN_START,
    endDate: f.endDate ?? PLAN_END,
    rollupRule: f.rollupRule ?? 'worst',
    weight: 1,
  };
}

function corporateTiers(org: DemoOrganisation): StrategyItem[] {
  const items: StrategyItem[] = [
    item({
      ...CORPORATE_PLAN,
      kind: 'corporate-plan',
      parentId: null,
      ownerId: org.leaderOf(COUNCIL_ID),
      orgUnitId: COUNCIL_ID,
      rollupRule: 'majority',
    }),
  ];
  const lead = (unit: string) => ({ ownerId: org.leaderOf(unit), orgUnitId: unit });
  for (const p of PRIORITIES) {
    items.push(
      item({
        ...p,
        kind: 'priority',
        parentId: CORPORATE_PLAN.id,
        ...lead(p.ownerUnit),
        rollupRule: 'majority',
      }),
    );
  }
  for (const p of PRIORITIES) {
    for (const o of p.outcomes)
      items.push(item({ ...o, kind: 'outcome', parentId: p.id, ...lead(o.ownerUnit) }));
  }
  const objectives = PRIORITIES.flatMap((p) =>
    p.outcomes.flatMap((o) => o.objectives.map((b) => ({ o, b }))),
  );
  for (const { o, b } of objectives)
    items.push(item({ ...b, kind: 'objective', parentId: o.id, ...lead(b.ownerUnit) }));
  for (const { b } of objectives) {
    items.push(
      item({
        id: planOnAPageId(b.id),
        kind: 'plan-on-a-page',
        title: `Plan on a page: ${b.title}`,
        description: `The key things we need to do to achieve '${b.title}', and how we will know.`,
        parentId: b.id,
        ...lead(b.ownerUnit),
      }),
    );
  }
  return items;
}

function deliveryPlans(org: DemoOrganisation): StrategyItem[] {
  const items: StrategyItem[] = [];
  for (const d of DIRECTORATES) {
    items.push(
      item({
        id: directoratePlanId(d.id),
        kind: 'directorate-plan',
        title: `${d.name} Directorate Plan 2015–18`,
        parentId: planOnAPageId(DIRECTORATE_PLAN_PARENT[d.id]!),
        ownerId: org.leaderOf(d.id),
        orgUnitId: d.id,
      }),
    );
  }
  for (const s of SERVICES) {
    items.push(
      item({
        id: servicePlanId(s.id),
        kind: 'service-plan',
        title: `${s.name} Service Plan 2017/18`,
        parentId: directoratePlanId(s.directorateId),
        ownerId: org.leaderOf(s.id),
        orgUnitId: s.id,
        startDate: YEAR_START,
      }),
    );
  }
  for (const p of PROJECTS) {
    const parentId =
      'objective' in p.parent ? planOnAPageId(p.parent.objective) : servicePlanId(p.parent.service);
    items.push(
      item({
        id: p.id,
        kind: 'project-plan',
        title: p.title,
        parentId,
        ownerId: org.holderOf(p.ownerPost),
        orgUnitId: p.orgUnitId,
        startDate: p.startDate,
        endDate: p.endDate,
      }),
    );
  }
  for (const t of TEAMS) {
    items.push(
      item({
        id: teamPlanId(t.id),
        kind: 'team-plan',
        title: `${t.name} Team Plan 2017/18`,
        parentId: servicePlanId(t.serviceId),
        ownerId: org.leaderOf(t.id),
        orgUnitId: t.id,
        startDate: YEAR_START,
      }),
    );
  }
  return items;
}

/** One objective set at appraisal for the first member of each team, linked to the team plan. */
function individualObjectives(org: DemoOrganisation): StrategyItem[] {
  return TEAMS.flatMap((t) => {
    const personId = org.staffOf(t.id)[0];
    if (personId === undefined) return [];
    return [
      item({
        id: `IO-${personId}`,
        kind: 'individual-objective',
        title: t.appraisalObjective,
        description: 'Agreed at the 2017/18 appraisal.',
        parentId: teamPlanId(t.id),
        ownerId: personId,
        orgUnitId: t.id,
        startDate: YEAR_START,
      }),
    ];
  });
}

export function buildStrategy(org: DemoOrganisation): StrategyItem[] {
  return [...corporateTiers(org), ...deliveryPlans(org), ...individualObjectives(org)];
}
