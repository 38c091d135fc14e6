import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCliCaptured, whereIs } from '../../../test/cli-run.js';
import { startSmtpServer, type TestSmtpServer } from '../../../test/smtp-server.js';
import { createTestDatabase, DIALECTS, type TestDatabase } from '../../../test/store-fixture.js';
import { sendScheduleNow } from '../../app/schedules/index.js';
import { councilWithOwnerEmail } from '../../app/schedules/test-council.js';
import type { Output } from '../output.js';
import { startServeScheduler } from './serve-scheduler.js';

describe.each(DIALECTS)('golden-thread schedule on %s', (dialect) => {
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
  const cli = (args: string[], env: NodeJS.ProcessEnv = {}) => {
    const where = whereIs(t);
    return runCliCaptured([...args, ...where.args], { env: { ...where.env, ...env } });
  };
  const ADD = [
    'schedule',
    'add',
    '--name',
    'Cabinet pack',
    '--level',
    'cabinet',
    '--format',
    'csv',
    '--period',
    '2016/17-Q1',
  ];

  it('refuses a schedule with an invalid cron expression or address, saying why', async () => {
    const run = await cli([...ADD, '--cron', '0 8 * * 8', '--to', 'leader@example.org,not-an-address']);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/cron: "0 8 \* \* 8" is not a cron expression/);
    expect(run.stderr).toMatch(/recipients: "not-an-address" is not an email address/);
    expect((await cli(['schedule', 'list'])).stdout).toBe('No report schedules.\n');
  });

  it('adds, lists, runs and removes a schedule', async () => {
    const added = await cli([
      ...ADD,
      '--cron',
      '0 8 1 1,4,7,10 *',
      '--to',
      'leader@example.org',
      '--provisional',
    ]);
    expect(added.code).toBe(0);
    const id = added.stdout.trim();
    expect(id).toMatch(/^sch-[0-9a-f]{10}$/);
    const listed = await cli(['schedule', 'list']);
    expect(listed.stdout).toMatch(
      new RegExp(
        `${id}  Cabinet pack\\n  cabinet, csv, 2016/17-Q1; "0 8 1 1,4,7,10 \\*" Europe/London; sends provisional figures\\n  to leader@example.org`,
      ),
    );

    await sendScheduleNow(t.store, id, { by: 'test', at: new Date(Date.now() - 1000) });
    const noMail = await cli(['schedule', 'run-due']);
    expect(noMail.code).toBe(1);
    expect(noMail.stderr).toMatch(/No mail server: set GOLDEN_THREAD_SMTP_URL/);
    const ran = await cli(['schedule', 'run-due', '--no-reminders'], { GOLDEN_THREAD_SMTP_URL: smtp.url });
    expect(ran.stdout).toMatch(/sent: 1; failed \(to be retried\): 0/);
    expect(smtp.received.at(-1)!.attachments[0]!.fileName).toBe('cabinet-2016-17-Q1.csv');
    expect((await cli(['schedule', 'deliveries'])).stdout).toMatch(
      /report {2}Cabinet pack, 2016\/17-Q1 \(provisional\)\n {2}Sent; attempts 1/,
    );

    expect((await cli(['schedule', 'remove', id])).code).toBe(0);
    const again = await cli(['schedule', 'remove', id]);
    expect(again.stderr).toMatch(new RegExp(`there is no schedule with id "${id}"`));
  });

  it('runs beside the server when a mail server is set, and stops with it', async () => {
    const lines: string[] = [];
    const output: Output = {
      out: (x) => lines.push(x),
      info: (x) => lines.push(x),
      error: (x) => lines.push(x),
    };
    expect(startServeScheduler(output, t.store, null, true)).toBeNull();
    expect(lines.at(-1)).toMatch(/not sent: no mail server/);
    expect(startServeScheduler(output, t.store, { url: smtp.url, from: 'gt@example.org' }, false)).toBeNull();

    const added = await cli([...ADD, '--cron', '0 8 1 1 *', '--to', 'serve@example.org', '--provisional']);
    await sendScheduleNow(t.store, added.stdout.trim(), { by: 'test', at: new Date(Date.now() - 1000) });
    const scheduler = startServeScheduler(
      output,
      t.store,
      { url: smtp.url, from: 'gt@example.org' },
      true,
      50,
    )!;
    try {
      await expect
        .poll(() => lines.some((l) => /^Schedules: sent [1-9]\d*, failed 0/.test(l)), { timeout: 10_000 })
        .toBe(true);
    } finally {
      await scheduler.stop();
    }
    expect(smtp.received.filter((m) => m.to.includes('serve@example.org'))).toHaveLength(1);
    const printed = lines.length;
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(lines).toHaveLength(printed);
  });
});
