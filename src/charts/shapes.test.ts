import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { RAG_SHAPES } from '../domain/status/labels.js';
import { ShapeIcon } from './ShapeIcon.js';
import { SHAPES, shapeParts, shapeSvg } from './shapes.js';

describe('status shapes', () => {
  it('draws every shape a status can have', () => {
    for (const shape of RAG_SHAPES) expect(SHAPES).toContain(shape);
  });

  it('keeps every shape inside its box, strokes included', () => {
    for (const shape of SHAPES) {
      for (const part of shapeParts(shape)) {
        if (part.kind === 'circle') {
          const reach = part.r + (part.outline ?? 0) / 2;
          expect(part.cx - reach, shape).toBeGreaterThanOrEqual(0);
          expect(part.cx + reach, shape).toBeLessThanOrEqual(1);
        } else {
          for (const [x, y] of part.points) {
            expect(Math.min(x, y), shape).toBeGreaterThanOrEqual(0);
            expect(Math.max(x, y), shape).toBeLessThanOrEqual(1);
          }
        }
      }
    }
  });

  it('gives each shape its own drawing, so no two statuses look alike in grey', () => {
    const drawn = SHAPES.map((shape) => shapeSvg(shape, '#000', 0, 0, 12));
    expect(new Set(drawn).size).toBe(SHAPES.length);
  });

  it('tells overdue (a clock with hands) from no data (an empty ring)', () => {
    expect(shapeSvg('clock', '#000', 0, 0, 10)).toContain('<polyline');
    expect(shapeSvg('hollow-circle', '#000', 0, 0, 10)).not.toContain('<polyline');
  });

  it('scales and places a shape where it is asked', () => {
    expect(shapeSvg('circle', '#123456', 10, 20, 10)).toBe(
      '<circle cx="15" cy="25" r="4.2" fill="#123456"/>',
    );
  });

  it('draws the same geometry as an icon for React pages as it does in SVG markup', () => {
    for (const shape of SHAPES) {
      const icon = renderToStaticMarkup(
        createElement(ShapeIcon, { shape, colour: '#000', size: 14, className: 's' }),
      );
      const inner = icon
        .replace(/^<svg[^>]*>|<\/svg>$/g, '')
        .replace(/><\/(circle|polygon|polyline)>/g, '/>');
      const markup = shapeSvg(shape, '#000', 0, 0, 12);
      expect(inner, shape).toBe(markup);
    }
  });
});
