/**
 * Hex maps in the Open Data Institute's HexJSON format: each ward one equal hexagon, placed
 * roughly where it lies, so that small inner-city wards are as visible as large outer ones and no
 * boundary file is needed. The hexagons become GeoJSON polygons so that the same map code draws
 * a hex map and real boundaries.
 */

export const HEX_LAYOUTS = ['odd-r', 'even-r', 'odd-q', 'even-q'] as const;
export type HexLayout = (typeof HEX_LAYOUTS)[number];

export interface HexJson {
  layout: HexLayout;
  /** By GSS code: column q, row r (r grows northward), and the ward's name. */
  hexes: Record<string, { q: number; r: number; n: string }>;
}

export type Position = [number, number];

export interface WardFeature {
  type: 'Feature';
  properties: { code: string; name: string };
  geometry:
    { type: 'Polygon'; coordinates: Position[][] } | { type: 'MultiPolygon'; coordinates: Position[][][] };
}

export interface WardFeatureCollection {
  type: 'FeatureCollection';
  features: WardFeature[];
}

const SQRT3 = Math.sqrt(3);
const round = (x: number) => Math.round(x * 1e4) / 1e4;

/** The centre of a hexagon of unit size (centre to corner). */
function centre(layout: HexLayout, q: number, r: number): Position {
  const odd = (n: number) => Math.abs(n % 2) === 1;
  switch (layout) {
    case 'odd-r':
      return [SQRT3 * (q + (odd(r) ? 0.5 : 0)), 1.5 * r];
    case 'even-r':
      return [SQRT3 * (q + (odd(r) ? 0 : 0.5)), 1.5 * r];
    case 'odd-q':
      return [1.5 * q, SQRT3 * (r + (odd(q) ? 0.5 : 0))];
    case 'even-q':
      return [1.5 * q, SQRT3 * (r + (odd(q) ? 0 : 0.5))];
  }
}

/** One hexagon, corners anticlockwise as GeoJSON asks, the ring closed. */
function hexagon(layout: HexLayout, q: number, r: number): Position[] {
  const [x, y] = centre(layout, q, r);
  // Rows of pointy-topped hexagons ('r' layouts); columns of flat-topped ones ('q' layouts).
  const start = layout.endsWith('-r') ? 30 : 0;
  const ring: Position[] = [];
  for (let i = 0; i < 6; i += 1) {
    const angle = ((start + 60 * i) * Math.PI) / 180;
    ring.push([round(x + 0.98 * Math.cos(angle)), round(y + 0.98 * Math.sin(angle))]);
  }
  ring.push(ring[0]!);
  return ring;
}

export function hexJsonToGeoJson(hexes: HexJson): WardFeatureCollection {
  return {
    type: 'FeatureCollection',
    features: Object.entries(hexes.hexes).map(([code, hex]) => ({
      type: 'Feature',
      properties: { code, name: hex.n },
      geometry: { type: 'Polygon', coordinates: [hexagon(hexes.layout, hex.q, hex.r)] },
    })),
  };
}

/** For a council without an authored layout: its wards in rows, alphabetically, as a rough square. */
export function gridHexJson(wards: readonly { code: string; name: string }[]): HexJson {
  const columns = Math.max(1, Math.ceil(Math.sqrt(wards.length)));
  const sorted = [...wards].sort((a, b) => a.name.localeCompare(b.name));
  const rows = Math.ceil(sorted.length / columns);
  const hexes: HexJson['hexes'] = {};
  sorted.forEach((w, i) => {
    // Alphabetical from the top left, as people read, so r counts down from the top row.
    hexes[w.code] = { q: i % columns, r: rows - 1 - Math.floor(i / columns), n: w.name };
  });
  return { layout: 'odd-r', hexes };
}

/** What is wrong with a hex layout for these wards: missing or unknown wards, two on one hexagon. */
export function hexJsonProblems(hexes: HexJson, wardCodes: ReadonlySet<string>): string[] {
  const problems: string[] = [];
  const taken = new Map<string, string>();
  for (const [code, hex] of Object.entries(hexes.hexes)) {
    if (!wardCodes.has(code)) problems.push(`${code} (${hex.n}) is not one of the council's wards`);
    const key = `${hex.q},${hex.r}`;
    const other = taken.get(key);
    if (other !== undefined) problems.push(`${code} and ${other} are both at q=${hex.q}, r=${hex.r}`);
    taken.set(key, code);
  }
  for (const code of wardCodes) if (!(code in hexes.hexes)) problems.push(`${code} has no hexagon`);
  return problems;
}
