import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSmtpServer, type TestSmtpServer } from '../../../test/smtp-server.js';
import { DIALECTS } from '../../../test/store-fixture.js';
import { runRound } from '../../app/schedules/runner.js';
import { aClock, aRunner } from '../../app/schedules/test-council.js';
import { auditTrail } from '../../store/audit.js';
import { send, useCouncilServer, type JsonAnswer } from '../test-server.js';

const messageOf = (answer: JsonAnswer) => (answer.body.error as { message: string }).message;

const PACK = {
  name: 'Cabinet quarterly pack',
  level: 'cabinet',
  format: 'csv',
  period: '2016/17-Q1',
  cron: '0 8 1 1,4,7,10 *',
  recipients: ['leader@wolverhampton.example.org'],
  whenUnapproved: 'provisional',
};

describe.each(DIALECTS)('report schedules over HTTP on %s', (dialect) => {
  const server = useCouncilServer(dialect);
  let smtp: TestSmtpServer;
  beforeAll(async () => (smtp = await startSmtpServer()));
  afterAll(() => smtp.close());
  const ask = (method: 'GET' | 'PUT' | 'POST' | 'DELETE', url: string, payload?: object) =>
    send(server.app, { method, url, ...(payload ? { payload } : {}) });

  it('refuses a schedule with an invalid cron expression or address, giving every reason and keeping nothing', async () => {
    const answer = await ask('POST', '/api/v1/schedules', {
      ...PACK,
      cron: '0 25 * * *',
      recipients: ['leader at council'],
    });
    expect(answer.status).toBe(400);
    expect(messageOf(answer)).toMatch(
      /cron: "0 25 \* \* \*" is not a cron expression \(Invalid value for hour: 25\)/,
    );
    expect(messageOf(answer)).toMatch(/recipients: "leader at council" is not an email address/);
    expect((await ask('GET', '/api/v1/schedules')).body).toEqual({ schedules: [] });
  });

  it('refuses a setting it does not know, naming the ones it does', async () => {
    const answer = await ask('POST', '/api/v1/schedules', { ...PACK, emails: ['x@example.org'] });
    expect(answer.status).toBe(400);
    expect(messageOf(answer)).toMatch(/is not a setting; expected name, level/);
  });

  it('keeps a schedule, changes it, sends it now, shows the delivery and its report, and stops it', async () => {
    const created = await ask('POST', '/api/v1/schedules', PACK);
    expect(created.status).toBe(201);
    const id = String(created.body.id);
    expect(created.body).toMatchObject({
      ...PACK,
      timeZone: 'Europe/London',
      active: true,
      createdBy: 'admin@example.org',
    });
    expect(created.body.nextRunAt).toMatch(/^20\d\d-(01|04|07|10)-01T0[78]:00:00.000Z$/);

    const changed = await ask('PUT', `/api/v1/schedules/${id}`, { ...PACK, format: 'html', active: false });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ format: 'html', active: false, nextRunAt: null });
    expect((await ask('GET', `/api/v1/schedules/${id}`)).body).toMatchObject({ format: 'html' });

    const asked = await ask('POST', `/api/v1/schedules/${id}/send-now`);
    expect(asked.status).toBe(202);
    expect(asked.body).toMatchObject({
      status: 'due',
      statusWords: 'Due to be sent',
      fileName: null,
      requestedBy: 'admin@example.org',
    });
    const noFile = await ask('GET', `/api/v1/deliveries/${String(asked.body.id)}/file`);
    expect(noFile.status).toBe(404);
    expect(messageOf(noFile)).toMatch(/has no report kept yet/);

    const round = await runRound(
      aRunner(server.database.store, smtp, aClock(new Date(Date.now() + 1000).toISOString())),
      {
        reminderCron: null,
      },
    );
    expect(round.results.sent).toBe(1);
    const listed = await ask('GET', `/api/v1/deliveries?schedule=${id}`);
    const [delivery] = listed.body.deliveries as {
      id: number;
      status: string;
      fileName: string;
      size: number;
    }[];
    expect(delivery).toMatchObject({ status: 'sent', fileName: 'cabinet-2016-17-Q1.html' });
    const file = await server.app.inject({
      method: 'GET',
      url: `/api/v1/deliveries/${delivery!.id}/file`,
      headers: { cookie: server.admin.cookie },
    });
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-disposition']).toBe('attachment; filename="cabinet-2016-17-Q1.html"');
    expect(file.rawPayload.length).toBe(delivery!.size);
    expect(Buffer.compare(file.rawPayload, smtp.received.at(-1)!.attachments[0]!.content)).toBe(0);

    expect((await ask('DELETE', `/api/v1/schedules/${id}`)).status).toBe(204);
    expect((await ask('GET', `/api/v1/schedules/${id}`)).status).toBe(404);
    expect((await ask('GET', `/api/v1/deliveries?schedule=${id}`)).body.deliveries).toHaveLength(1);

    const trail = await auditTrail(server.database.store.db, { limit: 1000 });
    const ofThis = trail.filter((e) => e.objectType === 'schedule' && e.objectId === id);
    expect(ofThis.map((e) => e.action)).toEqual(['schedule-created', 'schedule-changed', 'schedule-deleted']);
    expect(ofThis[1]).toMatchObject({ before: { format: 'csv' }, after: { format: 'html' } });
    expect(ofThis[2]).toMatchObject({ actor: 'admin@example.org', after: null });
  });

  it('refuses an unknown delivery status in the list, naming the ones there are', async () => {
    const answer = await ask('GET', '/api/v1/deliveries?status=lost');
    expect(answer.status).toBe(400);
    expect(messageOf(answer)).toMatch(/status: must be one of waiting, due, failed, sent or given-up/);
  });
});
