/**
 * Reading real ward boundaries that an administrator uploads as GeoJSON (from the ONS Open
 * Geography Portal, say): a FeatureCollection of polygons or multipolygons, one per ward of the
 * council, each with a property holding its GSS code. Problems are named all together, by ward,
 * so that a wrong file (another year's wards, another council's) is recognised at once.
 */
import type { Position, WardFeature, WardFeatureCollection } from './hexjson.js';

export interface Ward {
  code: string;
  name: string;
}

export type BoundaryReading =
  { ok: true; boundaries: WardFeatureCollection; codeProperty: string } | { ok: false; problems: string[] };

type Json = Record<string, unknown>;
const isObject = (x: unknown): x is Json => typeof x === 'object' && x !== null && !Array.isArray(x);
// About a metre: finer than any ward boundary needs, and it keeps the file small.
const round = (x: number) => Math.round(x * 1e5) / 1e5;

function position(x: unknown): Position | null {
  if (!Array.isArray(x) || x.length < 2) return null;
  const [lon, lat] = x;
  if (typeof lon !== 'number' || typeof lat !== 'number' || !Number.isFinite(lon) || !Number.isFinite(lat))
    return null;
  if (Math.abs(lon) > 180 || Math.abs(lat) > 90) return null;
  return [round(lon), round(lat)];
}

function ring(x: unknown): Position[] | null {
  if (!Array.isArray(x) || x.length < 4) return null;
  const out: Position[] = [];
  for (const p of x) {
    const read = position(p);
    if (!read) return null;
    out.push(read);
  }
  return out;
}

function polygon(x: unknown): Position[][] | null {
  if (!Array.isArray(x) || x.length === 0) return null;
  const rings = x.map(ring);
  return rings.every((r): r is Position[] => r !== null) ? rings : null;
}

function geometry(x: unknown): WardFeature['geometry'] | string {
  if (!isObject(x)) return 'has no geometry';
  if (x.type === 'Polygon') {
    const p = polygon(x.coordinates);
    return p
      ? { type: 'Polygon', coordinates: p }
      : 'has a polygon whose coordinates are not [longitude, latitude] rings';
  }
  if (x.type === 'MultiPolygon') {
    if (!Array.isArray(x.coordinates) || x.coordinates.length === 0) return 'has an empty multipolygon';
    const ps = x.coordinates.map(polygon);
    return ps.every((p): p is Position[][] => p !== null)
      ? { type: 'MultiPolygon', coordinates: ps }
      : 'has a multipolygon whose coordinates are not [longitude, latitude] rings';
  }
  return `has a ${String(x.type)} geometry; a ward needs a Polygon or MultiPolygon`;
}

/** The property that holds the council's ward codes: the named one, or the one that matches most. */
function findCodeProperty(features: Json[], wardCodes: ReadonlySet<string>, named?: string): string | null {
  if (named !== undefined) return named;
  const hits = new Map<string, number>();
  for (const f of features) {
    if (!isObject(f.properties)) continue;
    for (const [key, value] of Object.entries(f.properties))
      if (typeof value === 'string' && wardCodes.has(value)) hits.set(key, (hits.get(key) ?? 0) + 1);
  }
  return [...hits.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}

export function readWardBoundaries(
  input: unknown,
  wards: readonly Ward[],
  codeProperty?: string,
): BoundaryReading {
  if (!isObject(input) || input.type !== 'FeatureCollection' || !Array.isArray(input.features))
    return { ok: false, problems: ['the file must be a GeoJSON FeatureCollection with a "features" list'] };
  const features = input.features.filter(isObject);
  if (features.length !== input.features.length)
    return { ok: false, problems: ['every feature must be a GeoJSON object'] };
  const byCode = new Map(wards.map((w) => [w.code, w]));
  const property = findCodeProperty(features, new Set(byCode.keys()), codeProperty);
  if (property === null)
    return {
      ok: false,
      problems: [
        `no property of the features holds the council's ward codes (GSS codes such as ${wards[0]?.code ?? 'E05001321'}); ` +
          'name the property with codeProperty if it has another form',
      ],
    };
  const problems: string[] = [];
  const found = new Map<string, WardFeature>();
  features.forEach((f, i) => {
    const raw = isObject(f.properties) ? f.properties[property] : undefined;
    const where = `feature ${i + 1}`;
    if (typeof raw !== 'string')
      return void problems.push(`${where} has no ${property} property with a ward code`);
    const ward = byCode.get(raw);
    if (!ward) return void problems.push(`${where}: ${raw} is not one of the council's wards`);
    if (found.has(raw)) return void problems.push(`${where}: ${raw} (${ward.name}) appears twice`);
    const shape = geometry(f.geometry);
    if (typeof shape === 'string') return void problems.push(`${where} (${ward.name}, ${raw}) ${shape}`);
    found.set(raw, { type: 'Feature', properties: { code: raw, name: ward.name }, geometry: shape });
  });
  const missing = wards.filter((w) => !found.has(w.code));
  if (missing.length > 0)
    problems.push(
      `${missing.length} of the council's ${wards.length} wards have no boundary: ` +
        missing.map((w) => `${w.name} (${w.code})`).join(', '),
    );
  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    codeProperty: property,
    boundaries: { type: 'FeatureCollection', features: wards.map((w) => found.get(w.code)!) },
  };
}
