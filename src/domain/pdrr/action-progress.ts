/**
 * Key actions as the review step reads them: each with its RAG (from dates and progress, as the
 * roll-up judges it), whether it is overdue, and its dated progress updates, kept as history.
 */
import type { Action, ActionStatus } from '../action.js';
import { actionRagStatus, type ActionRag } from '../rollup/action-status.js';

export interface ActionProgressUpdate {
  actionId: string;
  /** The date the update describes. */
  asOf: string;
  status: ActionStatus;
  percentComplete: number;
  note: string;
  recordedBy: string;
  recordedAt: string;
}

/** An action with the unit that owns it, for reach: where none is set, its strategy items' units. */
export interface KeyAction extends Action {
  orgUnitId: string | null;
}

export interface ActionView {
  action: KeyAction;
  rag: ActionRag;
  overdue: boolean;
  /** Oldest first. */
  updates: ActionProgressUpdate[];
}

/** Past its end date and neither completed nor cancelled. */
export function actionOverdue(action: Pick<Action, 'status' | 'proposedEndDate'>, today: string): boolean {
  return action.status !== 'completed' && action.status !== 'cancelled' && today > action.proposedEndDate;
}

export function viewAction(action: KeyAction, updates: ActionProgressUpdate[], today: string): ActionView {
  return { action, rag: actionRagStatus(action, today), overdue: actionOverdue(action, today), updates };
}

/** Problems with a progress update, in words naming the field. */
export function progressProblems(update: Pick<ActionProgressUpdate, 'status' | 'percentComplete'>): string[] {
  const problems: string[] = [];
  if (!Number.isInteger(update.percentComplete) || update.percentComplete < 0 || update.percentComplete > 100)
    problems.push('percentComplete: must be a whole number from 0 to 100');
  if (update.status === 'completed' && update.percentComplete !== 100)
    problems.push('percentComplete: a completed action is 100% complete');
  if (update.status === 'not-started' && update.percentComplete > 0)
    problems.push('status: an action with progress has started; say in-progress');
  return problems;
}

/** Problems with an action's dates and progress as given. */
export function actionProblems(
  action: Pick<Action, 'proposedStartDate' | 'proposedEndDate' | 'status' | 'percentComplete'>,
): string[] {
  const problems = progressProblems(action);
  if (action.proposedEndDate < action.proposedStartDate)
    problems.push('proposedEndDate: must be on or after proposedStartDate');
  return problems;
}

export interface ActionsProgress {
  total: number;
  byRag: Record<string, number>;
  overdue: number;
  completed: number;
  /** Mean % complete of the actions not cancelled; null when there are none. */
  meanPercentComplete: number | null;
}

export function summariseActions(views: readonly ActionView[]): ActionsProgress {
  const byRag: Record<string, number> = {};
  let overdue = 0;
  let completed = 0;
  const judged = views.filter((v) => v.action.status !== 'cancelled');
  for (const v of views) {
    byRag[v.rag.status] = (byRag[v.rag.status] ?? 0) + 1;
    if (v.overdue) overdue += 1;
    if (v.action.status === 'completed') completed += 1;
  }
  const mean =
    judged.length === 0
      ? null
      : Math.round(judged.reduce((sum, v) => sum + v.action.percentComplete, 0) / judged.length);
  return { total: views.length, byRag, overdue, completed, meanPercentComplete: mean };
}
