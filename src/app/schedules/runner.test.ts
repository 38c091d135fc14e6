import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startSmtpServer, type TestSmtpServer } from '../../../test/smtp-server.js';
import { createTestDatabase, DIALECTS, type TestDatabase } from '../../../test/store-fixture.js';
import { getDelivery, listDeliveries } from '../../store/deliveries.js';
import { getSchedule } from '../../store/schedules.js';
import { recordSignoff } from '../../store/signoff.js';
import { createSchedule, deleteSchedule, sendScheduleNow, type ScheduleInput } from './manage.js';
import { runRound } from './runner.js';
import { aClock, aRunner, councilWithOwnerEmail, type TestClock } from './test-council.js';

const NO_REMINDERS = { reminderCron: null };
const minutes = (clock: TestClock, n: number) => (clock.now = new Date(clock.now.getTime() + n * 60_000));

const CABINET: ScheduleInput = {
  name: 'Cabinet quarterly pack',
  level: 'cabinet',
  format: 'pdf',
  period: '2016/17-Q1',
  cron: '0 8 * * 1',
  recipients: ['leader@wolverhampton.example.org', 'chief.executive@wolverhampton.example.org'],
  whenUnapproved: 'provisional',
};

describe.each(DIALECTS)('scheduled reports by email on %s', (dialect) => {
  let t: TestDatabase;
  let smtp: TestSmtpServer;
  beforeAll(async () => {
    t = await createTestDatabase(dialect);
    await councilWithOwnerEmail(t);
    smtp = await startSmtpServer();
  });
  afterAll(async () => {
    await smtp.close();
    await t.drop();
  });
  afterEach(() => {
    smtp.refuse = null;
    smtp.received.length = 0;
  });

  it('sends a report when its schedule falls due, attaching the very report it kept', async () => {
    const clock = aClock('2026-11-25T10:00:00Z');
    const schedule = await createSchedule(t.store, CABINET, { by: 'officer@example.org', at: clock() });
    expect(schedule.nextRunAt).toBe('2026-11-30T08:00:00.000Z');
    const runner = aRunner(t.store, smtp, clock);
    expect((await runRound(runner, NO_REMINDERS)).planned).toBe(0);

    clock.now = new Date('2026-11-30T08:00:30Z');
    const round = await runRound(runner, NO_REMINDERS);
    expect(round.planned).toBe(1);
    expect(round.results.sent).toBe(1);

    expect(smtp.received).toHaveLength(1);
    const mail = smtp.received[0]!;
    expect(mail.to.sort()).toEqual([...CABINET.recipients].sort());
    expect(mail.from).toBe('reports@wolverhampton.example.org');
    expect(mail.subject).toMatch(/^Cabinet quarterly pack: .*\(provisional\)$/);
    expect(mail.text).toMatch(/PROVISIONAL: 1 figure is not yet approved/);
    expect(mail.attachments).toHaveLength(1);
    const attachment = mail.attachments[0]!;
    expect(attachment.fileName).toBe('cabinet-2016-17-Q1.pdf');
    expect(attachment.contentType).toMatch(/^application\/pdf/);
    expect(attachment.content.subarray(0, 5).toString('latin1')).toBe('%PDF-');

    const [delivery] = await listDeliveries(t.store.db, { scheduleId: schedule.id });
    expect(delivery).toMatchObject({ status: 'sent', attempts: 1, provisional: true, period: '2016/17-Q1' });
    const kept = await getDelivery(t.store.db, delivery!.id);
    expect(Buffer.compare(kept!.content!, attachment.content)).toBe(0);
    expect((await getSchedule(t.store.db, schedule.id))!.nextRunAt).toBe('2026-12-07T08:00:00.000Z');
  });

  it('holds a report back until its figures are approved when the schedule says wait', async () => {
    const clock = aClock('2026-12-01T09:00:00Z');
    const schedule = await createSchedule(
      t.store,
      { ...CABINET, name: 'Scrutiny pack', level: 'scrutiny', format: 'csv', whenUnapproved: 'wait' },
      { by: 'officer@example.org', at: clock() },
    );
    const runner = aRunner(t.store, smtp, clock);
    const asked = await sendScheduleNow(t.store, schedule.id, { by: 'officer@example.org', at: clock() });
    expect((await runRound(runner, NO_REMINDERS)).results.waiting).toBe(1);
    expect(smtp.received).toHaveLength(0);
    const waiting = (await getDelivery(t.store.db, asked.id))!;
    expect(waiting.status).toBe('waiting');
    expect(waiting.lastError).toMatch(/1 figure for .* not yet approved/);
    expect(waiting.content).toBeNull();

    await recordSignoff(t.store.db, {
      measureId: 'CP-ECO-01',
      period: '2016/17-Q1',
      areaCode: 'E08000031',
      version: 1,
      state: 'approved',
      by: 'officer@example.org',
      at: clock().toISOString(),
      reason: null,
    });
    minutes(clock, 30);
    expect((await runRound(runner, NO_REMINDERS)).results.sent).toBe(0);
    minutes(clock, 31);
    expect((await runRound(runner, NO_REMINDERS)).results.sent).toBe(1);
    expect(smtp.received).toHaveLength(1);
    expect(smtp.received[0]!.subject).not.toMatch(/provisional/);
    expect(smtp.received[0]!.text).toMatch(/All figures in this report are approved/);
    expect(smtp.received[0]!.attachments[0]!.fileName).toBe('scrutiny-2016-17-Q1.csv');
    expect((await getDelivery(t.store.db, asked.id))!).toMatchObject({ status: 'sent', provisional: false });
  });

  it('keeps the report when the mail server refuses it, and sends that same report on a later try', async () => {
    const clock = aClock('2026-12-02T09:00:00Z');
    const schedule = await createSchedule(
      t.store,
      { ...CABINET, format: 'html' },
      { by: 'o@example.org', at: clock() },
    );
    const runner = aRunner(t.store, smtp, clock);
    smtp.refuse = 'Mailbox full: try again later';
    const asked = await sendScheduleNow(t.store, schedule.id, { by: 'o@example.org', at: clock() });
    expect((await runRound(runner, NO_REMINDERS)).results.failed).toBe(1);

    const failed = (await getDelivery(t.store.db, asked.id))!;
    expect(failed.status).toBe('failed');
    expect(failed.attempts).toBe(1);
    expect(failed.lastError).toMatch(/Mailbox full: try again later/);
    expect(failed.nextAttemptAt).toBe('2026-12-02T09:05:00.000Z');
    expect(failed.fileName).toBe('cabinet-2016-17-Q1.html');
    expect(failed.content!.length).toBeGreaterThan(1000);
    expect(smtp.received).toHaveLength(0);

    smtp.refuse = null;
    minutes(clock, 4);
    expect((await runRound(runner, NO_REMINDERS)).results.sent).toBe(0);
    minutes(clock, 2);
    expect((await runRound(runner, NO_REMINDERS)).results.sent).toBe(1);
    expect(smtp.received).toHaveLength(1);
    expect(Buffer.compare(smtp.received[0]!.attachments[0]!.content, failed.content!)).toBe(0);
    expect((await getDelivery(t.store.db, asked.id))!).toMatchObject({
      status: 'sent',
      attempts: 2,
      lastError: null,
    });
  });

  it('gives up at once on a run whose schedule was removed before its report was made', async () => {
    const clock = aClock('2026-12-04T09:00:00Z');
    const schedule = await createSchedule(
      t.store,
      { ...CABINET, format: 'csv' },
      { by: 'o@example.org', at: clock() },
    );
    const asked = await sendScheduleNow(t.store, schedule.id, { by: 'o@example.org', at: clock() });
    await deleteSchedule(t.store, schedule.id, { by: 'o@example.org', at: clock() });
    expect((await runRound(aRunner(t.store, smtp, clock), NO_REMINDERS)).results['given-up']).toBe(1);
    expect(await getDelivery(t.store.db, asked.id)).toMatchObject({
      status: 'given-up',
      nextAttemptAt: null,
      lastError: expect.stringMatching(/schedule was removed/),
    });
    expect(smtp.received).toHaveLength(0);
  });

  it('records a mail server that cannot be reached as a failure with the reason', async () => {
    const clock = aClock('2026-12-03T09:00:00Z');
    const schedule = await createSchedule(
      t.store,
      { ...CABINET, format: 'csv' },
      { by: 'o@example.org', at: clock() },
    );
    const asked = await sendScheduleNow(t.store, schedule.id, { by: 'o@example.org', at: clock() });
    const nowhere = aRunner(t.store, 'smtp://127.0.0.1:1', clock);
    expect((await runRound(nowhere, NO_REMINDERS)).results.failed).toBe(1);
    const failed = (await getDelivery(t.store.db, asked.id))!;
    expect(failed.lastError).toMatch(/ECONNREFUSED/);
    expect(failed.content).not.toBeNull();
  });
});
