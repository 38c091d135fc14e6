/**
 * Review meetings ("regular review meetings need to be held to assess the delivery of our plans and
 * their associated balanced scorecards, the management of known risks and employee performance").
 * The agenda is built from exceptions, worst first, so that a meeting spends its time on what needs
 * a decision.
 */

export const REVIEW_FORUMS = [
  'cabinet',
  'scrutiny-board',
  'directorate-leadership-team',
  'service',
  'team',
] as const;
export type ReviewForum = (typeof REVIEW_FORUMS)[number];

export const REVIEW_FORUM_LABELS: Record<ReviewForum, string> = {
  cabinet: 'Cabinet',
  'scrutiny-board': 'Scrutiny Board',
  'directorate-leadership-team': 'Directorate leadership team',
  service: 'Service management team',
  team: 'Team meeting',
};

/** Forums of the whole council: they have no unit of their own. */
export const COUNCIL_FORUMS: ReadonlySet<ReviewForum> = new Set(['cabinet', 'scrutiny-board']);

export const ATTENDANCE = ['present', 'apologies', 'absent'] as const;
export type Attendance = (typeof ATTENDANCE)[number];

export const AGENDA_KINDS = [
  'red',
  'spc-concern',
  'at-risk',
  'missing-recovery-plan',
  'recovery-plan',
  'overdue-action',
  'overdue-risk-review',
] as const;
export type AgendaKind = (typeof AGENDA_KINDS)[number];

export const AGENDA_KIND_LABELS: Record<AgendaKind, string> = {
  red: 'Red measures',
  'spc-concern': 'Special cause of concern',
  'at-risk': 'Year-end target at risk',
  'missing-recovery-plan': 'Recovery plan required but missing',
  'recovery-plan': 'Recovery plans off trajectory or escalated',
  'overdue-action': 'Overdue key actions',
  'overdue-risk-review': 'Risks overdue for review',
};

export interface AgendaItem {
  kind: AgendaKind;
  /** What it is about: a measure's code, an action's, a risk's or a recovery plan's id. */
  subjectId: string;
  title: string;
  detail: string;
}

/** The exceptions found in a pack, each list already in the reader's scope. */
export interface Exceptions {
  red: { measureId: string; title: string; sentence: string }[];
  spcConcern: { measureId: string; title: string; sentence: string }[];
  atRisk: { measureId: string; title: string; sentence: string }[];
  missingRecoveryPlans: { measureId: string; title: string; reasons: string[] }[];
  recoveryPlans: { planId: string; title: string; sentence: string; needsAttention: boolean }[];
  overdueActions: { actionId: string; title: string; sentence: string }[];
  overdueRiskReviews: { riskId: string; title: string; reviewDate: string }[];
}

/**
 * The agenda in the order a chair takes it: plans that are missing or failing first, because they
 * are where a decision is needed; then the measures; then actions and risks.
 */
export function buildAgenda(e: Exceptions): AgendaItem[] {
  const items: AgendaItem[] = [];
  for (const m of e.missingRecoveryPlans)
    items.push({
      kind: 'missing-recovery-plan',
      subjectId: m.measureId,
      title: m.title,
      detail: `A recovery plan is required (${m.reasons.join('; ')}) but none is open.`,
    });
  for (const p of e.recoveryPlans.filter((r) => r.needsAttention))
    items.push({ kind: 'recovery-plan', subjectId: p.planId, title: p.title, detail: p.sentence });
  for (const m of e.red)
    items.push({ kind: 'red', subjectId: m.measureId, title: m.title, detail: m.sentence });
  for (const m of e.spcConcern)
    items.push({ kind: 'spc-concern', subjectId: m.measureId, title: m.title, detail: m.sentence });
  for (const m of e.atRisk)
    items.push({ kind: 'at-risk', subjectId: m.measureId, title: m.title, detail: m.sentence });
  for (const a of e.overdueActions)
    items.push({ kind: 'overdue-action', subjectId: a.actionId, title: a.title, detail: a.sentence });
  for (const r of e.overdueRiskReviews)
    items.push({
      kind: 'overdue-risk-review',
      subjectId: r.riskId,
      title: r.title,
      detail: `Review was due on ${r.reviewDate}.`,
    });
  return items;
}

export interface ReviewMeeting {
  id: string;
  forum: ReviewForum;
  /** The unit whose forum it is; null for the council's own (Cabinet, Scrutiny Board). */
  orgUnitId: string | null;
  title: string;
  meetingDate: string;
  /** The period the pack reports, e.g. 2017/18-Q2. */
  asAt: string;
  createdBy: string;
  createdAt: string;
}

/** A pack as it stood when taken; a later pack (with a report file attached) is a new one. */
export interface ReviewPack {
  id: number;
  meetingId: string;
  takenAt: string;
  content: unknown;
  reportFile: string | null;
  recordedBy: string;
}

export interface Decision {
  id: number;
  meetingId: string;
  text: string;
  measureId: string | null;
  /** The action arising from the decision, where one was set. */
  actionId: string | null;
  recordedBy: string;
  recordedAt: string;
}

export interface Attendee {
  name: string;
  personId: string | null;
  role: string | null;
  attendance: Attendance;
}
