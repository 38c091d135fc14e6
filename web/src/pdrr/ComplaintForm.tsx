/** Logging a complaint: when it came in, the service, its cause, what it was about, and (if known) its outcome and learning. */
import { useState, type FormEvent } from 'react';
import type { ComplaintCause, ComplaintOutcome } from '@domain/pdrr/complaints.js';
import { useOrgUnits } from '../api/queries.js';
import { SelectField, TextAreaField, TextField } from '../forms/fields.js';
import { ErrorSummary, messageOf, type FieldProblem } from '../reviews/ErrorSummary.js';
import { useLogComplaint } from './api.js';
import { CAUSE_WORDS, COMPLAINT_CAUSES, COMPLAINT_OUTCOMES, OUTCOME_WORDS } from './words.js';
import '../reviews/reviews.css';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function ComplaintForm() {
  const units = useOrgUnits();
  const save = useLogComplaint();
  const [receivedOn, setReceivedOn] = useState('');
  const [orgUnitId, setOrgUnitId] = useState('');
  const [cause, setCause] = useState<ComplaintCause | ''>('');
  const [summary, setSummary] = useState('');
  const [outcome, setOutcome] = useState<ComplaintOutcome>('open');
  const [learning, setLearning] = useState('');
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const [saved, setSaved] = useState<string | null>(null);
  const invalid = (field: string) => problems.some((p) => p.field === field) || undefined;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(null);
    const found: FieldProblem[] = [];
    if (!ISO_DATE.test(receivedOn))
      found.push({ field: 'complaint-received', message: 'Enter the date the complaint was received' });
    if (!orgUnitId) found.push({ field: 'complaint-unit', message: 'Choose the service complained about' });
    if (!cause) found.push({ field: 'complaint-cause', message: 'Choose the cause of the complaint' });
    if (!summary.trim())
      found.push({ field: 'complaint-summary', message: 'Enter what the complaint was about' });
    setProblems(found);
    if (found.length > 0 || !cause) return;
    try {
      const logged = await save.mutateAsync({
        receivedOn,
        orgUnitId,
        cause,
        summary: summary.trim(),
        outcome,
        respondedOn: null,
        learning: learning.trim() || null,
      });
      setSummary('');
      setLearning('');
      setSaved(`Complaint ${logged.id} logged`);
    } catch (error) {
      setProblems([{ field: null, message: messageOf(error) }]);
    }
  };

  return (
    <>
      <ErrorSummary id="complaint-errors" title="The complaint was not logged" problems={problems} />
      {saved ? (
        <p className="notice notice--success" role="status">
          {saved}
        </p>
      ) : null}
      <form className="form" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="log-complaint">
        <TextField
          id="complaint-received"
          label="Received on"
          type="date"
          className="input input--date"
          value={receivedOn}
          aria-invalid={invalid('complaint-received')}
          onChange={(e) => setReceivedOn(e.target.value)}
        />
        <SelectField
          id="complaint-unit"
          label="Service complained about"
          choices={[
            { value: '', text: 'Choose a service or team' },
            ...(units.data ?? [])
              .filter((u) => u.kind === 'service' || u.kind === 'team')
              .map((u) => ({ value: u.id, text: u.name })),
          ]}
          value={orgUnitId}
          aria-invalid={invalid('complaint-unit')}
          onChange={(e) => setOrgUnitId(e.target.value)}
        />
        <SelectField
          id="complaint-cause"
          label="Cause"
          choices={[
            { value: '', text: 'Choose a cause' },
            ...COMPLAINT_CAUSES.map((c) => ({ value: c, text: CAUSE_WORDS[c] })),
          ]}
          value={cause}
          aria-invalid={invalid('complaint-cause')}
          onChange={(e) => setCause(e.target.value as ComplaintCause | '')}
        />
        <TextAreaField
          id="complaint-summary"
          label="What the complaint was about"
          value={summary}
          aria-invalid={invalid('complaint-summary')}
          onChange={(e) => setSummary(e.target.value)}
        />
        <SelectField
          id="complaint-outcome"
          label="Outcome"
          choices={COMPLAINT_OUTCOMES.map((o) => ({ value: o, text: OUTCOME_WORDS[o] }))}
          value={outcome}
          onChange={(e) => setOutcome(e.target.value as ComplaintOutcome)}
        />
        <TextAreaField
          id="complaint-learning"
          label="Learning (optional)"
          hint="What the service learned, and what it changed"
          value={learning}
          onChange={(e) => setLearning(e.target.value)}
        />
        <button type="submit" className="button" disabled={save.isPending}>
          {save.isPending ? 'Logging…' : 'Log the complaint'}
        </button>
      </form>
    </>
  );
}
