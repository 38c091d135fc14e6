/**
 * A ward map drawn as plain SVG, without ECharts: the public pages serve it as an image that needs
 * no JavaScript. Each ward is filled with its status's colour and carries the status's symbol, so
 * the map never relies on colour alone; a key gives each status's word and count, and each ward's
 * own title names it, its figure and its status. Hex maps (unitless) and real boundaries
 * (longitude and latitude, drawn with the usual shrink of longitude by the cosine of latitude)
 * come through the same code.
 */
import { RAG_LABELS, RAG_STATUSES, type RagStatus } from '../domain/status/labels.js';
import { RAG_COLOURS } from './palette.js';

type Position = readonly [number, number] | readonly number[];

export interface MapFeature {
  properties: { code: string; name: string };
  geometry:
    | { type: 'Polygon'; coordinates: readonly (readonly Position[])[] }
    | { type: 'MultiPolygon'; coordinates: readonly (readonly (readonly Position[])[])[] };
}

/** The shapes a ward map draws: a hex map, or the boundaries an administrator uploaded. */
export interface WardShapes {
  kind: 'hex' | 'boundaries';
  features: readonly MapFeature[];
  /** Where the shapes came from, for the map's description. */
  source: string;
}

export interface WardMapInput {
  title: string;
  /** A text alternative: what the map shows. */
  description: string;
  kind: 'hex' | 'boundaries';
  features: readonly MapFeature[];
  wards: readonly { code: string; name: string; status: RagStatus; label: string }[];
  width: number;
}

const KEY_ROW = 22;
const MARGIN = 8;

const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function polygonsOf(feature: MapFeature): (readonly Position[])[][] {
  return feature.geometry.type === 'Polygon'
    ? [feature.geometry.coordinates.map((ring) => ring)]
    : feature.geometry.coordinates.map((polygon) => polygon.map((ring) => ring));
}

export function wardMapSvg(input: WardMapInput): string {
  const byCode = new Map(input.wards.map((w) => [w.code, w]));
  const features = input.features.filter((f) => byCode.has(f.properties.code));
  const points = features.flatMap((f) => polygonsOf(f).flat(2));
  if (points.length === 0) return emptyMap(input);
  const xs = points.map((p) => p[0]!);
  const ys = points.map((p) => p[1]!);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const shrink = input.kind === 'boundaries' ? Math.cos((((minY + maxY) / 2) * Math.PI) / 180) : 1;
  const spanX = Math.max((maxX - minX) * shrink, 1e-9);
  const spanY = Math.max(maxY - minY, 1e-9);
  const scale = (input.width - 2 * MARGIN) / spanX;
  const mapHeight = Math.ceil(spanY * scale) + 2 * MARGIN;
  // North is up: y grows southward in SVG.
  const at = (p: Position) =>
    `${(MARGIN + (p[0]! - minX) * shrink * scale).toFixed(1)},${(MARGIN + (maxY - p[1]!) * scale).toFixed(1)}`;

  const shapes = features.map((f) => {
    const ward = byCode.get(f.properties.code)!;
    const d = polygonsOf(f)
      .flatMap((polygon) => polygon.map((ring) => `M${ring.map(at).join('L')}Z`))
      .join('');
    const ring = polygonsOf(f)[0]![0]!;
    const cx = ring.reduce((sum, p) => sum + p[0]!, 0) / ring.length;
    const cy = ring.reduce((sum, p) => sum + p[1]!, 0) / ring.length;
    const [x, y] = at([cx, cy]).split(',');
    const label = RAG_LABELS[ward.status];
    // A hexagon has room for the ward's name under its status symbol; real boundaries may not.
    const names = input.kind === 'hex' ? nameLines(ward.name) : [];
    const symbolY = Number(y) - (names.length > 0 ? 12 : 0);
    const nameText = names
      .map(
        (line, i) =>
          `<text x="${x}" y="${(Number(y) + 10 + i * 13).toFixed(1)}" text-anchor="middle" dominant-baseline="central" font-size="11" fill="#ffffff" aria-hidden="true">${escape(line)}</text>`,
      )
      .join('');
    return (
      `<g><title>${escape(`${ward.name}: ${label.word}, ${ward.label}`)}</title>` +
      `<path d="${d}" fill="${RAG_COLOURS[ward.status]}" stroke="#ffffff" stroke-width="1.5" fill-rule="evenodd"/>` +
      `<text x="${x}" y="${symbolY.toFixed(1)}" text-anchor="middle" dominant-baseline="central" font-size="20" fill="#ffffff" aria-hidden="true">${label.symbol}</text>` +
      `${nameText}</g>`
    );
  });

  const counts = RAG_STATUSES.map((status) => ({
    status,
    count: input.wards.filter((w) => w.status === status).length,
  })).filter((c) => c.count > 0);
  const key = counts.map(({ status, count }, i) => {
    const y = mapHeight + MARGIN + i * KEY_ROW;
    const label = RAG_LABELS[status];
    return (
      `<rect x="${MARGIN}" y="${y}" width="16" height="16" fill="${RAG_COLOURS[status]}"/>` +
      `<text x="${MARGIN + 8}" y="${y + 8}" text-anchor="middle" dominant-baseline="central" font-size="11" fill="#ffffff" aria-hidden="true">${label.symbol}</text>` +
      `<text x="${MARGIN + 24}" y="${y + 8}" dominant-baseline="central" font-size="13" fill="#0b0c0c">${escape(`${label.word} (${label.description.toLowerCase()}): ${count} ward${count === 1 ? '' : 's'}`)}</text>`
    );
  });
  const height = mapHeight + MARGIN + counts.length * KEY_ROW + MARGIN;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${input.width}" height="${height}" viewBox="0 0 ${input.width} ${height}" role="img" font-family="Arial, sans-serif">` +
    `<title>${escape(input.title)}</title><desc>${escape(input.description)}</desc>` +
    shapes.join('') +
    key.join('') +
    `</svg>`
  );
}

/** A ward's name in at most two short lines, to sit inside its hexagon. */
function nameLines(name: string): string[] {
  const lines: string[] = [];
  for (const word of name.split(' ')) {
    const last = lines.at(-1);
    if (last !== undefined && `${last} ${word}`.length <= 14) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines.length <= 2 ? lines : [lines[0]!, `${lines.slice(1).join(' ').slice(0, 13)}…`];
}

function emptyMap(input: WardMapInput): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${input.width}" height="40" role="img" font-family="Arial, sans-serif">` +
    `<title>${escape(input.title)}</title><desc>${escape(input.description)}</desc>` +
    `<text x="${MARGIN}" y="24" font-size="14" fill="#0b0c0c">No ward on the map has a figure to show.</text></svg>`
  );
}
