/**
 * The shape of a status, drawn as a small SVG beside its word: colour is never the only carrier
 * (a circle for green, a triangle for amber, a square for red, and so on, as RAG_LABELS sets).
 */
import { RAG_COLOURS } from '@charts/palette.js';
import { ShapeIcon } from '@charts/ShapeIcon.js';
import type { RagStatus } from '@domain/status/labels.js';
import { RAG_LABELS } from '@domain/status/labels.js';

export function StatusShape({ status }: { status: RagStatus }) {
  return (
    <ShapeIcon
      className="status-shape"
      shape={RAG_LABELS[status].shape}
      colour={RAG_COLOURS[status]}
      size={14}
    />
  );
}
