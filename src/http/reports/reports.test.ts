import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { DIALECTS } from '../../../test/store-fixture.js';
import { approveFinalFirstVersions } from '../../store/signoff-bulk.js';
import { auditTrail } from '../../store/audit.js';
import { reportCouncil } from '../../reports/testing/report-council.js';
import { addTestAccount, send, signIn, useCouncilServer, type Browser } from '../test-server.js';

const URL = '/api/v1/reports?level=cabinet&period=2017/18-Q2';
const codes = (body: string) =>
  (parse(body, { bom: true, columns: true }) as Record<string, string>[]).map((r) => r['Measure code']);

describe.each(DIALECTS)('report downloads on %s', (dialect) => {
  const server = useCouncilServer(dialect, {
    council: reportCouncil(),
    auth: { clock: () => new Date('2017-11-20T09:00:00Z') },
  });
  let councillor: Browser;
  let employee: Browser;
  let director: Browser;
  let partner: Browser;
  beforeAll(async () => {
    const store = server.database.store;
    await approveFinalFirstVersions(store.db, { approvedBy: 'officer@test', at: '2017-11-02T09:00:00.000Z' });
    await addTestAccount(store, {
      email: 'cllr@example.org',
      grants: [{ role: 'cabinet-member', orgUnitId: null }],
    });
    await addTestAccount(store, {
      email: 'sam@example.org',
      personId: 'P2',
      grants: [{ role: 'employee', orgUnitId: 'TEAM-SKILLS' }],
    });
    await addTestAccount(store, {
      email: 'director@example.org',
      personId: 'P1',
      grants: [{ role: 'director', orgUnitId: 'DIR-PLACE' }],
    });
    await addTestAccount(store, {
      email: 'partner@example.org',
      grants: [{ role: 'partner', orgUnitId: null }],
    });
    partner = await signIn(server.app, 'partner@example.org');
    councillor = await signIn(server.app, 'cllr@example.org');
    employee = await signIn(server.app, 'sam@example.org');
    director = await signIn(server.app, 'director@example.org');
  });

  const get = async (url: string, as?: Browser | null) => {
    const response = await server.app.inject({
      method: 'GET',
      url,
      headers: as === null ? {} : { cookie: (as ?? server.admin).cookie },
    });
    return response;
  };

  it('sends the Cabinet pack as a file, named for its level and period', async () => {
    const answer = await get(`${URL}&format=pdf`);
    expect(answer.statusCode).toBe(200);
    expect(answer.headers['content-type']).toBe('application/pdf');
    expect(answer.headers['content-disposition']).toBe('attachment; filename="cabinet-2017-18-Q2.pdf"');
    expect(answer.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const events = await auditTrail(server.database.store.db, { action: 'export', limit: 100 });
    expect(events.some((e) => e.objectType === 'report' && e.objectId === 'cabinet 2017/18-Q2')).toBe(true);
  });

  it('uses approved figures for the Cabinet unless provisional ones are asked for, and never for councillors', async () => {
    const row = (body: string) =>
      (parse(body, { bom: true, columns: true }) as Record<string, string>[]).find(
        (r) => r['Measure code'] === 'CP-ECO-02',
      )!;
    expect(row((await get(`${URL}&format=csv`)).body)['Figure']).toBe('');
    expect(row((await get(`${URL}&format=csv&provisional=true`)).body)['Figure']).toBe('4.8');
    expect(row((await get(`${URL}&format=csv&provisional=true`, councillor)).body)['Figure']).toBe('');
  });

  it('holds only what the reader may see', async () => {
    const team = '/api/v1/reports?level=team-manager&period=2017/18-Q2&format=csv&unit=TEAM-SKILLS';
    expect(codes((await get(team)).body)).toContain('BP-SK-01');
    expect(codes((await get(team, director)).body)).toContain('BP-SK-01');
    // Sam owns all four measures: their own page lists them, unpublished or not.
    const own = await get('/api/v1/reports?level=employee&period=2017/18-Q2&format=csv', employee);
    expect(own.statusCode).toBe(200);
    expect(codes(own.body)).toEqual(['BP-SK-01', 'CP-ECO-01', 'CP-ECO-02', 'NI-154']);
    // An employee sees their own team only: the directorate above it is out of their scope.
    const above = await get(
      '/api/v1/reports?level=directorate&period=2017/18-Q2&format=csv&unit=DIR-PLACE',
      employee,
    );
    expect(above.statusCode).toBe(404);
    // A partner sees published measures only, and no unit's plans.
    expect(codes((await get(`${URL}&format=csv`, partner)).body)).toEqual(['CP-ECO-01', 'CP-ECO-02']);
    expect((await get(team, partner)).statusCode).toBe(404);
    const someoneElse = await get(
      '/api/v1/reports?level=employee&period=2017/18-Q2&format=csv&person=P1',
      employee,
    );
    expect(someoneElse.statusCode).toBe(404);
  });

  it('sends the infographic as SVG, or as PNG at the width asked for', async () => {
    const svg = await get(`${URL}&infographic=true`);
    expect(svg.statusCode).toBe(200);
    expect(svg.headers['content-type']).toBe('image/svg+xml; charset=utf-8');
    expect(svg.body).toMatch(/^<svg [^>]*role="img"/);
    const png = await get(`${URL}&infographic=true&format=png&width=600`);
    expect(png.statusCode).toBe(200);
    expect(png.headers['content-type']).toBe('image/png');
    expect(png.headers['content-disposition']).toBe(
      'attachment; filename="cabinet-2017-18-Q2-infographic.png"',
    );
    expect(png.rawPayload.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    expect(png.rawPayload.readUInt32BE(16)).toBe(600);
  });

  it('names a picture format for a pack, a pack format for the infographic, and a wrong width', async () => {
    const message = async (query: string) => {
      const answer = await send(server.app, { method: 'GET', url: `${URL}&${query}` });
      expect(answer.status).toBe(400);
      return (answer.body.error as { message: string }).message;
    };
    expect(await message('format=png')).toMatch(
      /^format: png is for the one-page infographic; add infographic=true/,
    );
    expect(await message('infographic=true&format=csv')).toMatch(
      /^format: the infographic is a picture, not csv; give format=svg or format=png/,
    );
    expect(await message('infographic=true&width=600')).toMatch(/^width: only a PNG infographic has a width/);
    expect(await message('infographic=true&format=png&width=9000')).toMatch(
      /^width: must be from 200 to 4000 pixels/,
    );
    expect(await message('infographic=true&format=png&width=wide')).toMatch(
      /^width: must be a whole number of pixels/,
    );
  });

  it('refuses the public, and names a wrong level, format or period', async () => {
    expect((await get(`${URL}&format=csv`, null)).statusCode).toBe(401);
    const wrong = await send(server.app, {
      method: 'GET',
      url: '/api/v1/reports?level=cabinet&period=2017/18-Q2&format=pptx',
    });
    expect(wrong.status).toBe(400);
    expect((wrong.body.error as { message: string }).message).toMatch(
      /^format: must be one of pdf, docx, xlsx, csv, html, svg or png/,
    );
    const period = await send(server.app, {
      method: 'GET',
      url: '/api/v1/reports?level=cabinet&period=Q2&format=csv',
    });
    expect(period.status).toBe(400);
    expect((period.body.error as { message: string }).message).toMatch(/^period: /);
    const unit = await send(server.app, {
      method: 'GET',
      url: '/api/v1/reports?level=directorate&period=2017/18-Q2&format=csv',
    });
    expect(unit.status).toBe(400);
    expect((unit.body.error as { message: string }).message).toMatch(/^unit: the directorate report needs/);
  });
});
