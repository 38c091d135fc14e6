/**
 * Entering or correcting one figure. The server's validation rules decide: an error is shown in
 * an error summary naming the field; warnings are shown after saving and flag the figure suspect.
 */
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { postJson } from '../api/client.js';
import type { EnteredFigure, MeasureSummary } from '../api/types.js';
import { SelectField, TextAreaField, TextField } from '../forms/fields.js';

export interface FigureKey {
  measure: string;
  period: string;
  area: string;
}

function numberOrNull(text: FormDataEntryValue | null): number | null | 'invalid' {
  const t = String(text ?? '')
    .trim()
    .replace(/,/g, '');
  if (t === '') return null;
  const n = Number(t);
  return Number.isFinite(n) ? n : 'invalid';
}

export function EntryForm({
  measure,
  areas,
  initial,
  onSaved,
}: {
  measure: MeasureSummary;
  areas: { code: string; name: string }[];
  initial: Partial<FigureKey>;
  onSaved: (key: FigureKey) => void;
}) {
  const client = useQueryClient();
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState<EnteredFigure | null>(null);
  const [busy, setBusy] = useState(false);
  const summary = useRef<HTMLDivElement>(null);
  const done = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (error) summary.current?.focus();
  }, [error]);
  useEffect(() => {
    if (saved) done.current?.focus();
  }, [saved]);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const key = {
      measure: measure.id,
      period: String(form.get('period') ?? '').trim(),
      area: String(form.get('area') ?? ''),
    };
    const value = numberOrNull(form.get('value'));
    const numerator = numberOrNull(form.get('numerator'));
    const denominator = numberOrNull(form.get('denominator'));
    if (!key.period)
      return setError('period: enter the period the figure is for, e.g. 2017/18-Q3 or 2017-12');
    if (value === 'invalid')
      return setError('value: enter a number, e.g. 64.5, or leave it empty for no figure');
    if (numerator === 'invalid' || denominator === 'invalid')
      return setError('numerator and denominator: enter numbers, or leave them empty');
    const text = (name: string) => String(form.get(name) ?? '').trim() || null;
    setBusy(true);
    setError(null);
    try {
      const answer = await postJson<EnteredFigure>('/api/v1/values', {
        ...key,
        value,
        numerator,
        denominator,
        status: form.get('status') === 'final' ? 'final' : 'provisional',
        note: text('note'),
        reason: text('reason'),
      });
      setSaved(answer);
      onSaved(key);
      void client.invalidateQueries({ queryKey: ['figures'] });
    } catch (failure) {
      setSaved(null);
      setError(failure instanceof Error ? failure.message : 'The figure was not saved: try again');
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      {error ? (
        <div className="error-summary" role="alert" tabIndex={-1} ref={summary} aria-labelledby="entry-error">
          <h2 id="entry-error" className="error-summary__title">
            The figure was not saved
          </h2>
          <p>{error}</p>
        </div>
      ) : null}
      {saved ? (
        <div className="notice notice--success" role="status" tabIndex={-1} ref={done}>
          <h2>
            {saved.outcome === 'created'
              ? 'Figure saved'
              : saved.outcome === 'changed'
                ? 'Figure corrected'
                : 'No change: the figure was already so'}
          </h2>
          <p>
            {saved.value.period}: {saved.value.value ?? 'no figure'} (version {saved.value.version}), now{' '}
            <strong>{saved.signoff}</strong>
            {saved.unlocked ? '; the correction unlocked its approval' : ''}.
          </p>
          {saved.warnings.length > 0 ? (
            <>
              <p>Check these warnings; the figure is flagged suspect until they are resolved:</p>
              <ul>
                {saved.warnings.map((w) => (
                  <li key={w.rule}>{w.message}</li>
                ))}
              </ul>
            </>
          ) : null}
        </div>
      ) : null}
      <form className="form" onSubmit={(e) => void submit(e)} noValidate>
        <TextField
          id="entry-period"
          label="Period"
          hint={`For this ${measure.frequency} measure, e.g. ${
            measure.frequency === 'monthly'
              ? '2018-03'
              : measure.frequency === 'quarterly'
                ? '2017/18-Q4'
                : '2017/18'
          }`}
          short
          name="period"
          defaultValue={initial.period ?? ''}
          spellCheck={false}
        />
        <SelectField
          id="entry-area"
          label="Area"
          name="area"
          defaultValue={initial.area ?? areas[0]?.code}
          choices={areas.map((a) => ({ value: a.code, text: a.name }))}
        />
        <TextField
          id="entry-value"
          label="Figure"
          hint={`In ${measure.unit === 'percent' ? 'per cent, e.g. 64.5' : measure.unit === 'currency' ? 'pounds' : measure.unit}`}
          short
          name="value"
          inputMode="decimal"
        />
        <TextField
          id="entry-numerator"
          label="Numerator (optional)"
          short
          name="numerator"
          inputMode="decimal"
        />
        <TextField
          id="entry-denominator"
          label="Denominator (optional)"
          short
          name="denominator"
          inputMode="decimal"
        />
        <fieldset className="form-group fieldset">
          <legend className="label">Is the figure final?</legend>
          <label className="radio">
            <input type="radio" name="status" value="provisional" defaultChecked /> Provisional
          </label>
          <label className="radio">
            <input type="radio" name="status" value="final" /> Final
          </label>
        </fieldset>
        <TextAreaField id="entry-note" label="Note (optional)" name="note" />
        <TextField
          id="entry-reason"
          label="Reason for a correction"
          hint="Needed only when correcting a figure that exists, e.g. “late returns added”"
          name="reason"
        />
        <button type="submit" className="button" disabled={busy}>
          {busy ? 'Saving…' : 'Save the figure'}
        </button>
      </form>
    </>
  );
}
