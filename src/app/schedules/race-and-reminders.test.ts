import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startSmtpServer, type TestSmtpServer } from '../../../test/smtp-server.js';
import { createTestDatabase, DIALECTS, type TestDatabase } from '../../../test/store-fixture.js';
import { openStore, type Store } from '../../store/connect.js';
import { listDeliveries } from '../../store/deliveries.js';
import { createSchedule, sendScheduleNow, type ScheduleInput } from './manage.js';
import { runRound } from './runner.js';
import { startScheduler } from './scheduler.js';
import { aClock, aRunner, councilWithOwnerEmail, OWNER_EMAIL } from './test-council.js';

const NO_REMINDERS = { reminderCron: null };
const WEEKLY: ScheduleInput = {
  name: 'Place directorate overview',
  level: 'directorate',
  orgUnitId: 'DIR-PLACE',
  format: 'csv',
  period: 'last-complete-quarter',
  cron: '0 7 * * 2',
  recipients: ['place.director@wolverhampton.example.org'],
  whenUnapproved: 'provisional',
};

describe.each(DIALECTS)('runners side by side, and reminders, on %s', (dialect) => {
  let t: TestDatabase;
  let other: Store;
  let smtp: TestSmtpServer;
  beforeAll(async () => {
    t = await createTestDatabase(dialect);
    await councilWithOwnerEmail(t);
    other = await openStore(t.options);
    smtp = await startSmtpServer();
  });
  afterAll(async () => {
    await smtp.close();
    await other.close();
    await t.drop();
  });
  afterEach(() => {
    smtp.received.length = 0;
  });

  it('sends a run that two runners see fall due at the same moment exactly once', async () => {
    const clock = aClock('2026-11-25T10:00:00Z');
    const schedule = await createSchedule(t.store, WEEKLY, { by: 'o@example.org', at: clock() });
    clock.now = new Date('2026-12-01T07:00:05Z');
    const [a, b] = await Promise.all([
      runRound(aRunner(t.store, smtp, clock, 'runner-a'), NO_REMINDERS),
      runRound(aRunner(other, smtp, clock, 'runner-b'), NO_REMINDERS),
    ]);
    expect(a.planned + b.planned).toBe(1);
    expect(a.results.sent + b.results.sent).toBe(1);
    expect(smtp.received).toHaveLength(1);
    expect(smtp.received[0]!.attachments[0]!.fileName).toBe('directorate-2026-27-Q2.csv');
    expect(await listDeliveries(t.store.db, { scheduleId: schedule.id })).toHaveLength(1);
  });

  it('lets only one of several racing runners send each of several deliveries', async () => {
    const clock = aClock('2026-12-02T10:00:00Z');
    const schedule = await createSchedule(t.store, WEEKLY, { by: 'o@example.org', at: clock() });
    for (let i = 0; i < 4; i += 1) {
      await sendScheduleNow(t.store, schedule.id, {
        by: 'o@example.org',
        at: new Date(clock().getTime() + i),
      });
    }
    clock.now = new Date('2026-12-02T10:01:00Z');
    const rounds = await Promise.all(
      [t.store, other, t.store, other].map((store, i) =>
        runRound(aRunner(store, smtp, clock, `runner-${i}`), NO_REMINDERS),
      ),
    );
    expect(rounds.reduce((sum, r) => sum + r.results.sent, 0)).toBe(4);
    expect(smtp.received).toHaveLength(4);
    const sent = await listDeliveries(t.store.db, { scheduleId: schedule.id });
    expect(sent.map((d) => [d.status, d.attempts])).toEqual(Array(4).fill(['sent', 1]));
  });

  it('reminds each data owner once about each figure due or late, in one email', async () => {
    const clock = aClock('2026-11-30T08:00:10Z');
    const reminders = { reminderCron: '0 8 * * 1-5' };
    const first = await runRound(aRunner(t.store, smtp, clock), reminders);
    expect(first.reminders).toBe(1);
    expect(smtp.received).toHaveLength(1);
    const mail = smtp.received[0]!;
    expect(mail.to).toEqual([OWNER_EMAIL]);
    expect(mail.subject).toBe('Golden Thread: 4 figures to enter (4 late)');
    expect(mail.text).toMatch(/Dear Alex Morgan/);
    expect(mail.text).toMatch(
      /LATE: CP-ECO-01 Working-age adults in employment, .*was due on 14 November 2026/,
    );
    expect(mail.attachments).toEqual([]);

    // Later the same morning, and the next morning: nothing new is due, so no one is chased again.
    clock.now = new Date('2026-11-30T09:00:00Z');
    expect((await runRound(aRunner(t.store, smtp, clock), reminders)).reminders).toBe(0);
    clock.now = new Date('2026-12-01T08:00:10Z');
    const [a, b] = await Promise.all([
      runRound(aRunner(t.store, smtp, clock, 'runner-a'), reminders),
      runRound(aRunner(other, smtp, clock, 'runner-b'), reminders),
    ]);
    expect(a.reminders + b.reminders).toBe(0);
    expect(smtp.received).toHaveLength(1);

    // A new quarter falls due: its figure alone is in the next reminder.
    clock.now = new Date('2027-02-01T08:00:10Z');
    expect((await runRound(aRunner(t.store, smtp, clock), reminders)).reminders).toBe(1);
    // The weekly reports set up above fall due by then too; the owner's mail is what counts here.
    const toOwner = smtp.received.filter((m) => m.to.includes(OWNER_EMAIL));
    expect(toOwner).toHaveLength(2);
    expect(toOwner[1]!.subject).toBe('Golden Thread: 1 figure to enter');
    expect(toOwner[1]!.text).not.toMatch(/LATE/);
    expect(toOwner[1]!.text).toMatch(
      /DUE: CP-ECO-01 Working-age adults in employment, Q3 2026\/27: due by 14 February 2027/,
    );
  });

  it('runs rounds until it is stopped, and stopping waits for the round in progress', async () => {
    const clock = aClock('2026-12-03T10:00:00Z');
    const schedule = await createSchedule(t.store, WEEKLY, { by: 'o@example.org', at: clock() });
    await sendScheduleNow(t.store, schedule.id, { by: 'o@example.org', at: clock() });
    let rounds = 0;
    let firstRound!: () => void;
    const done = new Promise<void>((resolve) => (firstRound = resolve));
    const scheduler = startScheduler(aRunner(t.store, smtp, clock), {
      ...NO_REMINDERS,
      intervalMs: 20,
      onRound: () => {
        rounds += 1;
        if (rounds === 2) firstRound();
      },
    });
    await done;
    await scheduler.stop();
    const stoppedAt = rounds;
    expect(smtp.received).toHaveLength(1);
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(rounds).toBe(stoppedAt);
  });
});
