/**
 * Everything the owner has said about a measure, period by period, newest first: the current
 * commentary of each period shown, and what it replaced disclosed on request, with who recorded
 * each version, when and why.
 */
import { useQuery } from '@tanstack/react-query';
import { getJson } from '../api/client.js';
import { Loading, Problem } from '../layout/Page.js';
import './commentary-history.css';

interface CommentaryVersion {
  version: number;
  summary: string;
  reasons: string | null;
  nextSteps: string | null;
  authorName: string | null;
  recordedBy: string;
  recordedAt: string;
  reason: string;
  withdrawn: boolean;
  superseded: boolean;
}

interface CommentaryHistoryAnswer {
  measureId: string;
  area: { code: string; name: string } | null;
  periods: { period: string; periodLabel: string; versions: CommentaryVersion[] }[];
}

const when = (iso: string) => iso.slice(0, 16).replace('T', ' at ');

function Said({ v }: { v: CommentaryVersion }) {
  if (v.withdrawn) return <p>The commentary was withdrawn.</p>;
  return (
    <dl className="summary-list">
      <div className="summary-list__row">
        <dt>What happened</dt>
        <dd>{v.summary}</dd>
      </div>
      <div className="summary-list__row">
        <dt>Why</dt>
        <dd>{v.reasons ?? '—'}</dd>
      </div>
      <div className="summary-list__row">
        <dt>What is being done</dt>
        <dd>{v.nextSteps ?? '—'}</dd>
      </div>
    </dl>
  );
}

function Recorded({ v }: { v: CommentaryVersion }) {
  return (
    <p className="muted">
      Version {v.version}
      {v.authorName ? `, written by ${v.authorName}` : ''}; recorded by {v.recordedBy} on {when(v.recordedAt)}{' '}
      ({v.reason})
    </p>
  );
}

export function CommentaryHistory({ measure }: { measure: string }) {
  const path = `/api/v1/measures/${encodeURIComponent(measure)}/commentary`;
  const history = useQuery({
    queryKey: ['figures', 'commentary', path],
    queryFn: () => getJson<CommentaryHistoryAnswer>(path),
  });
  return (
    <section aria-labelledby="commentary-history">
      <h3 id="commentary-history">Commentary history</h3>
      {history.isPending ? <Loading what="the commentary history" /> : null}
      {history.error ? <Problem error={history.error} /> : null}
      {history.data && history.data.periods.length === 0 ? <p>No commentary has been written yet.</p> : null}
      {history.data && history.data.periods.length > 0 ? (
        <ol className="plain-list commentary-history">
          {history.data.periods.map((p) => {
            const [current, ...earlier] = p.versions;
            return (
              <li key={p.period}>
                <h4>
                  {p.periodLabel}
                  {history.data.area ? <span className="muted"> · {history.data.area.name}</span> : null}
                </h4>
                {current ? (
                  <>
                    <Said v={current} />
                    <Recorded v={current} />
                  </>
                ) : null}
                {earlier.length > 0 ? (
                  <details>
                    <summary>
                      {earlier.length === 1 ? 'An earlier version' : `${earlier.length} earlier versions`} of
                      the commentary on {p.periodLabel}
                    </summary>
                    {earlier.map((v) => (
                      <div key={v.version}>
                        <p>
                          <strong>Replaced</strong>
                        </p>
                        <Said v={v} />
                        <Recorded v={v} />
                      </div>
                    ))}
                  </details>
                ) : null}
              </li>
            );
          })}
        </ol>
      ) : null}
    </section>
  );
}
