/** Recording dated progress on a key action: its status, % complete and a note. The API decides who may. */
import { useState, type FormEvent } from 'react';
import type { ActionStatus } from '@domain/action.js';
import { ErrorSummary, messageOf, type FieldProblem } from '../reviews/ErrorSummary.js';
import { useRecordActionProgress, type KeyActionView } from './api.js';
import { ACTION_STATUSES, ACTION_STATUS_WORDS } from './words.js';

/** A whole number from 0 to 100, or null. */
export function percentOf(text: string): number | null {
  if (!/^\s*\d{1,3}\s*$/.test(text)) return null;
  const n = Number(text);
  return n <= 100 ? n : null;
}

export function ProgressForm({ view }: { view: KeyActionView }) {
  const save = useRecordActionProgress(view.action.id);
  const [status, setStatus] = useState<ActionStatus>(view.action.status);
  const [percent, setPercent] = useState(String(view.action.percentComplete));
  const [note, setNote] = useState('');
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const [saved, setSaved] = useState(false);
  const invalid = (field: string) => problems.some((p) => p.field === field) || undefined;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const found: FieldProblem[] = [];
    const percentComplete = percentOf(percent);
    if (percentComplete === null)
      found.push({ field: 'progress-percent', message: 'Enter % complete as a whole number from 0 to 100' });
    if (!note.trim())
      found.push({ field: 'progress-note', message: 'Enter a note saying what has been done' });
    setProblems(found);
    if (found.length > 0 || percentComplete === null) return;
    try {
      await save.mutateAsync({ status, percentComplete, note: note.trim() });
      setNote('');
      setSaved(true);
    } catch (error) {
      setProblems([{ field: null, message: messageOf(error) }]);
    }
  };

  return (
    <>
      <ErrorSummary id="progress-errors" title="The progress was not recorded" problems={problems} />
      {saved ? (
        <p className="notice notice--success" role="status">
          Progress recorded
        </p>
      ) : null}
      <form className="form" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="record-progress">
        <div className="form-group">
          <label className="label" htmlFor="progress-status">
            Status
          </label>
          <select
            id="progress-status"
            className="select"
            value={status}
            onChange={(e) => setStatus(e.target.value as ActionStatus)}
          >
            {ACTION_STATUSES.map((s) => (
              <option key={s} value={s}>
                {ACTION_STATUS_WORDS[s]}
              </option>
            ))}
          </select>
        </div>
        <div className="form-group">
          <label className="label" htmlFor="progress-percent">
            % complete
          </label>
          <span className="hint" id="progress-percent-hint">
            A whole number from 0 to 100
          </span>
          {invalid('progress-percent') ? (
            <p className="error-message" id="progress-percent-error">
              Enter % complete as a whole number from 0 to 100
            </p>
          ) : null}
          <input
            id="progress-percent"
            className="input input--short"
            inputMode="numeric"
            value={percent}
            aria-describedby={`progress-percent-hint${invalid('progress-percent') ? ' progress-percent-error' : ''}`}
            aria-invalid={invalid('progress-percent')}
            onChange={(e) => setPercent(e.target.value)}
          />
        </div>
        <div className="form-group">
          <label className="label" htmlFor="progress-note">
            Note
          </label>
          {invalid('progress-note') ? (
            <p className="error-message" id="progress-note-error">
              Enter a note saying what has been done
            </p>
          ) : null}
          <textarea
            id="progress-note"
            className="textarea"
            value={note}
            aria-describedby={invalid('progress-note') ? 'progress-note-error' : undefined}
            aria-invalid={invalid('progress-note')}
            onChange={(e) => setNote(e.target.value)}
          />
        </div>
        <button type="submit" className="button" disabled={save.isPending}>
          {save.isPending ? 'Recording…' : 'Record progress'}
        </button>
      </form>
    </>
  );
}
