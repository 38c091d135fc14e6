/** Withdrawing one period's target: a button that opens a reason box, then confirms. */
import { useState, type FormEvent } from 'react';
import { TextField } from '../../forms/fields.js';
import { messageOf } from '../../reviews/ErrorSummary.js';
import { useWithdrawTarget } from './api.js';

export function WithdrawTarget({
  code,
  period,
  onDone,
}: {
  code: string;
  period: string;
  onDone: (message: string) => void;
}) {
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const withdraw = useWithdrawTarget(code);
  const id = `withdraw-${period.replace(/[^A-Za-z0-9]/g, '-')}`;
  if (!open) {
    return (
      <button type="button" className="button button--secondary button--small" onClick={() => setOpen(true)}>
        Withdraw<span className="visually-hidden"> the target for {period}</span>
      </button>
    );
  }
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (reason.trim() === '') return setProblem('Say why the target is withdrawn');
    try {
      await withdraw.mutateAsync({ period, reason: reason.trim() });
      onDone(`Target for ${period} withdrawn.`);
    } catch (error) {
      setProblem(messageOf(error));
    }
  };
  return (
    <form className="admin-panel" onSubmit={(e) => void submit(e)} noValidate>
      <TextField
        id={id}
        label={`Why withdraw the target for ${period}?`}
        error={problem}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
      />
      <button type="submit" className="button button--small" disabled={withdraw.isPending}>
        Withdraw the target
      </button>
      <button type="button" className="button button--secondary button--small" onClick={() => setOpen(false)}>
        Cancel
      </button>
    </form>
  );
}
