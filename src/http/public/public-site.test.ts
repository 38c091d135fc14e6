import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../test/store-fixture.js';
import { writeCouncilBundle } from '../../store/bundle.js';
import { buildServer } from '../server.js';
import { TEST_CHANGE } from '../../../test/factories.js';
import { DIALECTS } from '../../../test/store-fixture.js';
import { send, useCouncilServer } from '../test-server.js';
import { recordValue } from '../../store/values.js';
import { approveFirstVersions } from '../../store/signoff-bulk.js';
import { aValue } from '../../../test/factories.js';
import { aPublicCouncil, signOffPublicCouncil } from './public-council.js';
import { auditTrail } from '../../store/audit.js';

const council = aPublicCouncil();

describe.each(DIALECTS)('the public site on %s', (dialect) => {
  const server = useCouncilServer(dialect, { council, publicSite: { rateLimitPerMinute: 1000 } });
  const get = (url: string, headers: Record<string, string> = {}) =>
    server.app.inject({ method: 'GET', url, headers });
  beforeAll(async () => {
    await signOffPublicCouncil(server.database.store, council);
  });

  it('serves a home page with the council’s name, a skip link and the priorities counted by status', async () => {
    const page = await get('/');
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toMatch(/text\/html/);
    expect(page.body).toMatch(/^<!DOCTYPE html><html lang="en-GB"/);
    expect(page.body).toContain('<title>Performance and open data – City of Wolverhampton Council</title>');
    expect(page.body).toContain('href="#main-content"');
    expect(page.body).toMatch(/A stronger economy<\/a><\/th>/);
    expect(page.body).not.toMatch(/govuk-header__logo|crown/i);
  });

  it('shows a published measure with its approved figures, target, England and similar councils', async () => {
    const page = await get('/measures/CP-ECO-01');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<h1 class="govuk-heading-xl">Working-age adults in employment</h1>');
    expect(page.body).toContain('65.1%');
    expect(page.body).toContain('70.2%');
    expect(page.body).toContain('61.3%');
    expect(page.body).toContain('Next update due');
    expect(page.body).not.toContain('73.9');
  });

  it('withholds small numbers as * on the page, in CSV and in JSON alike', async () => {
    const page = await get('/measures/PUB-WARD');
    expect(page.body).toMatch(
      /Bilston East<\/a><\/th><td[^>]*>[^<]*<\/td><td class="govuk-table__cell govuk-table__cell--numeric"><span>\*/,
    );
    // Bilston North is withheld beside it, or 120 less Blakenhall's 69 and Bilston North's 48 would give it away.
    expect(page.body).not.toContain('>48<');
    expect(page.body).toContain('>69<');
    const csv = await get('/data/measures/PUB-WARD.csv');
    expect(csv.body).toContain('PUB-WARD,2016/17-Q2,Q2 2016/17,E05001321,Bilston East,*,*,*,false,true\r\n');
    expect(csv.body).toContain(',E05001322,Bilston North,*,*,*,false,true\r\n');
    expect(csv.body).toContain(',E05001323,Blakenhall,69,,,false,false\r\n');
    const wardPage = await get('/wards/E05001322');
    expect(wardPage.body).not.toContain('>48<');
    const json = (await get('/api/public/v1/measures/PUB-WARD/figures')).json();
    const row = json.rows.find((r: { area_code: string }) => r.area_code === 'E05001321');
    expect(row).toMatchObject({
      value: null,
      suppressed: true,
      withheld: ['value', 'numerator', 'denominator'],
    });
    const pct = await get('/data/measures/PUB-PCT.csv');
    expect(pct.body).not.toContain('91919');
  });

  it('gives every table as RFC 4180 CSV with CSVW metadata describing its columns and units', async () => {
    const csv = await get('/data/measures.csv');
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8; header=present');
    expect(csv.body.split('\r\n')[0]).toBe(
      'code,title,category,unit,decimals,polarity,frequency,by_ward,national_reference,definition,numerator,denominator,source,calculation,caveats,latest_period',
    );
    expect(csv.body).toContain(
      '"Survey estimate; confidence intervals are wide at ward level"'.replace(/"/g, ''),
    );
    const meta = (await get('/data/measures/CP-ECO-01.csv-metadata.json')).json();
    expect(meta['@context'][0]).toBe('http://www.w3.org/ns/csvw');
    expect(meta.url).toBe('CP-ECO-01.csv');
    const value = meta.tableSchema.columns.find((c: { name: string }) => c.name === 'value');
    expect(value).toMatchObject({ datatype: 'decimal', 'schema:unitText': 'percentage', null: ['', '*'] });
  });

  it('answers the public API with an ETag, and 304 when the ETag is sent back', async () => {
    const first = await get('/api/public/v1/measures/CP-ECO-01');
    expect(first.statusCode).toBe(200);
    expect(first.headers['cache-control']).toMatch(/public, max-age=\d+/);
    const etag = String(first.headers.etag);
    expect(etag).toMatch(/^".+"$/);
    const again = await get('/api/public/v1/measures/CP-ECO-01', { 'if-none-match': etag });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
    expect(first.json().trend.map((t: { value: number }) => t.value)).toEqual([64.5, 65.1]);
  });

  it('answers unknown and unpublished codes with a 404 page or a 404 error, never a 500', async () => {
    for (const code of ['HID-UNPUB', 'HID-HR', 'RET-01', 'NO-SUCH', '%3Cscript%3E', 'x'.repeat(300)]) {
      const page = await get(`/measures/${code}`);
      expect(page.statusCode).toBe(404);
      expect(page.body).toContain('Page not found');
      const api = await get(`/api/public/v1/measures/${code}`);
      expect([400, 404]).toContain(api.statusCode);
      expect(Object.keys(api.json())).toEqual(['error']);
      expect((await get(`/data/measures/${code}.csv`)).statusCode).toBe(404);
    }
    expect((await get('/wards/E05999999')).statusCode).toBe(404);
    expect((await get('/no/such/page')).statusCode).toBe(404);
    expect((await get('/api/public/v1/wards/E05999999')).statusCode).toBe(404);
    expect((await get('/data/../../etc/passwd.csv')).statusCode).toBe(404);
  });

  it('searches published measures and wards only', async () => {
    const page = await get('/search?q=employment');
    expect(page.body).toContain('Working-age adults in employment');
    expect((await get('/search?q=secret')).body).toContain('No results for “secret”');
    expect((await get(`/search?q=${'a'.repeat(5000)}`)).statusCode).toBe(200);
    expect((await get('/search?q=a&q=b')).statusCode).toBe(200);
  });

  it('lets an administrator set a measure’s small-number rule, which the public site then applies', async () => {
    expect(
      (
        await send(server.app, {
          method: 'PUT',
          url: '/api/v1/publication/rules/CP-ECO-01',
          payload: { suppressBelow: 1 },
        })
      ).status,
    ).toBe(400);
    expect(
      (
        await send(server.app, {
          method: 'PUT',
          url: '/api/v1/publication/rules/NO-SUCH',
          payload: { suppressBelow: 5 },
        })
      ).status,
    ).toBe(404);
    expect(
      (
        await send(server.app, {
          method: 'PUT',
          url: '/api/v1/publication/rules/CP-ECO-01',
          payload: { suppressBelow: 5 },
          as: null,
        })
      ).status,
    ).toBe(401);
    const set = await send(server.app, {
      method: 'PUT',
      url: '/api/v1/publication/rules/PUB-WARD',
      payload: { suppressBelow: 50 },
    });
    expect(set.body).toEqual({ measure: 'PUB-WARD', suppressBelow: 50 });
    await new Promise((r) => setTimeout(r, 2100)); // the version is checked at most every 2 s
    const csv = await get('/data/measures/PUB-WARD.csv');
    expect(csv.body).toContain(',E05001322,Bilston North,*,*,*,false,true\r\n');
    await send(server.app, {
      method: 'PUT',
      url: '/api/v1/publication/rules/PUB-WARD',
      payload: { suppressBelow: 5 },
    });
    const changes = await auditTrail(server.database.store.db, {
      action: 'publication-rule-changed',
      limit: 10,
    });
    expect(changes.filter((e) => e.objectId === 'PUB-WARD').map((e) => [e.before, e.after])).toEqual([
      [{ suppressBelow: 5 }, { suppressBelow: 50 }],
      [{ suppressBelow: 50 }, { suppressBelow: 5 }],
    ]);
  });

  it('shows a newly approved figure as soon as it is approved, and not before', async () => {
    const store = server.database.store;
    const figure = aValue({ period: '2016/17-Q4', value: 67.7, numerator: 677 });
    await recordValue(store.db, figure, {
      by: 'test',
      at: '2026-01-03T00:00:00.000Z',
      reason: 'new quarter',
    });
    await new Promise((r) => setTimeout(r, 2100)); // the version is checked at most every 2 s
    expect((await get('/measures/CP-ECO-01')).body).not.toContain('67.7%');
    await approveFirstVersions(store.db, [{ ...figure, version: 1 }], {
      checkedBy: () => 'a',
      approvedBy: 'b',
      at: '2026-01-03T00:00:00.000Z',
    });
    await new Promise((r) => setTimeout(r, 2100));
    expect((await get('/measures/CP-ECO-01')).body).toContain('67.7%');
  });
});

describe('the public site’s configuration', () => {
  let app: FastifyInstance;
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase('sqlite');
    await writeCouncilBundle(database.store.db, council, TEST_CHANGE);
    app = await buildServer({
      store: database.store,
      publicSite: { basePath: '/data-site', serve: 'public', rateLimitPerMinute: 3 },
    });
  });
  afterAll(async () => {
    await app?.close();
    await database?.drop();
  });

  it('lives under its base path, and serves no staff API when it serves only the public site', async () => {
    const home = await app.inject({ method: 'GET', url: '/data-site/' });
    expect(home.statusCode).toBe(200);
    expect(home.body).toContain('href="/data-site/measures"');
    expect((await app.inject({ method: 'GET', url: '/data-site/measures/CP-ECO-01' })).statusCode).toBe(200);
    expect((await app.inject({ method: 'GET', url: '/api/v1/measures' })).statusCode).toBe(404);
    expect((await app.inject({ method: 'POST', url: '/api/v1/session', payload: {} })).statusCode).toBe(404);
  });

  it('limits the rate of downloads and API requests per address', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++)
      statuses.push((await app.inject({ method: 'GET', url: '/api/public/v1/wards' })).statusCode);
    expect(statuses.slice(0, 3)).toEqual([200, 200, 200]);
    expect(statuses.at(-1)).toBe(429);
    const refused = await app.inject({ method: 'GET', url: '/data-site/data/measures.csv' });
    expect(refused.statusCode).toBe(429);
    expect(refused.json().error.code).toBe('throttled');
  });
});
