import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, DIALECTS, type TestDatabase } from '../../test/store-fixture.js';
import type { ScheduleDraft } from '../domain/schedules/index.js';
import { openStore, type Store } from './connect.js';
import {
  addDelivery,
  addReminder,
  claimNextDelivery,
  getDelivery,
  listDeliveries,
  settleDelivery,
} from './deliveries.js';
import {
  advanceSchedule,
  claimTurn,
  getSchedule,
  insertSchedule,
  listSchedules,
  removeSchedule,
  schedulesDue,
  updateSchedule,
} from './schedules.js';

const DRAFT: ScheduleDraft = {
  name: 'Cabinet quarterly pack',
  level: 'cabinet',
  format: 'pdf',
  period: 'last-complete-quarter',
  orgUnitId: null,
  personId: null,
  cron: '0 8 1 1,4,7,10 *',
  timeZone: 'Europe/London',
  recipients: ['leader@example.gov.uk'],
  whenUnapproved: 'wait',
  active: true,
};
const STAMP = { by: 'officer@example.gov.uk', at: '2026-11-25T10:00:00.000Z' };
const run = (scheduledFor: string, scheduleId: string | null = 'S1') => ({
  kind: 'report' as const,
  scheduleId,
  title: 'Cabinet quarterly pack',
  period: null,
  recipients: ['leader@example.gov.uk'],
  scheduledFor,
  requestedBy: null,
  createdAt: scheduledFor,
});

