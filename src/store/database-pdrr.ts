/** The Plan–Do–Review–Revise tables as Kysely sees them (see migration 2026-11-25T2500-pdrr). */
import type { Generated } from 'kysely';

export interface ActionProgressTable {
  id: Generated<number>;
  action_id: string;
  as_of: string;
  status: string;
  percent_complete: number;
  note: string;
  recorded_by: string;
  recorded_at: string;
}

export interface RecoveryPlanTable {
  id: string;
  measure_id: string;
  title: string;
  owner_id: string | null;
  cause_analysis: string;
  /** JSON: the reasons, in words, that the plan was required. */
  triggers: string;
  opened_on: string;
  review_date: string;
  start_level: string;
  status: string;
  closed_on: string | null;
  lessons_learned: string | null;
  changed_by: string;
  changed_at: string;
}

export interface RecoveryPlanActionTable {
  plan_id: string;
  action_id: string;
}

export interface RecoveryPlanTrajectoryTable {
  plan_id: string;
  period: string;
  expected: number;
}

export interface RecoveryPlanEscalationTable {
  id: Generated<number>;
  plan_id: string;
  from_level: string;
  to_level: string;
  /** JSON: the reasons (trajectory-missed, review-overdue). */
  reasons: string;
  missed_period: string | null;
  missed_review_date: string | null;
  detail: string;
  escalated_on: string;
  recorded_by: string;
}

export interface ReviewMeetingTable {
  id: string;
  forum: string;
  org_unit_id: string | null;
  title: string;
  meeting_date: string;
  as_at: string;
  created_by: string;
  created_at: string;
}

export interface ReviewPackTable {
  id: Generated<number>;
  meeting_id: string;
  taken_at: string;
  /** JSON: the scorecard and exceptions as they stood when the pack was taken. */
  content: string;
  report_file: string | null;
  recorded_by: string;
}

export interface ReviewAgendaItemTable {
  id: Generated<number>;
  meeting_id: string;
  position: number;
  kind: string;
  subject_id: string;
  title: string;
  detail: string;
}

export interface ReviewDecisionTable {
  id: Generated<number>;
  meeting_id: string;
  text: string;
  measure_id: string | null;
  action_id: string | null;
  recorded_by: string;
  recorded_at: string;
}

export interface ReviewAttendanceTable {
  meeting_id: string;
  name: string;
  person_id: string | null;
  role: string | null;
  attendance: string;
}

export interface IndividualObjectiveTable {
  strategy_item_id: string;
  appraisal_date: string | null;
  success_measure: string | null;
}

export interface ObjectiveProgressTable {
  id: Generated<number>;
  strategy_item_id: string;
  as_of: string;
  percent_complete: number;
  note: string;
  recorded_by: string;
  recorded_at: string;
}

export interface ComplaintTable {
  id: string;
  received_on: string;
  org_unit_id: string;
  cause: string;
  summary: string;
  outcome: string;
  responded_on: string | null;
  learning: string | null;
  recorded_by: string;
  recorded_at: string;
}

export interface PdrrTables {
  action_progress: ActionProgressTable;
  recovery_plan: RecoveryPlanTable;
  recovery_plan_action: RecoveryPlanActionTable;
  recovery_plan_trajectory: RecoveryPlanTrajectoryTable;
  recovery_plan_escalation: RecoveryPlanEscalationTable;
  review_meeting: ReviewMeetingTable;
  review_pack: ReviewPackTable;
  review_agenda_item: ReviewAgendaItemTable;
  review_decision: ReviewDecisionTable;
  review_attendance: ReviewAttendanceTable;
  individual_objective: IndividualObjectiveTable;
  objective_progress: ObjectiveProgressTable;
  complaint: ComplaintTable;
}
