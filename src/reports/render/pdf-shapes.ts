/** A status tag's shape as pdfmake canvas drawing: vector, crisp at any zoom, cheap to lay out. */
import type { StatusTag } from '../document.js';

type CanvasOp = Record<string, unknown>;

export function shapeCanvas(tag: StatusTag, size = 8): CanvasOp[] {
  const c = tag.colour;
  const s = size;
  const h = s / 2;
  const poly = (points: [number, number][]): CanvasOp => ({
    type: 'polyline',
    closePath: true,
    color: c,
    lineColor: c,
    points: points.map(([x, y]) => ({ x: x * s, y: y * s })),
  });
  switch (tag.shape) {
    case 'circle':
      return [{ type: 'ellipse', x: h, y: h, r1: h, r2: h, color: c }];
    case 'hollow-circle':
      return [{ type: 'ellipse', x: h, y: h, r1: h - 0.7, r2: h - 0.7, lineColor: c, lineWidth: 1.2 }];
    case 'clock':
      return [
        { type: 'ellipse', x: h, y: h, r1: h - 0.6, r2: h - 0.6, lineColor: c, lineWidth: 1.1 },
        {
          type: 'polyline',
          lineColor: c,
          lineWidth: 1,
          points: [
            { x: h, y: 1.8 },
            { x: h, y: h },
            { x: s - 2, y: h + 1.2 },
          ],
        },
      ];
    case 'triangle':
      return [
        poly([
          [0.5, 0],
          [1, 1],
          [0, 1],
        ]),
      ];
    case 'square':
      return [{ type: 'rect', x: 0.5, y: 0.5, w: s - 1, h: s - 1, color: c }];
    case 'dash':
      return [{ type: 'rect', x: 0, y: h - 1, w: s, h: 2, color: c }];
    case 'diamond':
      return [
        poly([
          [0.5, 0],
          [1, 0.5],
          [0.5, 1],
          [0, 0.5],
        ]),
      ];
    case 'arrow-up':
      return [
        poly([
          [0.5, 0],
          [1, 0.55],
          [0.68, 0.55],
          [0.68, 1],
          [0.32, 1],
          [0.32, 0.55],
          [0, 0.55],
        ]),
      ];
    case 'arrow-down':
      return [
        poly([
          [0.5, 1],
          [1, 0.45],
          [0.68, 0.45],
          [0.68, 0],
          [0.32, 0],
          [0.32, 0.45],
          [0, 0.45],
        ]),
      ];
    case 'arrow-flat':
      return [
        poly([
          [1, 0.5],
          [0.55, 0],
          [0.55, 0.32],
          [0, 0.32],
          [0, 0.68],
          [0.55, 0.68],
          [0.55, 1],
        ]),
      ];
  }
}
