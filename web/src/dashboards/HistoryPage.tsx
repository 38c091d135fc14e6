/**
 * A dashboard's versions at /app/dashboards/:id/history, newest first: who saved each and when,
 * what it changed in words, its cards, and — for those who may edit — a button to bring an earlier
 * version back. Restoring saves a new version; nothing is ever taken out of the history.
 */
import { CARD_KIND_LABELS } from '@domain/dashboards/card.js';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { Loading, Page, Problem } from '../layout/Page.js';
import { useDashboard, useDashboardHistory, useRestoreDashboard, type HistoryVersion } from './api.js';
import './dashboards.css';

const when = (at: string) => (at ? `${at.slice(0, 10)} at ${at.slice(11, 16)}` : '');

function VersionCards({ version }: { version: HistoryVersion }) {
  const ordered = [...version.cards].sort((a, b) => a.row - b.row || a.column - b.column);
  if (ordered.length === 0) return <p>No cards.</p>;
  return (
    <details className="dash-history__cards">
      <summary>
        Show its {version.cardCount} {version.cardCount === 1 ? 'card' : 'cards'}
        <span className="visually-hidden">: version {version.version}</span>
      </summary>
      <ol>
        {ordered.map((c) => (
          <li key={c.id}>
            {c.title ?? CARD_KIND_LABELS[c.kind]}
            {c.measureId ? ` (${c.measureId})` : ''} — row {c.row + 1}, column {c.column + 1}, {c.width} wide,{' '}
            {c.height} tall
          </li>
        ))}
      </ol>
    </details>
  );
}

export function HistoryPage() {
  const { id = '' } = useParams();
  const current = useDashboard(id);
  const history = useDashboardHistory(id);
  const restore = useRestoreDashboard(id);
  const [restored, setRestored] = useState<string | null>(null);

  if (current.isPending || history.isPending) return <Loading what="the dashboard’s history" />;
  if (current.isError) return <Problem error={current.error} />;
  if (history.isError) return <Problem error={history.error} />;
  const { dashboard, canEdit } = current.data;
  const versions = [...history.data].reverse();
  const dashboardLink = `/app/dashboards/${encodeURIComponent(id)}`;

  return (
    <Page
      title={`Version history: ${dashboard.title}`}
      lead="Every saved version, newest first. Bringing back an earlier version saves it as a new one, so nothing is lost."
    >
      <p>
        <Link to={dashboardLink}>Back to the dashboard</Link>
      </p>
      <p className="visually-hidden" role="status" aria-live="polite">
        {restored ?? ''}
      </p>
      {restored ? <p className="dash-history__done">{restored}</p> : null}
      {restore.isError ? <Problem error={restore.error} /> : null}
      <ol className="dash-history" reversed>
        {versions.map((v) => {
          const latest = v.version === dashboard.version;
          return (
            <li key={v.version} className="dash-history__version">
              <h2 className="dash-history__heading">
                Version {v.version}
                {latest ? ' (current)' : ''}
              </h2>
              <p className="dash-history__who">
                {v.version === 0
                  ? 'Generated from the golden thread.'
                  : `Saved by ${v.changedBy} on ${when(v.changedAt)}.`}{' '}
                Title “{v.title}”.
              </p>
              <ul className="dash-history__changes">
                {v.changes.map((c) => (
                  <li key={c}>{c}</li>
                ))}
              </ul>
              <VersionCards version={v} />
              {canEdit && !latest ? (
                <button
                  type="button"
                  className="button button--secondary button--small"
                  disabled={restore.isPending}
                  onClick={() =>
                    restore.mutate(
                      { current: dashboard.version, from: v },
                      {
                        onSuccess: (saved) =>
                          setRestored(
                            `Version ${v.version} brought back as version ${saved.dashboard.version}.`,
                          ),
                      },
                    )
                  }
                >
                  Restore version {v.version}
                </button>
              ) : null}
            </li>
          );
        })}
      </ol>
    </Page>
  );
}
