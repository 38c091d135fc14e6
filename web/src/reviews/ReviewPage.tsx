/**
 * One review meeting: its forum and date, the pack it reviewed (frozen when taken), the agenda
 * built from exceptions with links to each measure, the decisions recorded and who attended.
 */
import { Link, useParams } from 'react-router';
import { useSession } from '../api/queries.js';
import { Loading, Page, Problem } from '../layout/Page.js';
import { Agenda } from './Agenda.js';
import { useMeeting } from './api.js';
import { AddAttendee, AttendanceTable } from './Attendance.js';
import { DecisionForm } from './DecisionForm.js';
import { PackSummary } from './PackSummary.js';
import './reviews.css';
import {
  COUNCIL_FORUMS,
  dateInWords,
  mayArrangeMeetings,
  mayMinuteCouncilForums,
  REVIEW_FORUM_LABELS,
} from './words.js';

export function ReviewPage() {
  const { id = '' } = useParams();
  const meeting = useMeeting(id);
  const session = useSession();
  if (meeting.error)
    return (
      <Page title="Review meeting not found">
        <Problem error={meeting.error} />
        <p>
          <Link to="/app/reviews">All review meetings</Link>
        </p>
      </Page>
    );
  if (!meeting.data)
    return (
      <Page title="Review meeting">
        <Loading what="the meeting" />
      </Page>
    );
  const r = meeting.data;
  const m = r.meeting;
  const account = session.data?.account;
  const minutes = COUNCIL_FORUMS.has(m.forum) ? mayMinuteCouncilForums(account) : mayArrangeMeetings(account);
  return (
    <Page title={m.title}>
      <p>
        <Link to="/app/reviews">All review meetings</Link>
      </p>
      <dl className="summary-list">
        <div className="summary-list__row">
          <dt>Forum</dt>
          <dd>{REVIEW_FORUM_LABELS[m.forum]}</dd>
        </div>
        <div className="summary-list__row">
          <dt>Date</dt>
          <dd>{dateInWords(m.meetingDate)}</dd>
        </div>
      </dl>
      <h2>The pack reviewed</h2>
      <PackSummary record={r} />
      <h2>Agenda</h2>
      <Agenda record={r} />
      <h2>Decisions</h2>
      {r.decisions.length === 0 ? (
        <p>No decisions have been recorded.</p>
      ) : (
        <ol className="decisions">
          {r.decisions.map((d) => (
            <li key={d.id}>
              {d.text}
              {d.measureId ? (
                <>
                  {' '}
                  (about <Link to={`/app/measures/${encodeURIComponent(d.measureId)}`}>{d.measureId}</Link>)
                </>
              ) : null}
              {d.actionId ? <> — key action {d.actionId}</> : null}
            </li>
          ))}
        </ol>
      )}
      {minutes ? (
        <>
          <h3 id="record-decision">Record a decision</h3>
          <DecisionForm record={r} />
        </>
      ) : null}
      <h2>Attendance</h2>
      <AttendanceTable record={r} editable={minutes} />
      {minutes ? <AddAttendee record={r} /> : null}
    </Page>
  );
}
