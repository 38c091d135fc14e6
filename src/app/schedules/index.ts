/**
 * Report schedules and data-owner reminders: set them up (`manage`), and run them (`runRound`, or
 * `startScheduler` for the server's loop), with the mailer and report producer passed in.
 */
export {
  createSchedule,
  changeSchedule,
  deleteSchedule,
  scheduleNamed,
  sendScheduleNow,
  SCHEDULE_VOCABULARY,
  type ScheduleInput,
} from './manage.js';
export { cronCalendar, DEFAULT_TIME_ZONE } from './cron.js';
export {
  smtpMailer,
  smtpSettingsFrom,
  DEFAULT_FROM,
  type Mailer,
  type OutgoingMail,
  type SmtpSettings,
} from './mailer.js';
export { reportProducer, type ProducedReport, type ReportProducer, type ReportRun } from './producer.js';
export { runRound, DEFAULT_REMINDER_CRON, type Round, type RoundOptions } from './runner.js';
export { startScheduler, type Scheduler, type SchedulerOptions } from './scheduler.js';
export type { Runner } from './runner-deps.js';
export { processRunner } from './runner-for.js';
