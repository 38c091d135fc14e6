import { describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/store-fixture.js';
import { buildDemoCouncil } from '../../demo/index.js';
import { send, useCouncilServer } from '../test-server.js';

const DATA = '/api/v1/dashboards/objective-OB-ECO-JOBS/data?period=2016/17-Q1';
type Card = { measureId: string | null; kind: string; headline: { valueText: string | null } | null };

describe.each(DIALECTS)('dashboard answers kept between requests on %s', (dialect) => {
  const server = useCouncilServer(dialect, { council: buildDemoCouncil() });
  const headline = async (measureId: string) => {
    const answer = await send(server.app, { method: 'GET', url: DATA });
    expect(answer.status).toBe(200);
    return (answer.body.cards as Card[]).find((c) => c.kind === 'headline' && c.measureId === measureId)!;
  };

  it('answers the same again while nothing has changed, and afresh as soon as a figure is recorded', async () => {
    const before = await headline('CP-ECO-01');
    expect(await headline('CP-ECO-01')).toEqual(before);
    const entered = await send(server.app, {
      method: 'POST',
      url: '/api/v1/values',
      payload: {
        measure: 'CP-ECO-01',
        period: '2016-06',
        area: 'E08000031',
        value: 12.3,
        reason: 'Corrected',
      },
    });
    expect(entered.status, JSON.stringify(entered.body)).toBe(200);
    const after = await headline('CP-ECO-01');
    expect(after.headline?.valueText).toBe('12.3%');
    expect(after.headline?.valueText).not.toBe(before.headline?.valueText);
  });
});
