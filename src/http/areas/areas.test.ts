import { describe, expect, it } from 'vitest';
import { aSmallCouncil } from '../../../test/factories.js';
import { DIALECTS } from '../../../test/store-fixture.js';
import { getJson, useCouncilServer } from '../test-server.js';

describe.each(DIALECTS)('area routes on %s', (dialect) => {
  const server = useCouncilServer(dialect);

  it('lists every area by GSS code', async () => {
    const { status, body } = await getJson(server.app, '/api/v1/areas');
    expect(status).toBe(200);
    expect(body.areas).toEqual([...aSmallCouncil().areas].sort((a, b) => a.code.localeCompare(b.code)));
  });

  it('lists only the wards when asked', async () => {
    const { body } = await getJson(server.app, '/api/v1/areas?kind=ward');
    expect(body.areas).toEqual([
      { code: 'E05001321', name: 'Bilston East', kind: 'ward', parentCode: 'E08000031' },
    ]);
  });

  it('refuses an unknown kind of area, naming the kinds there are', async () => {
    const { status, body } = await getJson(server.app, '/api/v1/areas?kind=parish');
    expect(status).toBe(400);
    expect(body.error?.message).toBe('kind: must be one of country, region, authority or ward');
  });

  it('lists the comparator groups with their members', async () => {
    const { status, body } = await getJson(server.app, '/api/v1/area-groups');
    expect(status).toBe(200);
    expect(body.areaGroups).toEqual(aSmallCouncil().areaGroups);
  });

  it('refuses parameters on the comparator groups, which take none', async () => {
    const { status, body } = await getJson(server.app, '/api/v1/area-groups?kind=region');
    expect(status).toBe(400);
    expect(body.error?.message).toBe('kind: is not a parameter of this request; this request takes none');
  });
});
