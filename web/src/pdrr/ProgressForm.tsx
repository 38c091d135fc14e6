/** Recording dated progress on a key action: its status, % complete and a note. The API decides who may. */
import { useState, type FormEvent } from 'react';
import type { ActionStatus } from '@domain/action.js';
import { SelectField, TextAreaField, TextField } from '../forms/fields.js';
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
  const problemWith = (field: string) => problems.find((p) => p.field === field)?.message;

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
        <SelectField
          id="progress-status"
          label="Status"
          choices={ACTION_STATUSES.map((s) => ({ value: s, text: ACTION_STATUS_WORDS[s] }))}
          value={status}
          onChange={(e) => setStatus(e.target.value as ActionStatus)}
        />
        <TextField
          id="progress-percent"
          label="% complete"
          hint="A whole number from 0 to 100"
          error={problemWith('progress-percent')}
          short
          inputMode="numeric"
          value={percent}
          onChange={(e) => setPercent(e.target.value)}
        />
        <TextAreaField
          id="progress-note"
          label="Note"
          error={problemWith('progress-note')}
          value={note}
          onChange={(e) => setNote(e.target.value)}
        />
        <button type="submit" className="button" disabled={save.isPending}>
          {save.isPending ? 'Recording…' : 'Record progress'}
        </button>
      </form>
    </>
  );
}
