/** What review meetings decided about this measure, latest first, each linking to its meeting. */
import { Link } from 'react-router';
import { Loading, Problem } from '../layout/Page.js';
import { useMeasureDecisions } from '../reviews/api.js';
import { dateInWords } from '../reviews/words.js';

export function MeasureDecisions({ measure }: { measure: string }) {
  const decisions = useMeasureDecisions(measure);
  if (decisions.error) return <Problem error={decisions.error} />;
  if (!decisions.data) return <Loading what="the decisions" />;
  if (decisions.data.length === 0)
    return <p>No review meeting has recorded a decision about this measure.</p>;
  const latestFirst = [...decisions.data].sort(
    (a, b) => b.meeting.meetingDate.localeCompare(a.meeting.meetingDate) || b.id - a.id,
  );
  return (
    <ul className="decisions">
      {latestFirst.map((d) => (
        <li key={d.id}>
          <Link to={`/app/reviews/${encodeURIComponent(d.meeting.id)}`}>{d.meeting.title}</Link>,{' '}
          {dateInWords(d.meeting.meetingDate)}: {d.text}
        </li>
      ))}
    </ul>
  );
}
