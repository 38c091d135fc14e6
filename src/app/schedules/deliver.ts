/**
 * One delivery, claimed: produce the report if it has not been (unless its figures wait for
 * approval), keep it, then send it. A failure at any step is recorded with its reason and tried
 * again later; the report, once kept, is never made again, so what was produced is what is sent.
 */
import { periodLabel, parsePeriod } from '../../domain/period.js';
import {
  APPROVAL_RECHECK_MINUTES,
  nextAttemptAfter,
  reportPeriodOn,
  type Schedule,
} from '../../domain/schedules/index.js';
import { keepReport, settleDelivery, type ClaimedDelivery } from '../../store/deliveries.js';
import { getSchedule } from '../../store/schedules.js';
import { unapprovedFigures } from './approval.js';
import { dateIn, minutesAfter, type Runner } from './runner-deps.js';

export type DeliveryResult = 'sent' | 'failed' | 'waiting' | 'given-up' | 'lost-claim';

const labelOf = (period: string) => {
  const parsed = parsePeriod(period);
  return parsed.ok ? periodLabel(parsed.period) : period;
};

function bodyOf(schedule: Schedule, period: string, unapproved: number, fileName: string): string {
  const lines = [
    `Attached: ${schedule.name}, ${labelOf(period)} (${fileName}).`,
    '',
    unapproved > 0
      ? `PROVISIONAL: ${unapproved} figure${unapproved === 1 ? ' is' : 's are'} not yet approved; they are included and may change.`
      : 'All figures in this report are approved.',
    '',
    `You receive this because you are a recipient of the schedule "${schedule.name}" in Golden Thread.`,
    'A performance officer can change its recipients or stop it.',
  ];
  return `${lines.join('\n')}\n`;
}

const safeName = (text: string) => text.replace(/[^A-Za-z0-9-]+/g, '-').replace(/^-|-$/g, '');

type Prepared = { ready: true; delivery: ClaimedDelivery } | { ready: false; result: DeliveryResult };

/** Makes and keeps the report, or records why it waits. */
async function prepare(runner: Runner, delivery: ClaimedDelivery, now: Date): Promise<Prepared> {
  if (delivery.kind === 'reminder' || delivery.content !== null) return { ready: true, delivery };
  const schedule =
    delivery.scheduleId === null ? null : await getSchedule(runner.store.db, delivery.scheduleId);
  if (!schedule) {
    // Trying again cannot help: there is nothing left to say what the report was.
    await settleDelivery(runner.store.db, delivery.id, runner.runnerId, {
      status: 'given-up',
      attempts: delivery.attempts,
      nextAttemptAt: null,
      lastError: 'Its schedule was removed before the report was made, so there is no report to send',
    });
    return { ready: false, result: 'given-up' };
  }
  const period =
    delivery.period ??
    reportPeriodOn(schedule.period, dateIn(schedule.timeZone, new Date(delivery.scheduledFor)));
  const unapproved = await unapprovedFigures(runner.store, {
    period,
    orgUnitId: schedule.orgUnitId,
    personId: schedule.personId,
  });
  if (unapproved > 0 && schedule.whenUnapproved === 'wait') {
    const recheck = minutesAfter(now, APPROVAL_RECHECK_MINUTES);
    await settleDelivery(runner.store.db, delivery.id, runner.runnerId, {
      status: 'waiting',
      attempts: delivery.attempts,
      nextAttemptAt: recheck.toISOString(),
      lastError: `${unapproved} figure${unapproved === 1 ? '' : 's'} for ${labelOf(period)} not yet approved; looked at again after ${recheck.toISOString().slice(0, 16)}Z`,
      period,
    });
    return { ready: false, result: 'waiting' };
  }
  const produced = await runner.produce(runner.store, {
    level: schedule.level,
    period,
    orgUnitId: schedule.orgUnitId,
    personId: schedule.personId,
    format: schedule.format,
    today: dateIn(schedule.timeZone, now),
    approvedOnly: unapproved === 0,
  });
  const fileName = `${safeName(schedule.level)}-${safeName(period)}.${produced.extension}`;
  const kept = {
    period,
    provisional: unapproved > 0,
    subject: `${schedule.name}: ${labelOf(period)}${unapproved > 0 ? ' (provisional)' : ''}`,
    body: bodyOf(schedule, period, unapproved, fileName),
    fileName,
    mediaType: produced.mediaType,
    content: produced.bytes,
  };
  if (!(await keepReport(runner.store.db, delivery.id, runner.runnerId, kept)))
    return { ready: false, result: 'lost-claim' };
  return {
    ready: true,
    delivery: { ...delivery, ...kept, content: Buffer.from(produced.bytes) },
  };
}

export async function deliver(runner: Runner, claimed: ClaimedDelivery): Promise<DeliveryResult> {
  const now = runner.clock();
  try {
    const prepared = await prepare(runner, claimed, now);
    if (!prepared.ready) return prepared.result;
    const d = prepared.delivery;
    await runner.mailer.send({
      to: d.recipients,
      subject: d.subject ?? d.title,
      text: d.body ?? '',
      attachment:
        d.content === null || d.fileName === null
          ? undefined
          : {
              fileName: d.fileName,
              mediaType: d.mediaType ?? 'application/octet-stream',
              content: d.content,
            },
    });
    await settleDelivery(runner.store.db, d.id, runner.runnerId, {
      status: 'sent',
      attempts: d.attempts + 1,
      nextAttemptAt: null,
      lastError: null,
      sentAt: runner.clock().toISOString(),
    });
    return 'sent';
  } catch (error) {
    const attempts = claimed.attempts + 1;
    const retry = nextAttemptAfter(runner.clock(), attempts);
    await settleDelivery(runner.store.db, claimed.id, runner.runnerId, {
      status: retry === null ? 'given-up' : 'failed',
      attempts,
      nextAttemptAt: retry?.toISOString() ?? null,
      lastError: reasonOf(error),
    });
    return retry === null ? 'given-up' : 'failed';
  }
}

/** The mail server's or producer's reason, in one line, without any password from a URL. */
function reasonOf(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message
    .replace(/\/\/[^/@\s]*:[^/@\s]*@/g, '//***@')
    .replace(/\s+/g, ' ')
    .slice(0, 500);
}
