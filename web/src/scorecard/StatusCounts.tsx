/** How many measures stand at each status, each with its shape and word. */
import { RAG_STATUSES, type RagStatus } from '@domain/status/labels.js';
import { StatusWord } from '../status/StatusBadge.js';

export function StatusCounts({
  counts,
  label,
}: {
  counts: Partial<Record<RagStatus, number>>;
  label: string;
}) {
  const shown = RAG_STATUSES.filter((s) => (counts[s] ?? 0) > 0);
  if (shown.length === 0) return <p className="muted">Nothing judged yet.</p>;
  return (
    <ul className="counts" aria-label={label}>
      {shown.map((s) => (
        <li key={s}>
          <StatusWord status={s} /> {counts[s]}
        </li>
      ))}
    </ul>
  );
}

export function countStatuses(statuses: readonly RagStatus[]): Partial<Record<RagStatus, number>> {
  const counts: Partial<Record<RagStatus, number>> = {};
  for (const s of statuses) counts[s] = (counts[s] ?? 0) + 1;
  return counts;
}
