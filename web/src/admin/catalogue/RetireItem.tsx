/** Retiring a strategy item, with a reason; the API refuses while items hang below it, and says so. */
import { useState, type FormEvent } from 'react';
import type { StrategyItem } from '../../api/types.js';
import { TextField } from '../../forms/fields.js';
import { ErrorSummary, messageOf } from '../../reviews/ErrorSummary.js';
import { useRetireItem } from './api.js';

export function RetireItem({ item, onDone }: { item: StrategyItem; onDone: (message: string) => void }) {
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  // A refusal is about the item (items still hang below it), not about the reason typed.
  const [refusal, setRefusal] = useState<string | null>(null);
  const retire = useRetireItem(item.id);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setRefusal(null);
    if (reason.trim() === '') return setProblem('Say why the item is retired');
    setProblem(null);
    try {
      const done = await retire.mutateAsync(reason.trim());
      const linked = done.measuresStillLinked;
      onDone(
        `“${item.title}” retired.` +
          (linked.length > 0
            ? ` Measures still linked to it: ${linked.join(', ')}; link them to another item.`
            : ''),
      );
    } catch (error) {
      setRefusal(messageOf(error));
    }
  };
  return (
    <form className="admin-panel form" onSubmit={(e) => void submit(e)} noValidate>
      <h3>Retire “{item.title}”</h3>
      <ErrorSummary
        id="item-retire-errors"
        title="The item was not retired"
        problems={refusal ? [{ field: null, message: refusal }] : []}
      />
      <p>It leaves the golden thread. Its links and history are kept; it is not deleted.</p>
      <TextField
        id="item-retire-reason"
        label="Why is it retired?"
        hint="For example: the plan ended in March 2018"
        value={reason}
        error={problem}
        onChange={(e) => setReason(e.target.value)}
      />
      <button type="submit" className="button" disabled={retire.isPending}>
        Retire the item
      </button>
    </form>
  );
}
