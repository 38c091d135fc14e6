/** Logging a complaint: when it came in, the service, its cause, what it was about, and (if known) its outcome and learning. */
import { useState, type FormEvent } from 'react';
import type { ComplaintCause, ComplaintOutcome } from '@domain/pdrr/complaints.js';
import { useOrgUnits } from '../api/queries.js';
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
        <div className="form-group">
          <label className="label" htmlFor="complaint-received">
            Received on
          </label>
          <input
            id="complaint-received"
            type="date"
            className="input input--date"
            value={receivedOn}
            aria-invalid={invalid('complaint-received')}
            onChange={(e) => setReceivedOn(e.target.value)}
          />
        </div>
        <div className="form-group">
          <label className="label" htmlFor="complaint-unit">
            Service complained about
          </label>
          <select
            id="complaint-unit"
            className="select"
            value={orgUnitId}
            aria-invalid={invalid('complaint-unit')}
            onChange={(e) => setOrgUnitId(e.target.value)}
          >
            <option value="">Choose a service or team</option>
            {(units.data ?? [])
              .filter((u) => u.kind === 'service' || u.kind === 'team')
              .map((u) => (
                <option key={u.id} value={u.id}>
                  {u.name}
                </option>
              ))}
          </select>
        </div>
        <div className="form-group">
          <label className="label" htmlFor="complaint-cause">
            Cause
          </label>
          <select
            id="complaint-cause"
            className="select"
            value={cause}
            aria-invalid={invalid('complaint-cause')}
            onChange={(e) => setCause(e.target.value as ComplaintCause | '')}
          >
            <option value="">Choose a cause</option>
            {COMPLAINT_CAUSES.map((c) => (
              <option key={c} value={c}>
                {CAUSE_WORDS[c]}
              </option>
            ))}
          </select>
        </div>
        <div className="form-group">
          <label className="label" htmlFor="complaint-summary">
            What the complaint was about
          </label>
          <textarea
            id="complaint-summary"
            className="textarea"
            value={summary}
            aria-invalid={invalid('complaint-summary')}
            onChange={(e) => setSummary(e.target.value)}
          />
        </div>
        <div className="form-group">
          <label className="label" htmlFor="complaint-outcome">
            Outcome
          </label>
          <select
            id="complaint-outcome"
            className="select"
            value={outcome}
            onChange={(e) => setOutcome(e.target.value as ComplaintOutcome)}
          >
            {COMPLAINT_OUTCOMES.map((o) => (
              <option key={o} value={o}>
                {OUTCOME_WORDS[o]}
              </option>
            ))}
          </select>
        </div>
        <div className="form-group">
          <label className="label" htmlFor="complaint-learning">
            Learning (optional)
          </label>
          <span className="hint" id="complaint-learning-hint">
            What the service learned, and what it changed
          </span>
          <textarea
            id="complaint-learning"
            className="textarea"
            value={learning}
            aria-describedby="complaint-learning-hint"
            onChange={(e) => setLearning(e.target.value)}
          />
        </div>
        <button type="submit" className="button" disabled={save.isPending}>
          {save.isPending ? 'Logging…' : 'Log the complaint'}
        </button>
      </form>
    </>
  );
}
