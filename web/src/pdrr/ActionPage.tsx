/**
 * One key action: the appendix's columns, its milestones, its RAG in words and shape, its dated
 * progress updates (oldest first, as kept) and, for those who may, a form to record progress.
 */
import type { ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { useSession } from '../api/queries.js';
import { Loading, Page, Problem } from '../layout/Page.js';
import { StatusBadge } from '../status/StatusBadge.js';
import { useKeyAction, type KeyActionView } from './api.js';
import { mayChangePlans } from './may-change.js';
import { ProgressForm } from './ProgressForm.js';
import { ACTION_STATUS_WORDS, dateInWords } from './words.js';
import './pdrr.css';

function Details({ view }: { view: KeyActionView }) {
  const { action, rag, overdue } = view;
  const rows: [string, ReactNode][] = [
    ['Responsible officer', action.responsibleOfficer],
    ['Anticipated outcome/result', action.anticipatedOutcome],
    ['Proposed start date', dateInWords(action.proposedStartDate)],
    ['Proposed end date', `${dateInWords(action.proposedEndDate)}${overdue ? ' — overdue' : ''}`],
    ['Who else is involved', action.othersInvolved ?? 'No one else named'],
    ['Status', ACTION_STATUS_WORDS[action.status]],
    ['Complete', `${action.percentComplete}%`],
    ['RAG', <StatusBadge key="rag" status={rag.status} sentence={rag.sentence} />],
    [
      'Measures',
      action.measureIds.length === 0
        ? 'None'
        : action.measureIds.map((m, i) => (
            <span key={m}>
              {i > 0 ? ', ' : ''}
              <Link to={`/app/measures/${encodeURIComponent(m)}`}>{m}</Link>
            </span>
          )),
    ],
  ];
  return (
    <dl className="summary-list">
      {rows.map(([term, value]) => (
        <div className="summary-list__row" key={term}>
          <dt>{term}</dt>
          <dd id={term === 'RAG' ? 'action-rag' : term === 'Complete' ? 'action-complete' : undefined}>
            {value}
          </dd>
        </div>
      ))}
    </dl>
  );
}

function Updates({ view }: { view: KeyActionView }) {
  if (view.updates.length === 0) return <p>No progress has been recorded yet.</p>;
  return (
    <div className="table-wrap">
      <table className="table">
        <caption className="visually-hidden">Progress updates, oldest first</caption>
        <thead>
          <tr>
            <th scope="col">As of</th>
            <th scope="col">Status</th>
            <th scope="col" className="num">
              Complete
            </th>
            <th scope="col">Note</th>
            <th scope="col">Recorded by</th>
          </tr>
        </thead>
        <tbody>
          {view.updates.map((u) => (
            <tr key={`${u.recordedAt}:${u.asOf}:${u.note}`}>
              <td>{dateInWords(u.asOf)}</td>
              <td>{ACTION_STATUS_WORDS[u.status]}</td>
              <td className="num">{u.percentComplete}%</td>
              <td>{u.note}</td>
              <td>{u.recordedBy}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function ActionPage() {
  const { id = '' } = useParams();
  const view = useKeyAction(id);
  const session = useSession();
  return (
    <Page
      title={view.data?.action.title ?? 'Key action'}
      lead={<Link to="/app/actions">All key actions</Link>}
    >
      {view.error ? <Problem error={view.error} /> : null}
      {view.isPending ? <Loading what="the action" /> : null}
      {view.data ? (
        <>
          <p className="muted">{view.data.action.id}</p>
          <Details view={view.data} />
          {view.data.action.milestones.length > 0 ? (
            <>
              <h2>Milestones</h2>
              <ul className="plain-list">
                {view.data.action.milestones.map((m) => (
                  <li key={`${m.title}:${m.dueDate}`}>
                    {m.title} — due {dateInWords(m.dueDate)}
                    {m.completedDate ? `, completed ${dateInWords(m.completedDate)}` : ', not yet completed'}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          <h2>Progress</h2>
          <Updates view={view.data} />
          {mayChangePlans(session.data?.account) ? (
            <>
              <h2 id="record-progress">Record progress</h2>
              <ProgressForm view={view.data} />
            </>
          ) : null}
        </>
      ) : null}
    </Page>
  );
}
