/**
 * Individual objectives set at appraisal: "every employee should understand how they contribute
 * to, and are accountable for, the objectives in the Corporate Plan through their own individual
 * work plans". Each is a strategy item of kind 'individual-objective' with dated progress.
 */
import type { StrategyItem } from '../strategy.js';

export interface ObjectiveProgress {
  objectiveId: string;
  asOf: string;
  percentComplete: number;
  note: string;
  recordedBy: string;
  recordedAt: string;
}

export interface IndividualObjective {
  item: StrategyItem;
  appraisalDate: string | null;
  /** How success will be judged, as agreed at appraisal. */
  successMeasure: string | null;
  progress: ObjectiveProgress[];
  /** The latest % complete, or null before any progress is recorded. */
  percentComplete: number | null;
  /** The items above, nearest first, up to the Corporate Plan: "how my work contributes". */
  thread: Pick<StrategyItem, 'id' | 'kind' | 'title' | 'orgUnitId'>[];
}

export function threadUpwards(
  item: StrategyItem,
  byId: ReadonlyMap<string, StrategyItem>,
): Pick<StrategyItem, 'id' | 'kind' | 'title' | 'orgUnitId'>[] {
  const chain: Pick<StrategyItem, 'id' | 'kind' | 'title' | 'orgUnitId'>[] = [];
  const seen = new Set<string>([item.id]);
  let parentId = item.parentId;
  while (parentId !== null && !seen.has(parentId)) {
    const parent = byId.get(parentId);
    if (!parent) break;
    seen.add(parent.id);
    chain.push({ id: parent.id, kind: parent.kind, title: parent.title, orgUnitId: parent.orgUnitId });
    parentId = parent.parentId;
  }
  return chain;
}

/** The kinds an individual objective may be linked to (Corporate Plan → … → team or service plan). */
export const OBJECTIVE_PARENT_KINDS = ['team-plan', 'service-plan', 'project-plan'] as const;
