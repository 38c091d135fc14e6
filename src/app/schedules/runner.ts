/**
 * One round of the scheduler: turn schedules that have fallen due into deliveries, make the
 * reminders when their time has come, then claim and send deliveries one at a time. Everything a
 * round needs is in the database, so any number of app servers may run rounds side by side.
 */
import { nextRunOf } from '../../domain/schedules/index.js';
import { addDelivery, claimNextDelivery } from '../../store/deliveries.js';
import { advanceSchedule, claimTurn, schedulesDue } from '../../store/schedules.js';
import { cronCalendar, DEFAULT_TIME_ZONE } from './cron.js';
import { deliver, type DeliveryResult } from './deliver.js';
import { makeReminders } from './reminders.js';
import { dateIn, LEASE_MINUTES, minutesAfter, type Runner } from './runner-deps.js';

export interface RoundOptions {
  /** When reminders to data owners are made (cron, London time); null: never. */
  reminderCron?: string | null;
  /** At most this many deliveries per round, so one round never runs for ever. */
  maxDeliveries?: number;
}

export const DEFAULT_REMINDER_CRON = '0 8 * * 1-5';
const REMINDER_TURN = 'schedules.reminders.next';

export interface Round {
  planned: number;
  reminders: number;
  results: Record<DeliveryResult, number>;
}

export async function runRound(runner: Runner, options: RoundOptions = {}): Promise<Round> {
  const round: Round = {
    planned: await planRuns(runner),
    reminders: await remindIfTime(
      runner,
      options.reminderCron === undefined ? DEFAULT_REMINDER_CRON : options.reminderCron,
    ),
    results: { sent: 0, failed: 0, waiting: 0, 'given-up': 0, 'lost-claim': 0 },
  };
  const limit = options.maxDeliveries ?? 50;
  for (let i = 0; i < limit; i += 1) {
    const now = runner.clock();
    const claimed = await claimNextDelivery(
      runner.store.db,
      runner.runnerId,
      now.toISOString(),
      minutesAfter(now, LEASE_MINUTES).toISOString(),
    );
    if (!claimed) break;
    round.results[await deliver(runner, claimed)] += 1;
  }
  return round;
}

/** Schedules whose time has come become deliveries; each run is recorded once however many runners see it. */
async function planRuns(runner: Runner): Promise<number> {
  const now = runner.clock();
  let planned = 0;
  for (const schedule of await schedulesDue(runner.store.db, now.toISOString())) {
    const due = schedule.nextRunAt!;
    // Recorded before the schedule moves on: a runner stopped in between leaves a run that the
    // next round records (once, by the unique run key), not a run lost.
    const id = await addDelivery(runner.store.db, {
      kind: 'report',
      scheduleId: schedule.id,
      title: schedule.name,
      period: null,
      recipients: schedule.recipients,
      scheduledFor: due,
      requestedBy: null,
      createdAt: now.toISOString(),
    });
    const next = nextRunOf(schedule, cronCalendar, now)?.toISOString() ?? null;
    await advanceSchedule(runner.store.db, schedule.id, due, next);
    if (id !== null) planned += 1;
  }
  return planned;
}

async function remindIfTime(runner: Runner, reminderCron: string | null): Promise<number> {
  if (reminderCron === null) return 0;
  const now = runner.clock();
  const next = cronCalendar.nextRun(reminderCron, DEFAULT_TIME_ZONE, now);
  if (next === null) return 0;
  if (!(await claimTurn(runner.store.db, REMINDER_TURN, now.toISOString(), next.toISOString()))) return 0;
  return (await makeReminders(runner.store, now, dateIn(DEFAULT_TIME_ZONE, now))).made;
}
