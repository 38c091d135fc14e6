/**
 * The scheduler `serve` runs beside the web server: on when a mail server is configured (and not
 * switched off with --no-scheduler), a round a minute, stopped with the server. Several servers on
 * one database may all run it: each round claims its work in the database.
 */
import { Option } from 'commander';
import {
  DEFAULT_REMINDER_CRON,
  processRunner,
  startScheduler,
  type Scheduler,
  type SmtpSettings,
} from '../../app/schedules/index.js';
import type { Store } from '../../store/connect.js';
import type { Output } from '../output.js';
import { smtpOptions } from './schedule.js';

export function serveSchedulerOptions(): Option[] {
  return [
    ...smtpOptions(),
    new Option(
      '--no-scheduler',
      'do not send scheduled reports and reminders from this server (env GOLDEN_THREAD_SCHEDULER=off)',
    ),
  ];
}

export interface ServeScheduler {
  stop(): Promise<void>;
}

export function startServeScheduler(
  output: Output,
  store: Store,
  smtp: SmtpSettings | null,
  wanted: boolean,
  intervalMs = 60_000,
): ServeScheduler | null {
  if (!wanted) return null;
  if (smtp === null) {
    output.info(
      'Scheduled reports and reminders are not sent: no mail server (set GOLDEN_THREAD_SMTP_URL or --smtp-url).',
    );
    return null;
  }
  const runner = processRunner(store, smtp);
  const scheduler: Scheduler = startScheduler(runner, {
    intervalMs,
    reminderCron: DEFAULT_REMINDER_CRON,
    onRound: (round) => {
      const r = round.results;
      if (r.sent + r.failed + r['given-up'] > 0) {
        output.info(
          `Schedules: sent ${r.sent}, failed ${r.failed} (to be retried), given up ${r['given-up']}`,
        );
      }
    },
    onError: (error) =>
      output.error(`Schedules: a round failed and will be tried again: ${(error as Error).message}`),
  });
  output.info(`Scheduled reports and reminders are sent through ${new URL(smtp.url).host}.`);
  return {
    async stop() {
      await scheduler.stop();
      runner.mailer.close();
    },
  };
}
