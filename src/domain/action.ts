/**
 * Key actions and milestones, with the columns of the framework's appendix tables: action/activity,
 * responsible officer, anticipated outcome/result, proposed start and end dates, who else is involved.
 */

export const ACTION_STATUSES = ['not-started', 'in-progress', 'completed', 'on-hold', 'cancelled'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

export interface Milestone {
  title: string;
  dueDate: string;
  completedDate: string | null;
}

export interface Action {
  id: string;
  /** Action/activity. */
  title: string;
  /** Responsible officer, as the appendix writes it (often a post, e.g. "Head of Transformation"). */
  responsibleOfficer: string;
  /** The person holding that post, where known. */
  responsiblePersonId: string | null;
  anticipatedOutcome: string;
  proposedStartDate: string;
  proposedEndDate: string;
  /** Who else is involved. */
  othersInvolved: string | null;
  status: ActionStatus;
  percentComplete: number;
  progressNote: string | null;
  milestones: Milestone[];
  strategyItemIds: string[];
  measureIds: string[];
}
