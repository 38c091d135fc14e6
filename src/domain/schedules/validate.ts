/**
 * Checks a schedule before it is kept: a cron expression that runs, in a real time zone, not more
 * than once an hour; recipients that are email addresses; a report level and format that exist, with
 * the unit or person the level is about; and a period rule. Every problem is listed with its reason,
 * so the person fixing the form sees them all at once.
 */
import { emailAddressProblem } from './email.js';
import { periodRuleProblem } from './period-rule.js';
import { WHEN_UNAPPROVED, type ScheduleDraft } from './schedule.js';

/** Reads cron expressions; the croner library behind it lives outside the domain. */
export interface CronCalendar {
  /** Why the expression (in the time zone) is not a schedule, or null when it is one. */
  problem(expression: string, timeZone: string): string | null;
  /** The first run strictly after `after`, or null when there is none. */
  nextRun(expression: string, timeZone: string, after: Date): Date | null;
}

export type LevelSubject = 'council' | 'directorate' | 'service' | 'team' | 'person';

export interface ScheduleVocabulary {
  cron: CronCalendar;
  /** Each report level and what it is about. */
  levels: Readonly<Record<string, LevelSubject>>;
  formats: readonly string[];
}

export const MAX_RECIPIENTS = 50;
/** A report more often than this is almost certainly a slip in the expression ("* * * * *"). */
export const SHORTEST_INTERVAL_MINUTES = 60;

export type ScheduleCheck = { ok: true; schedule: ScheduleDraft } | { ok: false; problems: string[] };

export function checkSchedule(
  draft: ScheduleDraft,
  vocabulary: ScheduleVocabulary,
  now: Date,
): ScheduleCheck {
  const problems = [
    ...nameProblems(draft.name),
    ...cronProblems(draft.cron, draft.timeZone, vocabulary.cron, now),
    ...recipientProblems(draft.recipients),
    ...reportProblems(draft, vocabulary),
  ];
  if (!(WHEN_UNAPPROVED as readonly string[]).includes(draft.whenUnapproved)) {
    problems.push(`whenUnapproved: "${draft.whenUnapproved}" is not one of ${WHEN_UNAPPROVED.join(', ')}`);
  }
  if (problems.length > 0) return { ok: false, problems };
  const recipients = [...new Set(draft.recipients.map((r) => r.toLowerCase()))];
  return { ok: true, schedule: { ...draft, name: draft.name.trim(), recipients } };
}

function nameProblems(name: string): string[] {
  if (name.trim() === '') return ['name: is empty; give the schedule a name people will recognise'];
  if (name.length > 200) return ['name: is longer than 200 characters'];
  return [];
}

function cronProblems(expression: string, timeZone: string, cron: CronCalendar, now: Date): string[] {
  const problem = cron.problem(expression, timeZone);
  if (problem !== null) return [`cron: ${problem}`];
  const runs: Date[] = [];
  let after = now;
  for (let i = 0; i < 3; i += 1) {
    const next = cron.nextRun(expression, timeZone, after);
    if (next === null) break;
    runs.push(next);
    after = next;
  }
  if (runs.length === 0) return [`cron: "${expression}" never runs again`];
  for (let i = 1; i < runs.length; i += 1) {
    if (runs[i]!.getTime() - runs[i - 1]!.getTime() < SHORTEST_INTERVAL_MINUTES * 60_000) {
      return [
        `cron: "${expression}" runs more often than once an hour; a report schedule needs at most hourly runs`,
      ];
    }
  }
  return [];
}

function recipientProblems(recipients: readonly string[]): string[] {
  if (recipients.length === 0) return ['recipients: none given; add at least one email address'];
  if (recipients.length > MAX_RECIPIENTS) {
    return [
      `recipients: ${recipients.length} addresses; at most ${MAX_RECIPIENTS} (use a mailing list for more)`,
    ];
  }
  return recipients.flatMap((r) => {
    const problem = emailAddressProblem(r);
    return problem === null ? [] : [`recipients: ${problem}`];
  });
}

function reportProblems(draft: ScheduleDraft, vocabulary: ScheduleVocabulary): string[] {
  const problems: string[] = [];
  const periodProblem = periodRuleProblem(draft.period);
  if (periodProblem !== null) problems.push(`period: ${periodProblem}`);
  if (!vocabulary.formats.includes(draft.format)) {
    problems.push(`format: "${draft.format}" is not one of ${vocabulary.formats.join(', ')}`);
  }
  const subject = vocabulary.levels[draft.level];
  if (subject === undefined) {
    problems.push(`level: "${draft.level}" is not one of ${Object.keys(vocabulary.levels).join(', ')}`);
    return problems;
  }
  if (subject === 'person' && draft.personId === null) {
    problems.push(`personId: the ${draft.level} report needs the person it is for`);
  }
  if (subject !== 'person' && subject !== 'council' && draft.orgUnitId === null) {
    problems.push(`orgUnitId: the ${draft.level} report needs the ${subject} it is about`);
  }
  return problems;
}

/** The first run of the schedule strictly after `after`; null when paused or it never runs again. */
export function nextRunOf(
  schedule: Pick<ScheduleDraft, 'cron' | 'timeZone' | 'active'>,
  cron: CronCalendar,
  after: Date,
): Date | null {
  if (!schedule.active) return null;
  return cron.nextRun(schedule.cron, schedule.timeZone, after);
}
