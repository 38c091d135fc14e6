/**
 * The domain's CronCalendar, read by croner. Expressions have five fields (minute hour day month
 * weekday) or six with seconds first, and run in the schedule's IANA time zone, so "0 8 * * 1" is
 * 8 o'clock on Monday mornings in London whether or not it is summer time.
 */
import { Cron } from 'croner';
import type { CronCalendar } from '../../domain/schedules/index.js';

export const DEFAULT_TIME_ZONE = 'Europe/London';

function timeZoneProblem(timeZone: string): string | null {
  try {
    new Intl.DateTimeFormat('en-GB', { timeZone });
    return null;
  } catch {
    return `time zone "${timeZone}" is not an IANA time zone such as Europe/London`;
  }
}

function cronOf(expression: string, timeZone: string): Cron {
  // Without a function to call, croner only reads the pattern: it starts no timer.
  return new Cron(expression, { timezone: timeZone });
}

export const cronCalendar: CronCalendar = {
  problem(expression, timeZone) {
    const zone = timeZoneProblem(timeZone);
    if (zone !== null) return zone;
    const fields = expression.trim().split(/\s+/).length;
    if (!expression.trim().startsWith('@') && (fields < 5 || fields > 6)) {
      return `"${expression}" has ${fields} field${fields === 1 ? '' : 's'}; expected five (minute hour day month weekday), e.g. "0 8 * * 1" for 8am on Mondays`;
    }
    try {
      cronOf(expression, timeZone);
      return null;
    } catch (error) {
      const reason = (error as Error).message.replace(/^CronPattern:\s*/, '');
      return `"${expression}" is not a cron expression (${reason}); e.g. "0 8 * * 1" for 8am on Mondays`;
    }
  },
  nextRun(expression, timeZone, after) {
    return cronOf(expression, timeZone).nextRun(after);
  },
};
