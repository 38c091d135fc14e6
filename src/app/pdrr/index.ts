/**
 * Plan–Do–Review–Revise use cases. The report packs read `recoveryPlansForPeriod`,
 * `requiredButMissing`, `actionsProgress`, `riskRegister`, `reviewMeeting` and `complaintsLog`.
 */
export {
  actionsProgress,
  createKeyAction,
  keyAction,
  recordProgress,
  reviseKeyAction,
} from './key-actions.js';
export type { KeyActionInput } from './key-actions.js';
export { complaintsLog, recordComplaint, reviseComplaint, type ComplaintsLog } from './complaints.js';
export { objectivesOf, recordObjectiveUpdate, setObjective, type ObjectiveInput } from './objectives.js';
export {
  recoveryPlansForPeriod,
  recoveryRequirements,
  requiredButMissing,
  type RecoveryPlanReport,
  type RecoveryRequirementRow,
  type RequirementOptions,
} from './recovery-plans.js';
export {
  closeRecoveryPlan,
  escalateDuePlans,
  openRecoveryPlan,
  reviseRecoveryPlan,
  type RecoveryPlanInput,
} from './recovery-plan-changes.js';
export { buildReviewPack, type PackContent, type ScorecardRow } from './review-pack.js';
export {
  attachReportFile,
  decisionsAbout,
  listReviewMeetings,
  recordAttendance,
  recordDecision,
  reviewMeeting,
  setUpReviewMeeting,
  type MeetingRecord,
} from './review-meetings.js';
export {
  createRisk,
  reviseRisk,
  riskRegister,
  type RegisterEntry,
  type RiskRegister,
} from './risk-register.js';