describe.each(DIALECTS)('schedules and deliveries on %s', (dialect) => {
  let t: TestDatabase;
  let other: Store;
  beforeAll(async () => {
    t = await createTestDatabase(dialect);
    other = await openStore(t.options);
  });
  afterAll(async () => {
    await other.close();
    await t.drop();
  });

  it('keeps a schedule, changes it, and stops it while its deliveries stay on record', async () => {
    const db = t.store.db;
    const saved = await insertSchedule(db, 'S1', DRAFT, '2027-01-01T08:00:00.000Z', STAMP);
    expect(saved).toMatchObject({
      ...DRAFT,
      id: 'S1',
      nextRunAt: '2027-01-01T08:00:00.000Z',
      createdBy: STAMP.by,
    });
    expect(await getSchedule(db, 'S1')).toEqual(saved);
    const changed = await updateSchedule(db, 'S1', { ...DRAFT, format: 'docx', active: false }, null, STAMP);
    expect(changed).toMatchObject({ format: 'docx', active: false, nextRunAt: null });
    await addDelivery(db, run('2026-11-25T10:00:00.000Z'));
    expect(await removeSchedule(db, 'S1', STAMP)).toBe(true);
    expect(await removeSchedule(db, 'S1', STAMP)).toBe(false);
    expect(await getSchedule(db, 'S1')).toBeNull();
    expect(await listSchedules(db)).toEqual([]);
    expect(await updateSchedule(db, 'S1', DRAFT, null, STAMP)).toBeNull();
    expect(await listDeliveries(db, { scheduleId: 'S1' })).toHaveLength(1);
  });

  it('records each scheduled run once, and moves the schedule on for one runner only', async () => {
    await insertSchedule(t.store.db, 'S2', DRAFT, '2027-01-01T08:00:00.000Z', STAMP);
    expect((await schedulesDue(t.store.db, '2027-01-01T08:00:00.000Z')).map((s) => s.id)).toEqual(['S2']);
    expect(await schedulesDue(t.store.db, '2026-12-31T23:59:59.999Z')).toEqual([]);
    const first = await addDelivery(t.store.db, run('2027-01-01T08:00:00.000Z', 'S2'));
    expect(first).not.toBeNull();
    expect(await addDelivery(other.db, run('2027-01-01T08:00:00.000Z', 'S2'))).toBeNull();
    const moved = await Promise.all([
      advanceSchedule(t.store.db, 'S2', '2027-01-01T08:00:00.000Z', '2027-04-01T07:00:00.000Z'),
      advanceSchedule(other.db, 'S2', '2027-01-01T08:00:00.000Z', '2027-04-01T07:00:00.000Z'),
    ]);
    expect(moved.filter(Boolean)).toHaveLength(1);
  });

  it('gives a delivery to one of two runners claiming at once, and to another once the lease ends', async () => {
    const now = '2030-01-01T00:00:00.000Z';
    // Everything earlier is settled first, so that only this delivery is ready.
    for (;;) {
      const stale = await claimNextDelivery(t.store.db, 'cleaner', now, '2030-01-01T00:00:01.000Z');
      if (!stale) break;
      await settleDelivery(t.store.db, stale.id, 'cleaner', {
        status: 'sent',
        attempts: 1,
        nextAttemptAt: null,
        lastError: null,
      });
    }
    const id = (await addDelivery(t.store.db, run('2030-01-01T00:00:00.000Z', 'S3')))!;
    const lease = '2030-01-01T00:10:00.000Z';
    const claims = await Promise.all([
      claimNextDelivery(t.store.db, 'runner-a', now, lease),
      claimNextDelivery(other.db, 'runner-b', now, lease),
    ]);
    const winners = claims.filter((c) => c !== null);
    expect(winners.map((c) => c.id)).toEqual([id]);
    expect(await claimNextDelivery(other.db, 'runner-c', '2030-01-01T00:05:00.000Z', lease)).toBeNull();
    const taken = await claimNextDelivery(
      other.db,
      'runner-c',
      '2030-01-01T00:10:00.001Z',
      '2030-01-01T00:20:00.000Z',
    );
    expect(taken?.id).toBe(id);

    // The runner whose lease ended can no longer settle it; the one holding it can.
    const expired = claims[0] ? 'runner-a' : 'runner-b';
    await settleDelivery(t.store.db, id, expired, {
      status: 'sent',
      attempts: 1,
      nextAttemptAt: null,
      lastError: null,
    });
    expect((await getDelivery(t.store.db, id))!.status).toBe('due');
    await settleDelivery(t.store.db, id, 'runner-c', {
      status: 'failed',
      attempts: 1,
      nextAttemptAt: '2030-01-01T00:15:00.000Z',
      lastError: '550 Mailbox full',
    });
    expect(await getDelivery(t.store.db, id)).toMatchObject({
      status: 'failed',
      lastError: '550 Mailbox full',
      attempts: 1,
    });
  });

  it('takes a recurring turn once per time, whichever runner asks first', async () => {
    const both = await Promise.all([
      claimTurn(t.store.db, 'test.turn', '2026-11-30T08:00:00.000Z', '2026-12-01T08:00:00.000Z'),
      claimTurn(other.db, 'test.turn', '2026-11-30T08:00:00.000Z', '2026-12-01T08:00:00.000Z'),
    ]);
    expect(both.filter(Boolean)).toHaveLength(1);
    expect(
      await claimTurn(t.store.db, 'test.turn', '2026-11-30T12:00:00.000Z', '2026-12-01T08:00:00.000Z'),
    ).toBe(false);
    expect(
      await claimTurn(other.db, 'test.turn', '2026-12-01T08:00:01.000Z', '2026-12-02T08:00:00.000Z'),
    ).toBe(true);
  });

  it('refuses a second reminder about the same figure for the same owner, adding nothing', async () => {
    const reminder = {
      ...run('2026-11-30T08:00:00.000Z', null),
      kind: 'reminder' as const,
      subject: 'S',
      body: 'B',
    };
    const figures = [{ measureId: 'M1', period: '2026/27-Q2' }];
    expect(await addReminder(t.store.db, reminder, 'P1', figures)).not.toBeNull();
    const before = (await listDeliveries(t.store.db, { kind: 'reminder' })).length;
    expect(await addReminder(other.db, reminder, 'P1', figures)).toBeNull();
    expect(await listDeliveries(t.store.db, { kind: 'reminder' })).toHaveLength(before);
    expect(await addReminder(other.db, reminder, 'P2', figures)).not.toBeNull();
  });
});
