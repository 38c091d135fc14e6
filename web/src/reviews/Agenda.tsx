/** A meeting's agenda, built from the pack's exceptions worst first, under one heading per kind. */
import { Link } from 'react-router';
import type { AgendaKind } from '@domain/pdrr/review.js';
import type { MeetingRecord } from './api.js';
import { AGENDA_KIND_LABELS } from './words.js';

const ABOUT_A_MEASURE: ReadonlySet<AgendaKind> = new Set([
  'red',
  'spc-concern',
  'at-risk',
  'missing-recovery-plan',
]);

function subjectLink(kind: AgendaKind, subject: string, title: string, asAt: string) {
  if (ABOUT_A_MEASURE.has(kind))
    return (
      <Link to={`/app/measures/${encodeURIComponent(subject)}?period=${encodeURIComponent(asAt)}`}>
        {title}
      </Link>
    );
  if (kind === 'recovery-plan') return <Link to={`/app/recovery-plans#${subject}`}>{title}</Link>;
  if (kind === 'overdue-risk-review') return <Link to={`/app/risks#${subject}`}>{title}</Link>;
  return <>{title}</>;
}

export function Agenda({ record }: { record: MeetingRecord }) {
  if (record.agenda.length === 0) return <p>No exceptions: nothing needs a decision.</p>;
  const kinds = [...new Set(record.agenda.map((a) => a.kind))];
  return (
    <div className="agenda">
      {kinds.map((kind) => (
        <section key={kind} aria-labelledby={`agenda-${kind}`}>
          <h3 id={`agenda-${kind}`}>{AGENDA_KIND_LABELS[kind]}</h3>
          <ol className="agenda__items">
            {record.agenda
              .filter((a) => a.kind === kind)
              .map((a) => (
                <li key={`${a.kind}:${a.subjectId}`}>
                  <span className="muted">{a.subjectId}</span>{' '}
                  {subjectLink(a.kind, a.subjectId, a.title, record.meeting.asAt)}
                  <br />
                  {a.detail}
                </li>
              ))}
          </ol>
        </section>
      ))}
    </div>
  );
}
