/**
 * Where one figure stands in sign-off (entered → checked → approved), with the steps the person
 * may take. The server decides who may take which step and says so when refused.
 */
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { postJson } from '../api/client.js';
import { useFigureHistory } from '../api/queries.js';
import type { SignoffAnswer } from '../api/types.js';
import type { FigureKey } from './EntryForm.js';

const STATE_WORDS = {
  entered: 'Entered, waiting to be checked',
  checked: 'Checked, waiting for approval',
  approved: 'Approved for publication',
};

export function SignoffPanel({ figure, areaName }: { figure: FigureKey; areaName: string }) {
  const client = useQueryClient();
  const history = useFigureHistory(figure);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [reason, setReason] = useState('');
  const step = async (which: 'check' | 'approve' | 'unlock') => {
    try {
      const answer = await postJson<SignoffAnswer>('/api/v1/values/signoff', {
        ...figure,
        step: which,
        reason: reason || null,
      });
      setMessage({ ok: true, text: `Done: the figure is now ${answer.state}.` });
      void client.invalidateQueries({ queryKey: ['figures'] });
    } catch (failure) {
      setMessage({ ok: false, text: failure instanceof Error ? failure.message : 'That step was refused' });
    }
  };
  const current = history.data?.versions.at(-1);
  return (
    <section aria-labelledby="signoff-title" className="card signoff">
      <h2 id="signoff-title">
        Sign-off: {figure.measure}, {figure.period}, {areaName}
      </h2>
      {history.isPending ? <p role="status">Loading…</p> : null}
      {history.error ? <p>{history.error.message}</p> : null}
      {history.data ? (
        <>
          <p>
            Figure: <strong>{current?.withdrawn ? 'withdrawn' : (current?.value ?? 'none')}</strong> (version{' '}
            {current?.version}) —{' '}
            <strong className="signoff-state">{STATE_WORDS[history.data.signoff.state]}</strong>
          </p>
          <div className="form-group">
            <label className="label" htmlFor="signoff-reason">
              Reason (needed to unlock)
            </label>
            <input
              className="input"
              id="signoff-reason"
              value={reason}
              onChange={(e) => setReason(e.target.value)}
            />
          </div>
          <p>
            <button type="button" className="button" onClick={() => void step('check')}>
              Mark as checked
            </button>
            <button type="button" className="button" onClick={() => void step('approve')}>
              Approve for publication
            </button>
            <button type="button" className="button button--secondary" onClick={() => void step('unlock')}>
              Unlock
            </button>
          </p>
        </>
      ) : null}
      <div role="status" aria-live="polite">
        {message ? (
          <p className={message.ok ? 'notice notice--success' : 'notice notice--warning'}>{message.text}</p>
        ) : null}
      </div>
    </section>
  );
}
