/**
 * The strategy tree, 'the golden thread': Corporate Plan → priority → outcome → objective →
 * plan on a page → directorate, service, team and project plans → individual objectives.
 */

export const STRATEGY_KINDS = [
  'corporate-plan',
  'priority',
  'outcome',
  'objective',
  'plan-on-a-page',
  'directorate-plan',
  'service-plan',
  'team-plan',
  'project-plan',
  'individual-objective',
] as const;
export type StrategyKind = (typeof STRATEGY_KINDS)[number];

export const STRATEGY_KIND_LABELS: Record<StrategyKind, string> = {
  'corporate-plan': 'Corporate Plan',
  priority: 'Priority',
  outcome: 'Outcome',
  objective: 'Objective',
  'plan-on-a-page': 'Plan on a page',
  'directorate-plan': 'Directorate plan',
  'service-plan': 'Service plan',
  'team-plan': 'Team plan',
  'project-plan': 'Project plan',
  'individual-objective': 'Individual objective',
};

/** Which kinds each kind may hang from: every item links upward, and only the plan is a root. */
export const STRATEGY_PARENT_KINDS: Record<StrategyKind, readonly StrategyKind[]> = {
  'corporate-plan': [],
  priority: ['corporate-plan'],
  outcome: ['priority'],
  objective: ['outcome'],
  'plan-on-a-page': ['objective'],
  'directorate-plan': ['plan-on-a-page'],
  'service-plan': ['directorate-plan', 'plan-on-a-page'],
  'team-plan': ['service-plan'],
  'project-plan': ['directorate-plan', 'service-plan', 'plan-on-a-page'],
  'individual-objective': ['team-plan', 'service-plan', 'project-plan'],
};

/** How a strategy item's status is rolled up from its measures, actions and children. */
export const ROLLUP_RULES = ['worst', 'majority', 'weighted'] as const;
export type RollupRule = (typeof ROLLUP_RULES)[number];

export interface StrategyItem {
  id: string;
  kind: StrategyKind;
  title: string;
  description: string | null;
  parentId: string | null;
  ownerId: string | null;
  orgUnitId: string | null;
  startDate: string | null;
  endDate: string | null;
  rollupRule: RollupRule;
  weight: number;
}

/** Checks that `kind` may hang from `parentKind`; returns the problem in words, or null. */
export function strategyLinkProblem(kind: StrategyKind, parentKind: StrategyKind | null): string | null {
  const allowed = STRATEGY_PARENT_KINDS[kind];
  if (parentKind === null) {
    return allowed.length === 0 ? null : `${withArticle(kind)} must link upward to ${allowedList(allowed)}`;
  }
  if (allowed.includes(parentKind)) return null;
  return allowed.length === 0
    ? `${withArticle(kind)} is the top of the thread and has no parent`
    : `${withArticle(kind)} links upward to ${allowedList(allowed)}, not to ${withArticle(parentKind)}`;
}

function allowedList(kinds: readonly StrategyKind[]): string {
  return kinds.map(withArticle).join(' or ');
}

/** "an Outcome", "a Priority": the label read as a sentence would. */
function withArticle(kind: StrategyKind): string {
  const label = STRATEGY_KIND_LABELS[kind];
  return `${/^[AEIOU]/i.test(label) ? 'an' : 'a'} ${label}`;
}
