/**
 * The shape of a status, drawn as a small SVG beside its word: colour is never the only carrier
 * (a circle for green, a triangle for amber, a square for red, and so on, as RAG_LABELS sets).
 */
import { RAG_COLOURS } from '@charts/palette.js';
import type { RagShape, RagStatus } from '@domain/status/labels.js';
import { RAG_LABELS } from '@domain/status/labels.js';

function path(shape: RagShape, colour: string) {
  switch (shape) {
    case 'circle':
      return <circle cx="7" cy="7" r="6" fill={colour} />;
    case 'triangle':
      return <path d="M7 1 L13 13 L1 13 Z" fill={colour} />;
    case 'square':
      return <rect x="1.5" y="1.5" width="11" height="11" fill={colour} />;
    case 'dash':
      return <rect x="1" y="5.5" width="12" height="3" fill={colour} />;
    case 'hollow-circle':
      return <circle cx="7" cy="7" r="5" fill="none" stroke={colour} strokeWidth="2" />;
    case 'clock':
      return (
        <g fill="none" stroke={colour} strokeWidth="1.8">
          <circle cx="7" cy="7" r="5.6" />
          <path d="M7 3.5 V7 L9.5 8.5" />
        </g>
      );
    case 'diamond':
      return <path d="M7 0.5 L13.5 7 L7 13.5 L0.5 7 Z" fill={colour} />;
  }
}

export function StatusShape({ status }: { status: RagStatus }) {
  return (
    <svg
      className="status-shape"
      width="14"
      height="14"
      viewBox="0 0 14 14"
      aria-hidden="true"
      focusable="false"
    >
      {path(RAG_LABELS[status].shape, RAG_COLOURS[status])}
    </svg>
  );
}
