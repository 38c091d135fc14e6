import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/store-fixture.js';
import { buildDemoCouncil } from '../../demo/index.js';
import { addTestAccount, send, signIn, useCouncilServer, type JsonAnswer } from '../test-server.js';

/** The ONS's 2013 ward boundaries for Wolverhampton, read where they are kept, never copied in. */
const BOUNDARY_FILE = fileURLToPath(
  new URL('../../../../shared/data/geo/wolverhampton-wards-2013.geojson', import.meta.url),
);
const boundaries = () =>
  JSON.parse(readFileSync(BOUNDARY_FILE, 'utf8')) as { features: { properties: Record<string, unknown> }[] };
const messageOf = (answer: JsonAnswer) => (answer.body.error as { message: string }).message;
type Geometry = {
  kind: string;
  source: string;
  geojson: { features: { properties: { code: string; name: string } }[] };
};

describe.each(DIALECTS)('ward maps of the demo council on %s', (dialect) => {
  const server = useCouncilServer(dialect, { council: buildDemoCouncil() });
  const upload = (payload: object) =>
    send(server.app, { method: 'POST', url: '/api/v1/maps/wards', payload });
  const geometry = async () =>
    (await send(server.app, { method: 'GET', url: '/api/v1/maps/wards', as: null }))
      .body as unknown as Geometry;

  it('draws the 20 wards as a hand-placed hex map when no boundaries have been uploaded', async () => {
    const map = await geometry();
    expect(map.kind).toBe('hex');
    expect(map.source).toMatch(/placed roughly where it lies/);
    expect(map.geojson.features.map((f) => f.properties.code).sort()).toEqual(
      Array.from({ length: 20 }, (_, i) => `E050013${21 + i}`),
    );
  });

  it('takes the ONS ward boundaries, finding the code property by itself, and draws them instead', async () => {
    const answer = await upload({ geojson: boundaries(), fileName: 'wolverhampton-wards-2013.geojson' });
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    expect(answer.body).toEqual({ wards: 20, codeProperty: 'WD13CD' });
    const map = await geometry();
    expect(map.kind).toBe('boundaries');
    expect(map.source).toMatch(/from wolverhampton-wards-2013.geojson/);
    expect(map.geojson.features.find((f) => f.properties.code === 'E05001324')?.properties.name).toBe(
      'Bushbury North',
    );
  });

  it('names the missing and unknown wards of a wrong file, and keeps the map it had', async () => {
    const file = boundaries();
    file.features = file.features.slice(2);
    file.features[0]!.properties.WD13CD = 'E05009999';
    const answer = await upload({ geojson: file });
    expect(answer.status).toBe(400);
    expect(messageOf(answer)).toMatch(/feature 1: E05009999 is not one of the council's wards/);
    expect(messageOf(answer)).toMatch(
      /3 of the council's 20 wards have no boundary: Bilston East \(E05001321\), Bilston North/,
    );
    expect((await geometry()).kind).toBe('boundaries');
  });

  it('refuses what is not a FeatureCollection of polygons, and a code property the file lacks', async () => {
    expect(messageOf(await upload({ geojson: { type: 'Feature' } }))).toMatch(
      /must be a GeoJSON FeatureCollection/,
    );
    const points = boundaries() as unknown as { features: { geometry: unknown }[] };
    points.features[0]!.geometry = { type: 'Point', coordinates: [-2.1, 52.6] };
    expect(messageOf(await upload({ geojson: points }))).toMatch(
      /has a Point geometry; a ward needs a Polygon or MultiPolygon/,
    );
    const named = await upload({ geojson: boundaries(), codeProperty: 'LAD13CD' });
    expect(named.status).toBe(400);
    expect(messageOf(named)).toMatch(/feature 1 has no LAD13CD property/);
    const unknownField = await upload({ geojson: boundaries(), layer: 'wards' });
    expect(unknownField.status).toBe(400);
  });

  it('lets only an administrator change the map, and goes back to the hex map on request', async () => {
    await addTestAccount(server.database.store, {
      email: 'po@example.org',
      grants: [{ role: 'performance-officer', orgUnitId: null }],
    });
    const officer = await signIn(server.app, 'po@example.org');
    const refused = await send(server.app, { method: 'DELETE', url: '/api/v1/maps/wards', as: officer });
    expect(refused.status).toBe(403);
    expect((await send(server.app, { method: 'DELETE', url: '/api/v1/maps/wards' })).status).toBe(204);
    expect((await geometry()).kind).toBe('hex');
  });

  it('tells an administrator who uploaded which file and when, newest first, and audits each change', async () => {
    const history = await send(server.app, { method: 'GET', url: '/api/v1/maps/wards/history' });
    expect(history.status).toBe(200);
    const versions = history.body.versions as { kind: string; fileName: string | null; wards: number }[];
    // The tests above: an upload, then the hex map put back.
    expect(versions.slice(0, 2)).toEqual([
      expect.objectContaining({ kind: 'hex', wards: 0, changedBy: 'admin@example.org' }),
      expect.objectContaining({
        kind: 'boundaries',
        fileName: 'wolverhampton-wards-2013.geojson',
        wards: 20,
        changedBy: 'admin@example.org',
      }),
    ]);
    const audit = await send(server.app, { method: 'GET', url: '/api/v1/audit?action=ward-map-changed' });
    expect(JSON.stringify(audit.body)).toMatch(/ward-map-changed/);
    const officer = await signIn(server.app, 'po@example.org');
    const refused = await send(server.app, { method: 'GET', url: '/api/v1/maps/wards/history', as: officer });
    expect(refused.status).toBe(403);
  });
});
