/**
 * A status shape as a small inline SVG for React pages (the web app and the HTML report), drawn
 * beside its word, never instead of it. The geometry is `shapes.ts`, shared with the PDF and the
 * infographic.
 */
import type { ReactElement } from 'react';
import { shapeParts, svgPoints, type ShapeName } from './shapes.js';

/** Drawn in a 12-unit box: small fractional font sizes in a unit box render unevenly. */
const BOX = 12;
const at = (unit: number) => Math.round(unit * BOX * 1000) / 1000;

export interface ShapeIconProps {
  shape: ShapeName;
  colour: string;
  /** Width and height in pixels. */
  size: number;
  className: string;
  /** A letter drawn inside the shape, as the SPC icons carry (H, L, P, F, ?). */
  letter?: string | null;
}

export function ShapeIcon({ shape, colour, size, className, letter }: ShapeIconProps): ReactElement {
  return (
    <svg
      className={className}
      width={size}
      height={size}
      viewBox={`0 0 ${BOX} ${BOX}`}
      aria-hidden="true"
      focusable="false"
    >
      {shapeParts(shape).map((part, i) => {
        switch (part.kind) {
          case 'polygon':
            return <polygon key={i} points={svgPoints(part.points, BOX)} fill={colour} />;
          case 'line':
            return (
              <polyline
                key={i}
                points={svgPoints(part.points, BOX)}
                fill="none"
                stroke={colour}
                strokeWidth={at(part.width)}
              />
            );
          case 'circle':
            return part.outline === null ? (
              <circle key={i} cx={at(part.cx)} cy={at(part.cy)} r={at(part.r)} fill={colour} />
            ) : (
              <circle
                key={i}
                cx={at(part.cx)}
                cy={at(part.cy)}
                r={at(part.r)}
                fill="none"
                stroke={colour}
                strokeWidth={at(part.outline)}
              />
            );
        }
      })}
      {letter ? (
        <text x="6" y="9" textAnchor="middle" fontSize="8" fontWeight="bold" fill="#fff">
          {letter}
        </text>
      ) : null}
    </svg>
  );
}
