import { describe, expect, it } from 'vitest';
import { aSmallCouncil, aValue } from '../../../test/factories.js';
import { DIALECTS } from '../../../test/store-fixture.js';
import { CANONICAL_FORMS } from '../../domain/period.js';
import { getJson, useCouncilServer } from '../test-server.js';

/** The small council (Q1 and Q2 2016/17 for Wolverhampton) with a ward figure and an annual one. */
function aCouncilWithWardFigures() {
  const council = aSmallCouncil();
  council.values.push(
    aValue({ areaCode: 'E05001321', period: '2016/17-Q1', value: 58.2, numerator: 582 }),
    aValue({ period: '2016/17', value: 64.8, numerator: 2592, denominator: 4000 }),
  );
  return council;
}

type Figure = { areaCode: string; period: string; value: number };
const keys = (body: Record<string, unknown>) =>
  (body.values as Figure[]).map((v) => `${v.areaCode} ${v.period}`);

describe.each(DIALECTS)('value routes on %s', (dialect) => {
  const server = useCouncilServer(dialect, { council: aCouncilWithWardFigures() });
  const get = (url: string) => getJson(server.app, url);

  it("lists a measure's current figures by area, then period in time, with who recorded them", async () => {
    const { status, body } = await get('/api/v1/values?measure=CP-ECO-01');
    expect(status).toBe(200);
    expect(keys(body)).toEqual([
      'E05001321 2016/17-Q1',
      'E08000031 2016/17-Q1',
      'E08000031 2016/17',
      'E08000031 2016/17-Q2',
    ]);
    expect((body.values as unknown[])[1]).toEqual({
      ...aValue(),
      version: 1,
      by: 'test',
      at: '2026-01-01T00:00:00.000Z',
      reason: 'test fixture',
    });
    expect(body.next).toBeNull();
  });

  it('filters by area and by a range of periods of any kind', async () => {
    expect(keys((await get('/api/v1/values?measure=CP-ECO-01&area=E05001321')).body)).toEqual([
      'E05001321 2016/17-Q1',
    ]);
    expect(keys((await get('/api/v1/values?measure=CP-ECO-01&area=E08000031&from=2016/17-Q2')).body)).toEqual(
      ['E08000031 2016/17-Q2'],
    );
    expect(keys((await get('/api/v1/values?measure=CP-ECO-01&area=E08000031&to=2016-06')).body)).toEqual([
      'E08000031 2016/17-Q1',
    ]);
    expect(
      keys((await get('/api/v1/values?measure=CP-ECO-01&area=E08000031&from=2016/17&to=2016/17')).body),
    ).toEqual(['E08000031 2016/17-Q1', 'E08000031 2016/17', 'E08000031 2016/17-Q2']);
  });

  it('pages through the figures with a next link until the last page', async () => {
    const seen: string[] = [];
    let url: string | null = '/api/v1/values?measure=CP-ECO-01&limit=3';
    let pages = 0;
    while (url !== null) {
      const { status, body } = await get(url);
      expect(status).toBe(200);
      seen.push(...keys(body));
      url = body.next as string | null;
      pages += 1;
    }
    expect(pages).toBe(2);
    expect(seen).toEqual(keys((await get('/api/v1/values?measure=CP-ECO-01')).body));
  });

  it.each([
    ['', 'measure: is required, e.g. CP-ECO-01'],
    [
      'measure=CP-ECO-01&from=2016-13',
      `from: "2016-13" is not a period (month must be 01 to 12): expected ${CANONICAL_FORMS}`,
    ],
    ['measure=CP-ECO-01&to=Q1 2016', `to: "Q1 2016" is not a period: expected ${CANONICAL_FORMS}`],
    [
      'measure=CP-ECO-01&from=2016/17&to=2015/16',
      'to: "2015/16" ends before "2016/17" (from) begins: give a range whose end is not before its start',
    ],
    [
      'measure=CP-ECO-01&area=Wolverhampton',
      'area: "Wolverhampton" is not a GSS area code: expected a nation letter (E, W, S, N or K) and eight digits, e.g. E08000031',
    ],
    ['measure=CP-ECO-01&limit=0', 'limit: must be a whole number from 1 to 5000'],
    ['measure=CP-ECO-01&limit=ten', 'limit: must be a whole number from 1 to 5000'],
    ['measure=CP-ECO-01&limit=5001', 'limit: must be a whole number from 1 to 5000'],
    ['measure=CP-ECO-01&measure=CP-ECO-02', 'measure: must be given once, e.g. CP-ECO-01'],
    ['measure=CP%00', 'measure: must not contain control characters, e.g. CP-ECO-01'],
    [
      'measure=CP-ECO-01&after=page-2',
      'after: is not a page cursor from this API; follow the `next` link of the previous page as given',
    ],
  ])('refuses ?%s, naming the parameter and the form expected', async (query, message) => {
    const { status, body } = await get(`/api/v1/values?${query}`);
    expect(status).toBe(400);
    expect(body.error).toEqual({ code: 'invalid-input', message });
  });

  it('answers 404 naming the code when the measure does not exist', async () => {
    const { status, body } = await get('/api/v1/values?measure=CP-NONE-99');
    expect(status).toBe(404);
    expect(body.error?.message).toBe('measure: there is no measure with code "CP-NONE-99"');
  });

  it('shows every version of one figure, oldest first', async () => {
    const { status, body } = await get(
      '/api/v1/values/history?measure=CP-ECO-01&period=2016/17-Q1&area=E08000031',
    );
    expect(status).toBe(200);
    expect(body).toMatchObject({ measureId: 'CP-ECO-01', period: '2016/17-Q1', areaCode: 'E08000031' });
    expect(body.versions).toEqual([
      expect.objectContaining({
        version: 1,
        value: 64.5,
        withdrawn: false,
        by: 'test',
        reason: 'test fixture',
      }),
    ]);
  });

  it.each([
    ['measure=CP-ECO-01&area=E08000031', `period: is required, as ${CANONICAL_FORMS}`],
    ['measure=CP-ECO-01&period=2016/17-Q1', 'area: is required, as a GSS code such as E08000031'],
    [
      'measure=CP-ECO-01&period=2016/18&area=E08000031',
      `period: "2016/18" is not a period (the years must be consecutive): expected ${CANONICAL_FORMS}`,
    ],
  ])('refuses a history request with ?%s, naming what is missing or malformed', async (query, message) => {
    const { status, body } = await get(`/api/v1/values/history?${query}`);
    expect(status).toBe(400);
    expect(body.error?.message).toBe(message);
  });

  it('answers 404 naming the figure when there is no history for it', async () => {
    const { status, body } = await get(
      '/api/v1/values/history?measure=CP-ECO-01&period=2015/16-Q1&area=E08000031',
    );
    expect(status).toBe(404);
    expect(body.error?.message).toBe(
      'There is no figure for measure "CP-ECO-01", period "2015/16-Q1" and area "E08000031"',
    );
  });
});
