/** A status tag's shape as a small inline SVG, drawn beside its word (never instead of it). */
import type { ReactElement } from 'react';
import type { StatusTag } from '../document.js';

export function shapePath(tag: StatusTag): ReactElement {
  const c = tag.colour;
  switch (tag.shape) {
    case 'circle':
      return <circle cx="6" cy="6" r="5" fill={c} />;
    case 'triangle':
      return <path d="M6 1 L11 11 L1 11 Z" fill={c} />;
    case 'square':
      return <rect x="1.5" y="1.5" width="9" height="9" fill={c} />;
    case 'dash':
      return <rect x="1" y="5" width="10" height="2" fill={c} />;
    case 'hollow-circle':
      return <circle cx="6" cy="6" r="4.2" fill="none" stroke={c} strokeWidth="1.6" />;
    case 'clock':
      return (
        <g fill="none" stroke={c} strokeWidth="1.4">
          <circle cx="6" cy="6" r="4.6" />
          <path d="M6 3 V6 L8 7.5" />
        </g>
      );
    case 'diamond':
      return <path d="M6 0.5 L11.5 6 L6 11.5 L0.5 6 Z" fill={c} />;
    case 'arrow-up':
      return <path d="M6 1 L11 7 H8 V11 H4 V7 H1 Z" fill={c} />;
    case 'arrow-down':
      return <path d="M6 11 L11 5 H8 V1 H4 V5 H1 Z" fill={c} />;
    case 'arrow-flat':
      return <path d="M11 6 L6 1 V4 H1 V8 H6 V11 Z" fill={c} />;
  }
}

export function TagShape({ tag }: { tag: StatusTag }): ReactElement {
  return (
    <svg
      className="tag-shape"
      width="12"
      height="12"
      viewBox="0 0 12 12"
      aria-hidden="true"
      focusable="false"
    >
      {shapePath(tag)}
      {tag.letter ? (
        <text x="6" y="9" textAnchor="middle" fontSize="8" fontWeight="bold" fill="#fff">
          {tag.letter}
        </text>
      ) : null}
    </svg>
  );
}
