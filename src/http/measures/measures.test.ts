import { describe, expect, it } from 'vitest';
import { aMeasure, aSmallCouncil } from '../../../test/factories.js';
import { DIALECTS } from '../../../test/store-fixture.js';
import { getJson, useCouncilServer } from '../test-server.js';

/**
 * The small council with a retired finance measure whose commentary periods sort one way as text
 * (2016-12 before 2016/17-Q1) and the other way in time (December 2016 is later).
 */
function aCouncilWithARetiredMeasure() {
  const council = aSmallCouncil();
  council.measures.push(
    aMeasure({ id: 'FIN-01', title: 'Invoices paid within 30 days', category: 'finance', state: 'retired' }),
  );
  council.commentary.push(
    {
      measureId: 'FIN-01',
      period: '2016/17-Q1',
      summary: 'A slow quarter.',
      reasons: null,
      nextSteps: null,
      authorId: null,
    },
    {
      measureId: 'FIN-01',
      period: '2016-12',
      summary: 'Back on track.',
      reasons: null,
      nextSteps: null,
      authorId: null,
    },
  );
  council.targets.push(
    { measureId: 'FIN-01', period: '2016-12', value: 95, lower: null, upper: null, tolerance: null },
    { measureId: 'FIN-01', period: '2016/17-Q1', value: 90, lower: null, upper: null, tolerance: null },
  );
  return council;
}

const codes = (body: Record<string, unknown>) => (body.measures as { id: string }[]).map((m) => m.id);

describe.each(DIALECTS)('measure routes on %s', (dialect) => {
  const server = useCouncilServer(dialect, { council: aCouncilWithARetiredMeasure() });

  it('lists the measures in use, leaving retired ones out', async () => {
    const { status, body } = await getJson(server.app, '/api/v1/measures');
    expect(status).toBe(200);
    expect(codes(body)).toEqual(['CP-ECO-01']);
    expect(body.measures).toEqual([
      expect.objectContaining({
        id: 'CP-ECO-01',
        polarity: 'higher-better',
        frequency: 'quarterly',
        state: 'active',
      }),
    ]);
  });

  it('includes retired measures when asked', async () => {
    const { body } = await getJson(server.app, '/api/v1/measures?includeRetired=true');
    expect(codes(body)).toEqual(['CP-ECO-01', 'FIN-01']);
  });

  it('filters by category and by the strategy item a measure evidences', async () => {
    expect(codes((await getJson(server.app, '/api/v1/measures?category=corporate-plan')).body)).toEqual([
      'CP-ECO-01',
    ]);
    expect(codes((await getJson(server.app, '/api/v1/measures?category=hr')).body)).toEqual([]);
    expect(codes((await getJson(server.app, '/api/v1/measures?strategyItem=OBJ-JOBS')).body)).toEqual([
      'CP-ECO-01',
    ]);
    expect(codes((await getJson(server.app, '/api/v1/measures?strategyItem=CP')).body)).toEqual([]);
  });

  it.each([
    ['includeRetired=yes', 'includeRetired: must be true or false'],
    [
      'category=kpi',
      'category: must be one of ward, national, corporate-plan, local-key, business-plan, quality-assurance, finance or hr',
    ],
    [
      'catgeory=finance',
      'catgeory: is not a parameter of this request; expected category, strategyItem, includeRetired',
    ],
    ['strategyItem=', 'strategyItem: must not be empty, e.g. OBJ-JOBS'],
  ])('refuses ?%s, naming the parameter and what was expected', async (query, message) => {
    const { status, body } = await getJson(server.app, `/api/v1/measures?${query}`);
    expect(status).toBe(400);
    expect(body.error).toEqual({ code: 'invalid-input', message });
  });

  it('answers 404 naming the strategy item when it does not exist', async () => {
    const { status, body } = await getJson(server.app, '/api/v1/measures?strategyItem=OBJ-NONE');
    expect(status).toBe(404);
    expect(body.error?.message).toBe('strategyItem: there is no strategy item with id "OBJ-NONE"');
  });

  it('shows a measure with its methodology, current targets and latest commentary', async () => {
    const { status, body } = await getJson(server.app, '/api/v1/measures/CP-ECO-01');
    expect(status).toBe(200);
    const { strategyItemIds, methodology, tolerance, dueLagDays } = aMeasure();
    expect(body).toMatchObject({ id: 'CP-ECO-01', methodology, strategyItemIds, tolerance, dueLagDays });
    expect(body.targets).toEqual([
      { period: '2016/17-Q1', value: 66, lower: null, upper: null, tolerance: null },
    ]);
    expect(body.latestCommentary).toEqual({
      period: '2016/17-Q2',
      summary: 'Employment rose for the second quarter.',
      reasons: null,
      nextSteps: null,
      authorId: 'P1',
    });
  });

  it('orders targets and takes the latest commentary by time, not by the text of the period', async () => {
    const { body } = await getJson(server.app, '/api/v1/measures/FIN-01');
    expect(body).toMatchObject({ state: 'retired', latestCommentary: { period: '2016-12' } });
    expect((body.targets as { period: string }[]).map((t) => t.period)).toEqual(['2016/17-Q1', '2016-12']);
  });

  it('answers 404 naming the code when there is no such measure', async () => {
    const { status, body } = await getJson(server.app, '/api/v1/measures/CP-NONE-99');
    expect(status).toBe(404);
    expect(body.error).toEqual({ code: 'not-found', message: 'There is no measure with code "CP-NONE-99"' });
  });
});
