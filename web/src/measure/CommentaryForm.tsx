/**
 * Writing the commentary on a period — what happened, why, and what is being done — for those who
 * enter the measure's figures. A change to what was said needs a reason; the earlier version stays
 * in the commentary history below.
 */
import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { postJson } from '../api/client.js';
import { TextAreaField, TextField } from '../forms/fields.js';
import './commentary-history.css';
import { ErrorSummary, messageOf, problemFor, type FieldProblem } from '../reviews/ErrorSummary.js';

interface Written {
  outcome: 'created' | 'changed' | 'unchanged';
  version: number;
}

const FIELDS = ['period', 'summary', 'reasons', 'nextSteps', 'reason'] as const;

/** `summary: must not be empty…` → the field's id, so the summary links to it. */
function problemOf(message: string): FieldProblem {
  const field = FIELDS.find((f) => message.startsWith(`${f}:`));
  return { field: field ? `commentary-${field}` : null, message };
}

const OUTCOME_WORDS: Record<Written['outcome'], string> = {
  created: 'Commentary saved',
  changed: 'Commentary changed; the earlier version is kept in the history',
  unchanged: 'Nothing to save: the commentary already says this',
};

export function CommentaryForm({ measure, period }: { measure: string; period: string | null }) {
  const client = useQueryClient();
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const [saved, setSaved] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const fieldError = (id: string) => problemFor(problems, `commentary-${id}`);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => String(form.get(name) ?? '');
    setBusy(true);
    setSaved(null);
    try {
      const written = await postJson<Written>(`/api/v1/measures/${encodeURIComponent(measure)}/commentary`, {
        period: text('period').trim(),
        summary: text('summary'),
        reasons: text('reasons') || null,
        nextSteps: text('nextSteps') || null,
        reason: text('reason') || null,
      });
      setProblems([]);
      setSaved(`${OUTCOME_WORDS[written.outcome]} (version ${written.version}).`);
      await client.invalidateQueries({ queryKey: ['figures'] });
    } catch (error) {
      setProblems([problemOf(messageOf(error))]);
    } finally {
      setBusy(false);
    }
  };

  return (
    <details className="commentary-form">
      <summary>Write or change the commentary</summary>
      <ErrorSummary id="commentary-errors" title="The commentary was not saved" problems={problems} />
      {saved ? (
        <p className="notice notice--success" role="status">
          {saved}
        </p>
      ) : null}
      <form className="form" onSubmit={(e) => void submit(e)} noValidate>
        <TextField
          id="commentary-period"
          name="period"
          label="Period"
          hint="The period the commentary is about, e.g. 2017/18-Q2"
          short
          defaultValue={period ?? ''}
          error={fieldError('period')}
          spellCheck={false}
        />
        <TextAreaField
          id="commentary-summary"
          name="summary"
          label="What happened"
          error={fieldError('summary')}
        />
        <TextAreaField
          id="commentary-reasons"
          name="reasons"
          label="Why (optional)"
          error={fieldError('reasons')}
        />
        <TextAreaField
          id="commentary-nextSteps"
          name="nextSteps"
          label="What is being done next (optional)"
          error={fieldError('nextSteps')}
        />
        <TextField
          id="commentary-reason"
          name="reason"
          label="Reason for a change"
          hint="Needed only when changing commentary already written for this period, e.g. “figures revised”"
          error={fieldError('reason')}
        />
        <button type="submit" className="button" disabled={busy}>
          {busy ? 'Saving…' : 'Save the commentary'}
        </button>
      </form>
    </details>
  );
}
