/**
 * Disabling or enabling an account, and resetting its password. Both ask first, saying what will
 * happen; a reset shows the new one-time password once, with a warning.
 */
import { useState } from 'react';
import { messageOf } from '../../reviews/ErrorSummary.js';
import { useChangeUser, useResetPassword, type UserAccount } from './api.js';
import { OneTimePassword } from './OneTimePassword.js';

function Confirm({
  question,
  yes,
  busy,
  onYes,
  onNo,
}: {
  question: string;
  yes: string;
  busy: boolean;
  onYes: () => void;
  onNo: () => void;
}) {
  return (
    <div className="notice notice--warning" role="group" aria-label="Confirm">
      <p>{question}</p>
      <button type="button" className="button" disabled={busy} onClick={onYes}>
        {yes}
      </button>
      <button type="button" className="button button--secondary" onClick={onNo}>
        Cancel
      </button>
    </div>
  );
}

export function AccountActions({ user }: { user: UserAccount }) {
  const change = useChangeUser(user.id);
  const reset = useResetPassword(user.id);
  const [asking, setAsking] = useState<'disable' | 'reset' | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [password, setPassword] = useState<string | null>(null);

  const run = async (work: () => Promise<unknown>) => {
    setProblem(null);
    // A one-time password is shown once: the next action on the page forgets it.
    setPassword(null);
    try {
      await work();
    } catch (error) {
      setProblem(messageOf(error));
    }
    setAsking(null);
  };

  return (
    <section className="section" aria-labelledby="account-title">
      <h2 id="account-title">Access to Golden Thread</h2>
      {problem ? (
        <div className="problem" role="alert">
          <p>{problem}</p>
        </div>
      ) : null}
      {user.disabled ? (
        <>
          <p>This account is disabled: they cannot sign in.</p>
          <button
            type="button"
            className="button"
            onClick={() => void run(() => change.mutateAsync({ disabled: false }))}
          >
            Enable the account
          </button>
        </>
      ) : asking === 'disable' ? (
        <Confirm
          question={`Disable ${user.name}? They are signed out at once, their API tokens stop working for good, and they cannot sign in until the account is enabled again.`}
          yes="Yes, disable the account"
          busy={change.isPending}
          onYes={() => void run(() => change.mutateAsync({ disabled: true }))}
          onNo={() => setAsking(null)}
        />
      ) : (
        <button type="button" className="button button--secondary" onClick={() => setAsking('disable')}>
          Disable the account
        </button>
      )}
      {user.signIn === 'sso' ? (
        <p>They sign in with their organisation account, so their password is reset there, not here.</p>
      ) : asking === 'reset' ? (
        <Confirm
          question={`Reset ${user.name}’s password? Their current password stops working and they are signed out everywhere. You will see a new one-time password once.`}
          yes="Yes, reset the password"
          busy={reset.isPending}
          onYes={() =>
            void run(async () => {
              setPassword((await reset.mutateAsync()).oneTimePassword);
            })
          }
          onNo={() => setAsking(null)}
        />
      ) : (
        <button type="button" className="button button--secondary" onClick={() => setAsking('reset')}>
          Reset the password
        </button>
      )}
      {password ? <OneTimePassword email={user.email} password={password} what="Password reset" /> : null}
    </section>
  );
}
