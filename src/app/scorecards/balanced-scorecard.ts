/**
 * A plan's balanced scorecard: its measures in the plan's perspectives, each judged by the status
 * service (so a measure's Red here is the Red on every other page), with counts by status for each
 * perspective and for the plan. A reader sees only the measures in their scope, judged on approved
 * figures where their scope says so.
 */
import { RAG_STATUSES, type RagStatus } from '../../domain/status/labels.js';
import { UserError } from '../../domain/errors.js';
import type { Measure } from '../../domain/measure.js';
import {
  arrangePerspectives,
  defaultPerspectives,
  PLAN_KINDS,
  planItemIds,
  planMeasures,
  type PerspectiveSetting,
} from '../../domain/scorecard/perspectives.js';
import type { StrategyItem } from '../../domain/strategy.js';
import { STRATEGY_KIND_LABELS } from '../../domain/strategy.js';
import type { Store } from '../../store/connect.js';
import { currentScorecardSetting } from '../../store/balanced-scorecards.js';
import { listMeasures } from '../../store/measures.js';
import { listStrategyItems } from '../../store/strategy.js';
import { measureReports, type MeasureReport, type StatusOptions } from '../status/index.js';

export interface ScorecardReader {
  canSeeMeasure: (m: Measure) => boolean;
  /** The ids of the strategy items the reader may see. */
  visibleItems: (items: readonly StrategyItem[]) => ReadonlySet<string>;
}

export type StatusCounts = Record<RagStatus, number>;

export interface PerspectiveView {
  name: string;
  description: string | null;
  measures: MeasureReport[];
  counts: StatusCounts;
}

export interface BalancedScorecard {
  plan: StrategyItem;
  /** Who last set the perspectives, or null while the plan has the default ones. */
  setting: { version: number; changedBy: string; changedAt: string } | null;
  perspectives: PerspectiveView[];
  /** The plan's measures that no perspective names (a measure added to the plan since). */
  unplaced: PerspectiveView | null;
  counts: StatusCounts;
}

export function countByStatus(reports: readonly MeasureReport[]): StatusCounts {
  const counts = Object.fromEntries(RAG_STATUSES.map((s) => [s, 0])) as StatusCounts;
  for (const r of reports) counts[r.status.rag.status] += 1;
  return counts;
}

/** The plan named, if the reader may see it; a strategy item that is not a plan is refused in words. */
export async function planFor(
  store: Store,
  planId: string,
  visibleItems: ScorecardReader['visibleItems'] | null,
): Promise<{ plan: StrategyItem; items: StrategyItem[] }> {
  const items = await listStrategyItems(store.db);
  const plan = items.find((i) => i.id === planId);
  // Out of scope reads as absent: a 403 would confirm the plan exists.
  if (!plan || (visibleItems !== null && !visibleItems(items).has(plan.id)))
    throw new UserError('not-found', `planId: there is no plan with id "${planId}"`);
  if (!PLAN_KINDS.has(plan.kind))
    throw new UserError(
      'invalid-input',
      `planId: "${planId}" is ${article(STRATEGY_KIND_LABELS[plan.kind])}, not a plan; a balanced scorecard ` +
        'belongs to a Corporate Plan, a plan on a page, or a directorate, service, team or project plan',
    );
  return { plan, items };
}

const article = (label: string) => `${/^[AEIOU]/.test(label) ? 'an' : 'a'} ${label}`;

/** The plan's perspectives as set, or the defaults with its measures placed by category. */
export async function perspectivesOf(
  store: Store,
  plan: StrategyItem,
  measures: readonly Measure[],
): Promise<{ perspectives: PerspectiveSetting[]; setting: BalancedScorecard['setting'] }> {
  const saved = await currentScorecardSetting(store.db, plan.id);
  if (!saved) return { perspectives: defaultPerspectives(measures), setting: null };
  const { version, changedBy, changedAt } = saved;
  return { perspectives: saved.perspectives, setting: { version, changedBy, changedAt } };
}

export async function balancedScorecard(
  store: Store,
  planId: string,
  reader: ScorecardReader,
  options: StatusOptions,
): Promise<BalancedScorecard> {
  const { plan, items } = await planFor(store, planId, reader.visibleItems);
  const measures = planMeasures(planItemIds(plan.id, items), await listMeasures(store.db));
  const { perspectives, setting } = await perspectivesOf(store, plan, measures);
  const reports = await measureReports(store, measures.filter(reader.canSeeMeasure), options);
  const arranged = arrangePerspectives(
    perspectives,
    reports.map((r) => ({ id: r.measure.id, report: r })),
  );
  const view = (name: string, description: string | null, list: readonly { report: MeasureReport }[]) => {
    const shown = list.map((m) => m.report);
    return { name, description, measures: shown, counts: countByStatus(shown) };
  };
  return {
    plan,
    setting,
    perspectives: arranged.perspectives.map((p) => view(p.setting.name, p.setting.description, p.measures)),
    unplaced:
      arranged.unplaced.length === 0
        ? null
        : view(
            'Not yet in a perspective',
            "Measures of this plan that none of its perspectives names: place them with 'Edit perspectives'",
            arranged.unplaced,
          ),
    counts: countByStatus(reports),
  };
}
