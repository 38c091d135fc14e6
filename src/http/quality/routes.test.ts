import { describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/store-fixture.js';
import { getJson, useCouncilServer } from '../test-server.js';

// The small council has 2016/17 Q1 and Q2 for Wolverhampton, recorded on 1 January 2026.
const TODAY = new Date('2016-12-01T12:00:00Z');

describe.each(DIALECTS)('data quality and due figures on %s', (dialect) => {
  const server = useCouncilServer(dialect, { auth: { clock: () => TODAY } });

  it('lists the figures late for each owner, with their due dates', async () => {
    const { status, body } = await getJson(server.app, '/api/v1/due?owner=P1');
    expect(status).toBe(200);
    expect(body).toEqual({
      today: '2016-12-01',
      owners: [
        {
          ownerId: 'P1',
          ownerName: 'Alex Morgan',
          figures: [
            expect.objectContaining({
              period: '2015/16-Q4',
              dueDate: '2016-05-15',
              state: 'late',
              daysLate: 200,
            }),
            expect.objectContaining({
              period: '2015/16-Q3',
              dueDate: '2016-02-14',
              state: 'late',
              daysLate: 291,
            }),
          ],
        },
      ],
    });
    expect((await getJson(server.app, '/api/v1/due?owner=P9')).body.owners).toEqual([]);
  });

  it('refuses a parameter it does not take, and the public', async () => {
    expect((await getJson(server.app, '/api/v1/due?ownr=P1')).status).toBe(400);
    expect((await getJson(server.app, '/api/v1/due', null)).status).toBe(401);
    expect((await getJson(server.app, '/api/v1/quality', null)).status).toBe(401);
  });

  it('gives completeness, timeliness and methodology per measure and directorate', async () => {
    const { status, body } = await getJson(server.app, '/api/v1/quality');
    expect(status).toBe(200);
    expect(body.measures).toEqual([
      expect.objectContaining({
        measureId: 'CP-ECO-01',
        expected: 4,
        received: 2,
        completeness: 0.5,
        // Recorded in 2026, long after they were due.
        timeliness: 0,
        warningShare: 0,
        methodologyMissing: [],
        lastUpdated: '2026-01-01T00:00:00.000Z',
      }),
    ]);
    expect(body.directorates).toEqual([
      expect.objectContaining({ directorateId: 'DIR-PLACE', name: 'Place', measures: 1, completeness: 0.5 }),
    ]);
  });
});
