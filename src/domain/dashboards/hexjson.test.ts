import { describe, expect, it } from 'vitest';
import { DEMO_HEXMAP } from '../../demo/hexmap.js';
import { WARDS } from '../../demo/areas.js';
import { gridHexJson, hexJsonProblems, hexJsonToGeoJson } from './hexjson.js';

describe('hex maps', () => {
  it('gives each of the demo council’s 20 wards its own hexagon, and names no other ward', () => {
    expect(hexJsonProblems(DEMO_HEXMAP, new Set(WARDS.map((w) => w.code)))).toEqual([]);
    for (const ward of WARDS) expect(DEMO_HEXMAP.hexes[ward.code]?.n).toBe(ward.name);
  });

  it('places Tettenhall west of Wednesfield and Bushbury North north of Penn, as on a street map', () => {
    const h = DEMO_HEXMAP.hexes;
    expect(h.E05001338!.q).toBeLessThan(h.E05001339!.q);
    expect(h.E05001324!.r).toBeGreaterThan(h.E05001334!.r);
  });

  it('turns each hexagon into a closed six-sided polygon, neighbours touching but not overlapping', () => {
    const { features } = hexJsonToGeoJson({
      layout: 'odd-r',
      hexes: { A: { q: 0, r: 0, n: 'A' }, B: { q: 1, r: 0, n: 'B' } },
    });
    const [a, b] = features.map((f) => (f.geometry as { coordinates: [number, number][][] }).coordinates[0]!);
    expect(a).toHaveLength(7);
    expect(a![0]).toEqual(a![6]);
    const maxX = Math.max(...a!.map((p) => p[0]));
    const minX = Math.min(...b!.map((p) => p[0]));
    expect(minX).toBeGreaterThanOrEqual(maxX);
    expect(minX - maxX).toBeLessThan(0.1);
  });

  it('names wards missing from a layout, unknown to the council, or sharing a hexagon', () => {
    const problems = hexJsonProblems(
      { layout: 'odd-r', hexes: { X1: { q: 0, r: 0, n: 'One' }, X2: { q: 0, r: 0, n: 'Two' } } },
      new Set(['X1', 'X3']),
    );
    expect(problems).toEqual([
      "X2 (Two) is not one of the council's wards",
      'X2 and X1 are both at q=0, r=0',
      'X3 has no hexagon',
    ]);
  });

  it('lays out any council’s wards alphabetically in a rough square when nobody has placed them', () => {
    const wards = ['Delta', 'Alpha', 'Charlie', 'Bravo', 'Echo'].map((name, i) => ({ code: `W${i}`, name }));
    const layout = gridHexJson(wards);
    expect(hexJsonProblems(layout, new Set(wards.map((w) => w.code)))).toEqual([]);
    expect(layout.hexes.W1).toEqual({ q: 0, r: 1, n: 'Alpha' });
    expect(layout.hexes.W4).toEqual({ q: 1, r: 0, n: 'Echo' });
  });
});
