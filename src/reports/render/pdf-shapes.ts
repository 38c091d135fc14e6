/** A status tag's shape as pdfmake canvas drawing: vector, crisp at any zoom, cheap to lay out. */
import { shapeParts } from '../../charts/shapes.js';
import type { StatusTag } from '../document.js';

type CanvasOp = Record<string, unknown>;

export function shapeCanvas(tag: StatusTag, size = 8): CanvasOp[] {
  const c = tag.colour;
  const at = (points: readonly (readonly [number, number])[]) =>
    points.map(([x, y]) => ({ x: x * size, y: y * size }));
  return shapeParts(tag.shape).map((part): CanvasOp => {
    switch (part.kind) {
      case 'polygon':
        return { type: 'polyline', closePath: true, color: c, lineColor: c, points: at(part.points) };
      case 'line':
        return { type: 'polyline', lineColor: c, lineWidth: part.width * size, points: at(part.points) };
      case 'circle': {
        const circle = {
          type: 'ellipse',
          x: part.cx * size,
          y: part.cy * size,
          r1: part.r * size,
          r2: part.r * size,
        };
        return part.outline === null
          ? { ...circle, color: c }
          : { ...circle, lineColor: c, lineWidth: part.outline * size };
      }
    }
  });
}
