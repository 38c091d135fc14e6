/**
 * A RAG status as people read it: shape, word and colour together, and on hover or focus the
 * sentence that explains it ("Red: 4.2% is 0.2 percentage points above the target of 4% …").
 */
import type { RagStatus } from '@domain/status/labels.js';
import { RAG_LABELS } from '@domain/status/labels.js';
import { StatusShape } from './Shape.js';
import { Tip } from './Tip.js';

export function StatusWord({ status }: { status: RagStatus }) {
  return (
    <span className={`status status--${status}`}>
      <StatusShape status={status} />
      <span className="status__word">{RAG_LABELS[status].word}</span>
    </span>
  );
}

export function StatusBadge({
  status,
  sentence,
}: {
  status: RagStatus;
  /** The engine's sentence; the label's meaning when there is none. */
  sentence?: string | null;
}) {
  const label = RAG_LABELS[status];
  const explanation = sentence ?? `${label.word}: ${label.description}`;
  return (
    <Tip explanation={explanation}>
      <StatusWord status={status} />
    </Tip>
  );
}
