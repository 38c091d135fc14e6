/**
 * Changing your own password, e.g. the one-time password an administrator gave you. The current
 * password is asked again; every other browser signed in as you is signed out; this one stays in.
 */
import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { request, useCsrfToken } from '../api/client.js';
import { SESSION_KEY } from '../api/queries.js';
import type { Session } from '../api/types.js';
import { TextField } from '../forms/fields.js';
import { Page } from '../layout/Page.js';
import { ErrorSummary, messageOf, problemFor, type FieldProblem } from '../reviews/ErrorSummary.js';

const FIELD_IDS: Record<string, string> = {
  currentPassword: 'password-current',
  newPassword: 'password-new',
};

function problemOf(message: string): FieldProblem {
  const field = Object.keys(FIELD_IDS).find((f) => message.startsWith(`${f}:`));
  return {
    field: field ? FIELD_IDS[field]! : null,
    message: field ? message.slice(field.length + 2) : message,
  };
}

export function PasswordPage() {
  const client = useQueryClient();
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const [done, setDone] = useState(false);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const [current, next, again] = ['current', 'new', 'again'].map((n) => String(data.get(n) ?? ''));
    setDone(false);
    if (next !== again) {
      setProblems([{ field: 'password-again', message: 'The new password and its repeat are not the same' }]);
      return;
    }
    setBusy(true);
    try {
      const session = await request<Session>('PUT', '/api/v1/session/password', {
        currentPassword: current,
        newPassword: next,
      });
      useCsrfToken(session.csrfToken);
      client.setQueryData(SESSION_KEY, session);
      setProblems([]);
      setDone(true);
      form.reset();
    } catch (error) {
      setProblems([problemOf(messageOf(error))]);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Page
      title="Change your password"
      lead="Choose a password of at least 12 characters: a few words together make a good one. Every other browser signed in as you will be signed out."
    >
      <ErrorSummary id="password-errors" title="Your password was not changed" problems={problems} />
      {done ? (
        <p className="notice notice--success" role="status">
          Your password has been changed. Other browsers signed in as you have been signed out.
        </p>
      ) : null}
      <form className="form" onSubmit={(e) => void submit(e)} noValidate>
        <TextField
          id="password-current"
          name="current"
          type="password"
          label="Current password"
          autoComplete="current-password"
          error={problemFor(problems, 'password-current')}
        />
        <TextField
          id="password-new"
          name="new"
          type="password"
          label="New password"
          hint="At least 12 characters"
          autoComplete="new-password"
          error={problemFor(problems, 'password-new')}
        />
        <TextField
          id="password-again"
          name="again"
          type="password"
          label="New password again"
          autoComplete="new-password"
          error={problemFor(problems, 'password-again')}
        />
        <button type="submit" className="button" disabled={busy}>
          {busy ? 'Changing…' : 'Change my password'}
        </button>
      </form>
    </Page>
  );
}
