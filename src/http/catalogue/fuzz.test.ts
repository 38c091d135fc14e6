import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/store-fixture.js';
import { send, useCouncilServer } from '../test-server.js';

/** The fields each change takes, filled with anything JSON can say: a person's mistakes, and worse. */
const ROUTES = [
  {
    method: 'POST',
    url: '/api/v1/measures',
    keys: [
      'id',
      'title',
      'methodology',
      'unit',
      'polarity',
      'frequency',
      'category',
      'ratePer',
      'ownerId',
      'strategyItemIds',
      'formula',
      'decimals',
    ],
  },
  {
    method: 'PATCH',
    url: '/api/v1/measures/CP-ECO-01',
    keys: ['title', 'frequency', 'state', 'reason', 'tolerance', 'methodology', 'orgUnitId'],
  },
  {
    method: 'PUT',
    url: '/api/v1/measures/CP-ECO-01/targets',
    keys: ['period', 'value', 'lower', 'upper', 'tolerance', 'reason'],
  },
  { method: 'POST', url: '/api/v1/measures/CP-ECO-01/targets/withdraw', keys: ['period', 'reason'] },
  {
    method: 'POST',
    url: '/api/v1/strategy',
    keys: ['id', 'kind', 'title', 'parentId', 'startDate', 'endDate', 'weight', 'ownerId'],
  },
  {
    method: 'PATCH',
    url: '/api/v1/strategy/OBJ-JOBS',
    keys: ['title', 'parentId', 'description', 'weight', 'rollupRule'],
  },
  { method: 'POST', url: '/api/v1/strategy/OBJ-JOBS/retire', keys: ['reason'] },
] as const;

describe.each(DIALECTS)('the catalogue’s changes on %s', (dialect) => {
  const server = useCouncilServer(dialect);

  it('answer any body a person might send with a refusal in words or a change, never a 500', async () => {
    const route = fc.constantFrom(...ROUTES);
    const value = fc.oneof(
      fc.jsonValue({ maxDepth: 2 }),
      fc.constantFrom('', ' ', 'CP', 'OBJ-JOBS', '2016/17-Q3', '2016-05', 'quarterly', 'retired', '\u0000'),
    );
    await fc.assert(
      fc.asyncProperty(route, fc.array(value, { maxLength: 12 }), async (r, values) => {
        const payload = Object.fromEntries(
          r.keys.flatMap((key, i) => (values[i] === undefined ? [] : [[key, values[i]]])),
        );
        const answer = await send(server.app, { method: r.method, url: r.url, payload });
        expect(
          [200, 201, 400, 404, 409],
          `${r.method} ${r.url} ${JSON.stringify(payload)}: ${JSON.stringify(answer.body)}`,
        ).toContain(answer.status);
        if (answer.status >= 400) expect(answer.body.error?.message).toMatch(/\w/);
      }),
      { numRuns: 250 },
    );
  });
});
