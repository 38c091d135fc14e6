/**
 * Entering or correcting one figure. The server's validation rules decide: an error is shown in
 * an error summary naming the field; warnings are shown after saving and flag the figure suspect.
 */
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { postJson } from '../api/client.js';
import type { EnteredFigure, MeasureSummary } from '../api/types.js';

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
        <div className="form-group">
          <label className="label" htmlFor="entry-period">
            Period
          </label>
          <span className="hint" id="entry-period-hint">
            For this {measure.frequency} measure, e.g.{' '}
            {measure.frequency === 'monthly'
              ? '2018-03'
              : measure.frequency === 'quarterly'
                ? '2017/18-Q4'
                : '2017/18'}
          </span>
          <input
            className="input input--short"
            id="entry-period"
            name="period"
            defaultValue={initial.period ?? ''}
            aria-describedby="entry-period-hint"
            spellCheck={false}
          />
        </div>
        <div className="form-group">
          <label className="label" htmlFor="entry-area">
            Area
          </label>
          <select
            className="select"
            id="entry-area"
            name="area"
            defaultValue={initial.area ?? areas[0]?.code}
          >
            {areas.map((a) => (
              <option key={a.code} value={a.code}>
                {a.name}
              </option>
            ))}
          </select>
        </div>
        <div className="form-group">
          <label className="label" htmlFor="entry-value">
            Figure
          </label>
          <span className="hint" id="entry-value-hint">
            In{' '}
            {measure.unit === 'percent'
              ? 'per cent, e.g. 64.5'
              : measure.unit === 'currency'
                ? 'pounds'
                : measure.unit}
          </span>
          <input
            className="input input--short"
            id="entry-value"
            name="value"
            inputMode="decimal"
            aria-describedby="entry-value-hint"
          />
        </div>
        <div className="form-group">
          <label className="label" htmlFor="entry-numerator">
            Numerator (optional)
          </label>
          <input className="input input--short" id="entry-numerator" name="numerator" inputMode="decimal" />
        </div>
        <div className="form-group">
          <label className="label" htmlFor="entry-denominator">
            Denominator (optional)
          </label>
          <input
            className="input input--short"
            id="entry-denominator"
            name="denominator"
            inputMode="decimal"
          />
        </div>
        <fieldset className="form-group fieldset">
          <legend className="label">Is the figure final?</legend>
          <label className="radio">
            <input type="radio" name="status" value="provisional" defaultChecked /> Provisional
          </label>
          <label className="radio">
            <input type="radio" name="status" value="final" /> Final
          </label>
        </fieldset>
        <div className="form-group">
          <label className="label" htmlFor="entry-note">
            Note (optional)
          </label>
          <textarea className="textarea" id="entry-note" name="note" />
        </div>
        <div className="form-group">
          <label className="label" htmlFor="entry-reason">
            Reason for a correction
          </label>
          <span className="hint" id="entry-reason-hint">
            Needed only when correcting a figure that exists, e.g. “late returns added”
          </span>
          <input className="input" id="entry-reason" name="reason" aria-describedby="entry-reason-hint" />
        </div>
        <button type="submit" className="button" disabled={busy}>
          {busy ? 'Saving…' : 'Save the figure'}
        </button>
      </form>
    </>
  );
}
