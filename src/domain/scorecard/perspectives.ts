/**
 * A balanced scorecard: a plan's measures seen from a few perspectives at once, so that a plan
 * is read for residents, money, delivery and people together rather than as one long list. A
 * council names its own perspectives per plan; until it does, every plan gets the four below and
 * each measure is placed by its category (framework 8.3).
 */
import type { Measure, MeasureCategory } from '../measure.js';
import type { StrategyKind } from '../strategy.js';
import { subtreeIds } from '../tree.js';

/** The strategy items that are plans, and so may have a balanced scorecard. */
export const PLAN_KINDS: ReadonlySet<StrategyKind> = new Set([
  'corporate-plan',
  'plan-on-a-page',
  'directorate-plan',
  'service-plan',
  'team-plan',
  'project-plan',
]);

export const MAX_PERSPECTIVES = 12;
export const MAX_PERSPECTIVE_NAME = 80;
export const MAX_PERSPECTIVE_DESCRIPTION = 400;

/** One perspective of a plan's scorecard as a council sets it: its measures are in the order given. */
export interface PerspectiveSetting {
  name: string;
  description: string | null;
  measureIds: string[];
}

/** The perspectives every plan has until the council names its own. */
export const DEFAULT_PERSPECTIVES: readonly Omit<PerspectiveSetting, 'measureIds'>[] = [
  {
    name: 'Residents and customers',
    description: 'Outcomes for residents, wards and service users, and how we compare with others',
  },
  {
    name: 'Finance and value for money',
    description: 'Budgets, savings and what each pound buys',
  },
  {
    name: 'Internal processes and delivery',
    description: 'Delivering the plan well: business plan measures, quality assurance and data quality',
  },
  {
    name: 'People and learning',
    description: 'Our workforce: attendance, turnover, appraisals and learning',
  },
];

/** Which default perspective (by position above) a measure of each category sits in. */
const DEFAULT_PERSPECTIVE_OF: Record<MeasureCategory, number> = {
  ward: 0,
  national: 0,
  'corporate-plan': 0,
  'local-key': 0,
  finance: 1,
  'business-plan': 2,
  'quality-assurance': 2,
  hr: 3,
};

/** The default perspectives with the plan's measures placed by category, in the order given. */
export function defaultPerspectives(measures: readonly Measure[]): PerspectiveSetting[] {
  const perspectives = DEFAULT_PERSPECTIVES.map((p) => ({ ...p, measureIds: [] as string[] }));
  for (const m of measures) perspectives[DEFAULT_PERSPECTIVE_OF[m.category]]!.measureIds.push(m.id);
  return perspectives;
}

/** The items in a plan: the plan and everything beneath it in the thread. */
export function planItemIds(
  planId: string,
  items: readonly { id: string; parentId: string | null }[],
): Set<string> {
  return subtreeIds(items, planId);
}

/** A plan's measures: active measures linked to the plan or to anything beneath it. */
export function planMeasures(planItems: ReadonlySet<string>, measures: readonly Measure[]): Measure[] {
  return measures.filter((m) => m.state === 'active' && m.strategyItemIds.some((id) => planItems.has(id)));
}

/**
 * Problems with perspectives someone has set for a plan, as sentences naming each one, all at
 * once: an empty or repeated name, a measure that is not the plan's, a measure in two places.
 */
export function perspectiveProblems(
  perspectives: readonly PerspectiveSetting[],
  planMeasureIds: ReadonlySet<string>,
  knownMeasureIds: ReadonlySet<string>,
): string[] {
  const problems: string[] = [];
  if (perspectives.length === 0)
    problems.push('perspectives: give at least one perspective; expected a list of 1 to 12');
  if (perspectives.length > MAX_PERSPECTIVES)
    problems.push(`perspectives: ${perspectives.length} given; a scorecard has at most ${MAX_PERSPECTIVES}`);
  const names = new Map<string, number>();
  const placed = new Map<string, number>();
  perspectives.forEach((p, i) => {
    const where = `perspectives.${i}`;
    const name = p.name.trim();
    if (name === '')
      problems.push(`${where}.name: is empty; expected a name such as "Residents and customers"`);
    else if (name.length > MAX_PERSPECTIVE_NAME)
      problems.push(`${where}.name: is ${name.length} characters; expected at most ${MAX_PERSPECTIVE_NAME}`);
    const key = name.toLocaleLowerCase('en-GB');
    const first = names.get(key);
    if (name !== '' && first !== undefined)
      problems.push(
        `${where}.name: "${name}" is already the name of perspective ${first + 1}; each name once`,
      );
    else names.set(key, i);
    if ((p.description ?? '').length > MAX_PERSPECTIVE_DESCRIPTION)
      problems.push(`${where}.description: expected at most ${MAX_PERSPECTIVE_DESCRIPTION} characters`);
    for (const code of p.measureIds) {
      if (!knownMeasureIds.has(code))
        problems.push(`${where}.measures: there is no measure with code "${code}"`);
      else if (!planMeasureIds.has(code))
        problems.push(`${where}.measures: measure "${code}" is not one of this plan's measures`);
      const before = placed.get(code);
      if (before !== undefined && before !== i)
        problems.push(
          `${where}.measures: measure "${code}" is already in perspective ${before + 1}; a measure sits in one perspective`,
        );
      else if (before === i) problems.push(`${where}.measures: measure "${code}" is listed twice`);
      else placed.set(code, i);
    }
  });
  return problems;
}

/** A setting tidied as it will be kept: names and descriptions trimmed, an empty description none. */
export function tidyPerspectives(perspectives: readonly PerspectiveSetting[]): PerspectiveSetting[] {
  return perspectives.map((p) => {
    const description = p.description?.trim() ?? '';
    return {
      name: p.name.trim(),
      description: description === '' ? null : description,
      measureIds: [...p.measureIds],
    };
  });
}

/**
 * The plan's measures placed in its perspectives: those a viewer may see, in the perspective's
 * order; measures of the plan that no perspective names are returned apart, so none is hidden.
 */
export function arrangePerspectives<M extends { id: string }>(
  perspectives: readonly PerspectiveSetting[],
  measures: readonly M[],
): { perspectives: { setting: PerspectiveSetting; measures: M[] }[]; unplaced: M[] } {
  const byId = new Map(measures.map((m) => [m.id, m]));
  const placed = new Set<string>();
  const arranged = perspectives.map((setting) => ({
    setting,
    measures: setting.measureIds.flatMap((id) => {
      const m = byId.get(id);
      if (!m || placed.has(id)) return [];
      placed.add(id);
      return [m];
    }),
  }));
  return { perspectives: arranged, unplaced: measures.filter((m) => !placed.has(m.id)) };
}
