/**
 * A report schedule: which report (level, scope, format, period), to whom, and when (a cron
 * expression in a time zone). Deliveries are the runs of a schedule, and reminders about late data
 * go out the same way, so that every email the council sends is kept, retried and visible.
 */

/** Which period a scheduled report covers, worked out on the day it runs. */
export const PERIOD_RULES = ['last-complete-month', 'last-complete-quarter', 'last-complete-year'] as const;
export type RelativePeriodRule = (typeof PERIOD_RULES)[number];

/** A relative rule, or one fixed period in canonical form ("2017/18-Q2"). */
export type PeriodRule = RelativePeriodRule | string;

export const PERIOD_RULE_LABELS: Record<RelativePeriodRule, string> = {
  'last-complete-month': 'the last complete month',
  'last-complete-quarter': 'the last complete quarter',
  'last-complete-year': 'the last complete financial year',
};

/** What to do when the period's figures are not all approved yet. */
export const WHEN_UNAPPROVED = ['wait', 'provisional'] as const;
export type WhenUnapproved = (typeof WHEN_UNAPPROVED)[number];

export interface ScheduleDraft {
  name: string;
  level: string;
  format: string;
  period: PeriodRule;
  /** The directorate, service or team a management report is about. */
  orgUnitId: string | null;
  /** The employee whose page it is. */
  personId: string | null;
  cron: string;
  timeZone: string;
  recipients: string[];
  whenUnapproved: WhenUnapproved;
  active: boolean;
}

export interface Schedule extends ScheduleDraft {
  id: string;
  /** When it next runs (ISO instant); null when paused or the expression has no further run. */
  nextRunAt: string | null;
  createdBy: string;
  createdAt: string;
  changedBy: string;
  changedAt: string;
}

export const DELIVERY_KINDS = ['report', 'reminder'] as const;
export type DeliveryKind = (typeof DELIVERY_KINDS)[number];

/**
 * - waiting: the period's figures are not all approved; looked at again later.
 * - due: to be produced (if not yet) and sent at `nextAttemptAt`.
 * - failed: the last attempt failed (the reason is kept); tried again at `nextAttemptAt`.
 * - sent: the mail server accepted it.
 * - given-up: failed too often; the report is still kept, and "send now" tries afresh.
 */
export const DELIVERY_STATUSES = ['waiting', 'due', 'failed', 'sent', 'given-up'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

export const DELIVERY_STATUS_WORDS: Record<DeliveryStatus, string> = {
  waiting: 'Waiting for the figures to be approved',
  due: 'Due to be sent',
  failed: 'Failed; will be tried again',
  sent: 'Sent',
  'given-up': 'Failed too often; not tried again',
};

export interface Delivery {
  id: number;
  kind: DeliveryKind;
  scheduleId: string | null;
  /** The schedule's name when it ran, or what the reminder is about. */
  title: string;
  /** The period reported, canonical; null for reminders. */
  period: string | null;
  recipients: string[];
  status: DeliveryStatus;
  attempts: number;
  nextAttemptAt: string | null;
  lastError: string | null;
  /** The report went out with figures not yet approved, marked as such. */
  provisional: boolean;
  /** The attachment's name once the report has been produced and kept; null before. */
  fileName: string | null;
  mediaType: string | null;
  /** Size in bytes of the kept report. */
  size: number | null;
  scheduledFor: string;
  requestedBy: string | null;
  createdAt: string;
  sentAt: string | null;
}
