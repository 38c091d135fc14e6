/**
 * Customer insight: complaints by cause and quarter, the log with each complaint's outcome and
 * what was learned, and a form to log one — so that the review step can "analyse the cause of
 * complaints and share the learning".
 */
import { useOrgUnits, useSession } from '../api/queries.js';
import { Loading, Page, Problem } from '../layout/Page.js';
import { useComplaints, type Complaint } from './api.js';
import { CauseTable } from './CauseTable.js';
import { mayChangePlans } from './may-change.js';
import { ComplaintForm } from './ComplaintForm.js';
import { CAUSE_WORDS, dateInWords, OUTCOME_WORDS } from './words.js';
import './pdrr.css';

function Log({ complaints }: { complaints: Complaint[] }) {
  const units = useOrgUnits();
  const unitName = (id: string) => units.data?.find((u) => u.id === id)?.name ?? id;
  if (complaints.length === 0) return <p>No complaints are logged.</p>;
  return (
    <div className="table-wrap">
      <table className="table">
        <caption className="visually-hidden">Complaints, latest first</caption>
        <thead>
          <tr>
            <th scope="col">Received</th>
            <th scope="col">Service</th>
            <th scope="col">Cause</th>
            <th scope="col">Complaint</th>
            <th scope="col">Outcome</th>
            <th scope="col">Learning</th>
          </tr>
        </thead>
        <tbody>
          {[...complaints].reverse().map((c) => (
            <tr key={c.id} id={c.id}>
              <td>
                {dateInWords(c.receivedOn)}
                <br />
                <span className="muted">{c.id}</span>
              </td>
              <td>{unitName(c.orgUnitId)}</td>
              <td>{CAUSE_WORDS[c.cause]}</td>
              <td>{c.summary}</td>
              <td>
                {OUTCOME_WORDS[c.outcome]}
                {c.respondedOn ? `, responded ${dateInWords(c.respondedOn)}` : ''}
              </td>
              <td>{c.learning ?? 'None recorded yet'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function ComplaintsPage() {
  const log = useComplaints({});
  const session = useSession();
  return (
    <Page
      title="Complaints"
      lead="Complaints by cause, what happened, and what the service learned and changed."
    >
      {log.error ? <Problem error={log.error} /> : null}
      {log.isPending ? <Loading what="the complaints log" /> : null}
      {log.data ? (
        <>
          <h2>By cause</h2>
          <CauseTable log={log.data} />
          {mayChangePlans(session.data?.account) ? (
            <>
              <h2 id="log-complaint">Log a complaint</h2>
              <ComplaintForm />
            </>
          ) : null}
          <h2>The log</h2>
          <Log complaints={log.data.complaints} />
        </>
      ) : null}
    </Page>
  );
}
