import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ENGLAND, isGssCode } from '../domain/area.js';
import { AUTHORITY_CODE, NEAREST_NEIGHBOURS_GROUP, REGION_GROUP, WEST_MIDLANDS } from './areas.js';
import { buildDemoCouncil } from './index.js';

const bundle = buildDemoCouncil();
const byCode = new Map(bundle.areas.map((a) => [a.code, a]));

interface WardFeature {
  properties: { WD13CD: string; WD13NM: string };
}
const geojson = JSON.parse(
  readFileSync(new URL('../../../shared/data/geo/wolverhampton-wards-2013.geojson', import.meta.url), 'utf8'),
) as { features: WardFeature[] };

describe('demo areas', () => {
  it('has the 20 wards of the 2013 boundaries with the codes and names in the ONS boundary file', () => {
    const wards = bundle.areas.filter((a) => a.kind === 'ward');
    const published = geojson.features
      .map((f) => ({ code: f.properties.WD13CD, name: f.properties.WD13NM }))
      .sort((a, b) => a.code.localeCompare(b.code));
    expect(wards.map((w) => ({ code: w.code, name: w.name }))).toEqual(published);
    expect(wards).toHaveLength(20);
    expect(wards[0]).toMatchObject({ code: 'E05001321', name: 'Bilston East' });
    expect(wards[19]).toMatchObject({ code: 'E05001340', name: 'Wednesfield South' });
    expect(wards.every((w) => w.parentCode === AUTHORITY_CODE)).toBe(true);
  });

  it('places the City of Wolverhampton in the West Midlands, in England', () => {
    expect(bundle.authorityCode).toBe('E08000031');
    expect(byCode.get(AUTHORITY_CODE)).toMatchObject({ kind: 'authority', parentCode: WEST_MIDLANDS });
    expect(byCode.get(WEST_MIDLANDS)).toMatchObject({
      name: 'West Midlands',
      kind: 'region',
      parentCode: ENGLAND,
    });
    expect(byCode.get(ENGLAND)).toMatchObject({ kind: 'country', parentCode: null });
  });

  it('compares the city with 15 other authorities, each in a region that is itself an area', () => {
    const group = bundle.areaGroups.find((g) => g.id === NEAREST_NEIGHBOURS_GROUP)!;
    expect(group.kind).toBe('nearest-neighbours');
    expect(new Set(group.memberCodes).size).toBe(15);
    expect(group.memberCodes).not.toContain(AUTHORITY_CODE);
    for (const code of group.memberCodes) {
      const area = byCode.get(code)!;
      expect(area.kind).toBe('authority');
      expect(byCode.get(area.parentCode!)?.kind).toBe('region');
    }
    expect(byCode.get('E08000037')?.name).toBe('Gateshead');
    expect(byCode.get('E06000021')).toMatchObject({ name: 'Stoke-on-Trent', parentCode: WEST_MIDLANDS });
  });

  it('groups the West Midlands authorities it includes', () => {
    const region = bundle.areaGroups.find((g) => g.id === REGION_GROUP)!;
    expect(region.kind).toBe('region');
    expect(region.memberCodes).toContain(AUTHORITY_CODE);
    expect(region.memberCodes.every((c) => byCode.get(c)?.parentCode === WEST_MIDLANDS)).toBe(true);
  });

  it('uses well-formed, unique GSS codes, parents before children', () => {
    const seen = new Set<string>();
    for (const area of bundle.areas) {
      expect(isGssCode(area.code)).toBe(true);
      expect(seen.has(area.code)).toBe(false);
      if (area.parentCode !== null) expect(seen.has(area.parentCode)).toBe(true);
      seen.add(area.code);
    }
  });
});
