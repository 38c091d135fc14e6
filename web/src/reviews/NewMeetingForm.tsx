/** Setting up a review meeting: forum, unit for a management forum, date and the period its figures are as at. */
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { useAppConfig, useOrgUnits } from '../api/queries.js';
import { SelectField, TextField } from '../forms/fields.js';
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
        <SelectField
          id="meeting-forum"
          label="Forum"
          choices={REVIEW_FORUMS.map((f) => ({ value: f, text: REVIEW_FORUM_LABELS[f] }))}
          value={forum}
          onChange={(e) => {
            setForum(e.target.value as Forum);
            setUnit('');
          }}
        />
        {kind ? (
          <SelectField
            id="meeting-unit"
            label="Unit"
            choices={[
              { value: '', text: 'Choose one' },
              ...(units.data ?? [])
                .filter((u) => u.kind === kind)
                .map((u) => ({ value: u.id, text: u.name })),
            ]}
            value={unit}
            aria-invalid={invalid('meeting-unit')}
            onChange={(e) => setUnit(e.target.value)}
          />
        ) : null}
        <TextField
          id="meeting-date"
          label="Meeting date"
          hint="Day, month and year"
          type="date"
          className="input input--date"
          value={date}
          aria-invalid={invalid('meeting-date')}
          onChange={(e) => setDate(e.target.value)}
        />
        <TextField
          id="meeting-as-at"
          label="Figures as at"
          hint="The period the pack reports, for example 2017/18-Q2"
          short
          value={period}
          aria-invalid={invalid('meeting-as-at')}
          onChange={(e) => setAsAt(e.target.value)}
        />
        <button type="submit" className="button" disabled={create.isPending}>
          {create.isPending ? 'Setting up the meeting…' : 'Set up the meeting'}
        </button>
      </form>
    </>
  );
}
