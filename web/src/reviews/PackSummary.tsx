/** The frozen pack a meeting reviewed: when it was taken, how the scorecard stood by status, and its recovery plans. */
import type { MeetingRecord } from './api.js';
import { dateInWords } from './words.js';

interface PackShape {
  judgedOn?: string;
  approvedOnly?: boolean;
  scorecard?: { ragWord?: string }[];
  recoveryPlans?: unknown[];
}

export function PackSummary({ record }: { record: MeetingRecord }) {
  const pack = record.pack;
  if (!pack) return <p>No pack has been taken for this meeting.</p>;
  const content = pack.content as PackShape;
  const rows = content.scorecard ?? [];
  const counts = new Map<string, number>();
  for (const row of rows)
    counts.set(row.ragWord ?? 'No status', (counts.get(row.ragWord ?? 'No status') ?? 0) + 1);
  return (
    <dl className="summary-list">
      <div className="summary-list__row">
        <dt>Taken</dt>
        <dd>
          {dateInWords(pack.takenAt)}
          {record.packs > 1 ? ` (the latest of ${record.packs} packs)` : ''}
        </dd>
      </div>
      <div className="summary-list__row">
        <dt>Figures</dt>
        <dd>
          as at {record.meeting.asAt}
          {content.judgedOn ? `, judged on ${dateInWords(content.judgedOn)}` : ''}
          {content.approvedOnly ? ', approved figures only' : ''}
        </dd>
      </div>
      <div className="summary-list__row">
        <dt>Scorecard</dt>
        <dd>
          {rows.length} measures
          {counts.size > 0
            ? `: ${[...counts.entries()]
                .sort((a, b) => b[1] - a[1])
                .map(([word, n]) => `${n} ${word}`)
                .join(', ')}`
            : ''}
        </dd>
      </div>
      <div className="summary-list__row">
        <dt>Recovery plans</dt>
        <dd>{(content.recoveryPlans ?? []).length}</dd>
      </div>
      {pack.reportFile ? (
        <div className="summary-list__row">
          <dt>Report</dt>
          <dd>{pack.reportFile}</dd>
        </div>
      ) : null}
    </dl>
  );
}
