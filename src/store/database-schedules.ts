/** Report schedules, their deliveries and the reminders sent (see migration 2026-11-25T2600-schedules). */
import type { Generated } from 'kysely';

type Flag = number | boolean;

export interface ReportScheduleTable {
  id: string;
  name: string;
  level: string;
  format: string;
  period_rule: string;
  org_unit_id: string | null;
  person_id: string | null;
  cron: string;
  time_zone: string;
  /** JSON: the recipients' addresses. */
  recipients: string;
  when_unapproved: string;
  active: Flag;
  next_run_at: string | null;
  created_by: string;
  created_at: string;
  changed_by: string;
  changed_at: string;
  /** Set when removed: the schedule stops, its deliveries stay on record. */
  removed_at: string | null;
}

export interface ReportDeliveryTable {
  id: Generated<number>;
  kind: string;
  schedule_id: string | null;
  title: string;
  period: string | null;
  recipients: string;
  status: string;
  attempts: number;
  next_attempt_at: string | null;
  last_error: string | null;
  provisional: Flag;
  subject: string | null;
  body: string | null;
  file_name: string | null;
  media_type: string | null;
  /** The report as produced, kept before it is sent so that a failed send never loses it. */
  content: Buffer | null;
  scheduled_for: string;
  requested_by: string | null;
  claimed_by: string | null;
  claimed_until: string | null;
  created_at: string;
  sent_at: string | null;
}

export interface ReminderSentTable {
  measure_id: string;
  period: string;
  owner_id: string;
  delivery_id: number;
  sent_at: string;
}

export interface ScheduleTables {
  report_schedule: ReportScheduleTable;
  report_delivery: ReportDeliveryTable;
  reminder_sent: ReminderSentTable;
}
