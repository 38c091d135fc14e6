/** Setting up a review meeting: forum, unit for a management forum, date and the period its figures are as at. */
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { useAppConfig, useOrgUnits } from '../api/queries.js';
import { useNewMeeting } from './api.js';
import './reviews.css';
import { ErrorSummary, messageOf, type FieldProblem } from './ErrorSummary.js';
import { COUNCIL_FORUMS, REVIEW_FORUM_LABELS, REVIEW_FORUMS } from './words.js';

type Forum = (typeof REVIEW_FORUMS)[number];
const UNIT_KIND: Record<Forum, string | null> = {
  cabinet: null,
  'scrutiny-board': null,
  'directorate-leadership-team': 'directorate',
  service: 'service',
  team: 'team',
};

export function NewMeetingForm() {
  const config = useAppConfig();
  const units = useOrgUnits();
  const create = useNewMeeting();
  const navigate = useNavigate();
  const [forum, setForum] = useState<Forum>('cabinet');
  const [unit, setUnit] = useState('');
  const [date, setDate] = useState('');
  const [asAt, setAsAt] = useState<string | null>(null);
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const period = asAt ?? config.data?.defaultPeriod ?? '';
  const kind = UNIT_KIND[forum];

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: FieldProblem[] = [];
    if (kind && !unit)
      found.push({ field: 'meeting-unit', message: `Choose the ${kind} the meeting is for` });
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date))
      found.push({ field: 'meeting-date', message: 'Enter the meeting date: day, month and year' });
    if (!period.trim())
      found.push({ field: 'meeting-as-at', message: 'Enter the period, for example 2017/18-Q2' });
    setProblems(found);
    if (found.length > 0) return;
    try {
      const made = await create.mutateAsync({
        forum,
        orgUnitId: COUNCIL_FORUMS.has(forum) ? null : unit,
        meetingDate: date,
        asAt: period.trim(),
      });
      await navigate(`/app/reviews/${encodeURIComponent(made.meeting.id)}`);
    } catch (error) {
      setProblems([{ field: null, message: messageOf(error) }]);
    }
  };

  const invalid = (field: string) => problems.some((p) => p.field === field) || undefined;
  return (
    <>
      <ErrorSummary id="meeting-errors" title="The meeting was not set up" problems={problems} />
      <form className="form" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="new-meeting">
        <div className="form-group">
          <label className="label" htmlFor="meeting-forum">
            Forum
          </label>
          <select
            id="meeting-forum"
            className="select"
            value={forum}
            onChange={(e) => {
              setForum(e.target.value as Forum);
              setUnit('');
            }}
          >
            {REVIEW_FORUMS.map((f) => (
              <option key={f} value={f}>
                {REVIEW_FORUM_LABELS[f]}
              </option>
            ))}
          </select>
        </div>
        {kind ? (
          <div className="form-group">
            <label className="label" htmlFor="meeting-unit">
              Unit
            </label>
            <select
              id="meeting-unit"
              className="select"
              value={unit}
              aria-invalid={invalid('meeting-unit')}
              onChange={(e) => setUnit(e.target.value)}
            >
              <option value="">Choose one</option>
              {(units.data ?? [])
                .filter((u) => u.kind === kind)
                .map((u) => (
                  <option key={u.id} value={u.id}>
                    {u.name}
                  </option>
                ))}
            </select>
          </div>
        ) : null}
        <div className="form-group">
          <label className="label" htmlFor="meeting-date">
            Meeting date
          </label>
          <span className="hint" id="meeting-date-hint">
            Day, month and year
          </span>
          <input
            id="meeting-date"
            type="date"
            className="input input--date"
            value={date}
            aria-describedby="meeting-date-hint"
            aria-invalid={invalid('meeting-date')}
            onChange={(e) => setDate(e.target.value)}
          />
        </div>
        <div className="form-group">
          <label className="label" htmlFor="meeting-as-at">
            Figures as at
          </label>
          <span className="hint" id="meeting-as-at-hint">
            The period the pack reports, for example 2017/18-Q2
          </span>
          <input
            id="meeting-as-at"
            className="input input--short"
            value={period}
            aria-describedby="meeting-as-at-hint"
            aria-invalid={invalid('meeting-as-at')}
            onChange={(e) => setAsAt(e.target.value)}
          />
        </div>
        <button type="submit" className="button" disabled={create.isPending}>
          {create.isPending ? 'Setting up the meeting…' : 'Set up the meeting'}
        </button>
      </form>
    </>
  );
}
