/** Retiring a measure (with a reason; its figures are kept) or reinstating a retired one. */
import { useState, type FormEvent } from 'react';
import type { MeasureDetail } from '../../api/types.js';
import { TextField } from '../../forms/fields.js';
import { messageOf } from '../../reviews/ErrorSummary.js';
import { useEditMeasure } from './api.js';

export function RetireMeasure({ measure }: { measure: MeasureDetail }) {
  const edit = useEditMeasure(measure.id);
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const retired = measure.state === 'retired';
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!retired && reason.trim() === '') return setProblem('Say why the measure is retired');
    setProblem(null);
    try {
      await edit.mutateAsync(retired ? { state: 'active' } : { state: 'retired', reason: reason.trim() });
      setReason('');
    } catch (error) {
      setProblem(messageOf(error));
    }
  };
  return (
    <section aria-labelledby="retire-heading">
      <h2 id="retire-heading">{retired ? 'Reinstate the measure' : 'Retire the measure'}</h2>
      <p>
        {retired
          ? `${measure.id} is retired. Reinstating it puts it back in reports; its figures and targets are as they were.`
          : `A retired measure is no longer reported. Its figures, targets and commentary are kept, and it can be reinstated.`}
      </p>
      <form className="form" onSubmit={(e) => void submit(e)} noValidate>
        {!retired ? (
          <TextField
            id="retire-reason"
            label="Why is it retired?"
            hint="For example: replaced by CP-ECO-10"
            value={reason}
            error={problem}
            onChange={(e) => setReason(e.target.value)}
          />
        ) : problem ? (
          <p className="error-message">{problem}</p>
        ) : null}
        <button type="submit" className="button button--secondary" disabled={edit.isPending}>
          {retired ? 'Reinstate the measure' : 'Retire the measure'}
        </button>
      </form>
    </section>
  );
}
