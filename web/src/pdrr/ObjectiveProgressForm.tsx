/** Recording progress on an individual objective: % complete and a note. The API decides who may. */
import { useState, type FormEvent } from 'react';
import { TextAreaField, TextField } from '../forms/fields.js';
import { ErrorSummary, messageOf, type FieldProblem } from '../reviews/ErrorSummary.js';
import { useRecordObjectiveProgress, type Objective } from './api.js';
import { percentOf } from './ProgressForm.js';

export function ObjectiveProgressForm({ objective, onDone }: { objective: Objective; onDone: () => void }) {
  const save = useRecordObjectiveProgress(objective.id);
  const [percent, setPercent] = useState(String(objective.percentComplete ?? 0));
  const [note, setNote] = useState('');
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const field = (name: string) => `${objective.id}-${name}`;
  const invalid = (name: string) => problems.some((p) => p.field === field(name)) || undefined;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: FieldProblem[] = [];
    const percentComplete = percentOf(percent);
    if (percentComplete === null)
      found.push({ field: field('percent'), message: 'Enter % complete as a whole number from 0 to 100' });
    if (!note.trim()) found.push({ field: field('note'), message: 'Enter a note saying what has been done' });
    setProblems(found);
    if (found.length > 0 || percentComplete === null) return;
    try {
      await save.mutateAsync({ percentComplete, note: note.trim() });
      onDone();
    } catch (error) {
      setProblems([{ field: null, message: messageOf(error) }]);
    }
  };

  return (
    <>
      <ErrorSummary id={field('errors')} title="The progress was not recorded" problems={problems} />
      <form
        className="form"
        onSubmit={(e) => void submit(e)}
        noValidate
        aria-label={`Record progress on ${objective.title}`}
      >
        <TextField
          id={field('percent')}
          label="% complete"
          hint="A whole number from 0 to 100"
          short
          inputMode="numeric"
          value={percent}
          aria-invalid={invalid('percent')}
          onChange={(e) => setPercent(e.target.value)}
        />
        <TextAreaField
          id={field('note')}
          label="Note"
          value={note}
          aria-invalid={invalid('note')}
          onChange={(e) => setNote(e.target.value)}
        />
        <button type="submit" className="button" disabled={save.isPending}>
          {save.isPending ? 'Recording…' : 'Record progress'}
        </button>
        <button type="button" className="button button--secondary" onClick={onDone}>
          Cancel
        </button>
      </form>
    </>
  );
}
