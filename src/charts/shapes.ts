/**
 * The shapes that carry a status beside its word and colour, drawn once here as geometry in a unit
 * square, so the web app, the HTML and PDF reports and the infographic draw the same triangle for
 * amber and the same clock for overdue. Each renderer turns the parts into its own drawing.
 */

export const SHAPES = [
  'circle',
  'triangle',
  'square',
  'dash',
  'hollow-circle',
  'clock',
  'diamond',
  'arrow-up',
  'arrow-down',
  'arrow-flat',
] as const;
export type ShapeName = (typeof SHAPES)[number];

type Point = readonly [number, number];

/** One part of a shape in a 1 × 1 box: a filled polygon, a circle (filled or outlined) or an open line. */
export type ShapePart =
  | { kind: 'polygon'; points: readonly Point[] }
  | { kind: 'circle'; cx: number; cy: number; r: number; outline: number | null }
  | { kind: 'line'; points: readonly Point[]; width: number };

const polygon = (...points: Point[]): ShapePart => ({ kind: 'polygon', points });

/** Arrows are drawn in a box with a margin so they sit level with the other shapes. */
const inset = (points: Point[]): ShapePart =>
  polygon(...points.map(([x, y]): Point => [0.08 + 0.84 * x, 0.08 + 0.84 * y]));

const PARTS: Readonly<Record<ShapeName, readonly ShapePart[]>> = {
  circle: [{ kind: 'circle', cx: 0.5, cy: 0.5, r: 0.42, outline: null }],
  triangle: [polygon([0.5, 0.08], [0.92, 0.92], [0.08, 0.92])],
  square: [polygon([0.125, 0.125], [0.875, 0.125], [0.875, 0.875], [0.125, 0.875])],
  dash: [polygon([0.08, 0.4], [0.92, 0.4], [0.92, 0.6], [0.08, 0.6])],
  'hollow-circle': [{ kind: 'circle', cx: 0.5, cy: 0.5, r: 0.36, outline: 0.14 }],
  // A clock face with its hands, so Overdue is never mistaken for No data's hollow circle.
  clock: [
    { kind: 'circle', cx: 0.5, cy: 0.5, r: 0.38, outline: 0.12 },
    {
      kind: 'line',
      points: [
        [0.5, 0.25],
        [0.5, 0.5],
        [0.68, 0.62],
      ],
      width: 0.11,
    },
  ],
  diamond: [polygon([0.5, 0.04], [0.96, 0.5], [0.5, 0.96], [0.04, 0.5])],
  'arrow-up': [
    inset([
      [0.5, 0],
      [1, 0.55],
      [0.68, 0.55],
      [0.68, 1],
      [0.32, 1],
      [0.32, 0.55],
      [0, 0.55],
    ]),
  ],
  'arrow-down': [
    inset([
      [0.5, 1],
      [1, 0.45],
      [0.68, 0.45],
      [0.68, 0],
      [0.32, 0],
      [0.32, 0.45],
      [0, 0.45],
    ]),
  ],
  'arrow-flat': [
    inset([
      [1, 0.5],
      [0.55, 0],
      [0.55, 0.32],
      [0, 0.32],
      [0, 0.68],
      [0.55, 0.68],
      [0.55, 1],
    ]),
  ],
};

export function shapeParts(shape: ShapeName): readonly ShapePart[] {
  return PARTS[shape];
}

const n = (value: number) => String(Math.round(value * 1000) / 1000);

/** The points of a polygon or line as an SVG `points` list, scaled and moved into place. */
export function svgPoints(points: readonly Point[], size = 1, x = 0, y = 0): string {
  return points.map(([px, py]) => `${n(x + px * size)},${n(y + py * size)}`).join(' ');
}

/** A shape as SVG markup (no <svg> wrapper), `size` pixels square with its top left at (x, y). */
export function shapeSvg(shape: ShapeName, colour: string, x: number, y: number, size: number): string {
  return shapeParts(shape)
    .map((part) => {
      switch (part.kind) {
        case 'polygon':
          return `<polygon points="${svgPoints(part.points, size, x, y)}" fill="${colour}"/>`;
        case 'line':
          return `<polyline points="${svgPoints(part.points, size, x, y)}" fill="none" stroke="${colour}" stroke-width="${n(part.width * size)}"/>`;
        case 'circle': {
          const at = `cx="${n(x + part.cx * size)}" cy="${n(y + part.cy * size)}" r="${n(part.r * size)}"`;
          return part.outline === null
            ? `<circle ${at} fill="${colour}"/>`
            : `<circle ${at} fill="none" stroke="${colour}" stroke-width="${n(part.outline * size)}"/>`;
        }
      }
    })
    .join('');
}
