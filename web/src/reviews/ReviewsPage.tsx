/**
 * Review meetings by forum, latest first, each linking to its record; and, for those who arrange
 * them, a form to set one up (which takes the pack and builds the agenda from exceptions).
 */
import { Link } from 'react-router';
import { useSession } from '../api/queries.js';
import { Loading, Page, Problem } from '../layout/Page.js';
import { useMeetings, type Meeting } from './api.js';
import { NewMeetingForm } from './NewMeetingForm.js';
import { dateInWords, mayArrangeMeetings, REVIEW_FORUM_LABELS, REVIEW_FORUMS } from './words.js';

function ForumTable({ forum, meetings }: { forum: Meeting['forum']; meetings: Meeting[] }) {
  return (
    <div className="table-wrap">
      <table className="table">
        <caption>{REVIEW_FORUM_LABELS[forum]}</caption>
        <thead>
          <tr>
            <th scope="col">Date</th>
            <th scope="col">Meeting</th>
            <th scope="col">Figures as at</th>
          </tr>
        </thead>
        <tbody>
          {meetings.map((m) => (
            <tr key={m.id}>
              <td>{dateInWords(m.meetingDate)}</td>
              <td>
                <Link to={`/app/reviews/${encodeURIComponent(m.id)}`}>{m.title}</Link>
              </td>
              <td>{m.asAt}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function ReviewsPage() {
  const meetings = useMeetings();
  const session = useSession();
  const list = meetings.data ?? [];
  const sorted = [...list].sort((a, b) => b.meetingDate.localeCompare(a.meetingDate));
  return (
    <Page
      title="Review meetings"
      lead="Meetings that review plans, scorecards, risks and recovery plans, with the pack each reviewed and what it decided."
    >
      {meetings.error ? <Problem error={meetings.error} /> : null}
      {meetings.isPending ? <Loading what="the meetings" /> : null}
      {meetings.data && list.length === 0 ? <p>There are no review meetings you may see yet.</p> : null}
      {REVIEW_FORUMS.map((forum) => {
        const these = sorted.filter((m) => m.forum === forum);
        return these.length > 0 ? <ForumTable key={forum} forum={forum} meetings={these} /> : null;
      })}
      {mayArrangeMeetings(session.data?.account) ? (
        <>
          <h2 id="new-meeting">New review meeting</h2>
          <NewMeetingForm />
        </>
      ) : null}
    </Page>
  );
}
