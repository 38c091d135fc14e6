import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { hexJsonToGeoJson } from '../domain/dashboards/hexjson.js';
import { DEMO_HEXMAP } from '../demo/hexmap.js';
import { wardMapSvg, type MapFeature, type WardMapInput } from './ward-map-svg.js';

const features = hexJsonToGeoJson(DEMO_HEXMAP).features;
const wards: WardMapInput['wards'] = Object.entries(DEMO_HEXMAP.hexes).map(([code, hex], i) => ({
  code,
  name: hex.n,
  status: i < 5 ? 'red' : 'green',
  label: `${i}.0%`,
}));
const input: WardMapInput = {
  title: 'Claimant count by ward',
  description: '5 wards red, 15 green',
  kind: 'hex',
  features,
  wards,
  width: 480,
};

describe('a ward map drawn as SVG', () => {
  it('draws each ward once, with its status as colour, symbol and words', () => {
    const svg = wardMapSvg(input);
    expect(svg.match(/<path /g)).toHaveLength(20);
    expect(svg).toContain('<title>Bushbury North: ');
    expect(svg.match(/■/g)).toHaveLength(5 + 1);
    expect(svg).toContain('Red (off target, beyond tolerance): 5 wards');
    expect(svg).toContain('Green (on target): 15 wards');
    expect(svg).toContain('<desc>5 wards red, 15 green</desc>');
    expect(svg).not.toMatch(/NaN|undefined|Infinity/);
  });

  it('puts north at the top: Bushbury North above Penn', () => {
    const svg = wardMapSvg(input);
    const yOf = (name: string) => {
      const group = svg.slice(svg.indexOf(`<title>${name}:`));
      return Number(/<text x="[\d.]+" y="([\d.]+)"/.exec(group)![1]);
    };
    expect(yOf('Bushbury North')).toBeLessThan(yOf('Penn'));
  });

  it('escapes names and says so when no ward can be drawn', () => {
    const svg = wardMapSvg({ ...input, title: 'A & B <wards>', features: [] });
    expect(svg).toContain('A &amp; B &lt;wards&gt;');
    expect(svg).toContain('No ward on the map has a figure to show.');
  });

  it('draws real ward boundaries from the ONS file, north up and without names in the shapes', () => {
    const file = JSON.parse(
      readFileSync(
        new URL('../../../shared/data/geo/wolverhampton-wards-2013.geojson', import.meta.url),
        'utf8',
      ),
    ) as { features: { properties: { WD13CD: string; WD13NM: string }; geometry: MapFeature['geometry'] }[] };
    const boundaries: MapFeature[] = file.features.map((f) => ({
      properties: { code: f.properties.WD13CD, name: f.properties.WD13NM },
      geometry: f.geometry,
    }));
    const svg = wardMapSvg({ ...input, kind: 'boundaries', features: boundaries });
    expect(svg.match(/<path /g)).toHaveLength(20);
    expect(svg).not.toContain('>Bushbury North<');
    expect(svg).not.toMatch(/NaN|undefined|Infinity/);
    const yOf = (name: string) => {
      const group = svg.slice(svg.indexOf(`<title>${name}:`));
      return Number(/<text x="[\d.]+" y="([\d.]+)"/.exec(group)![1]);
    };
    expect(yOf('Bushbury North')).toBeLessThan(yOf('Penn'));
  });
});
