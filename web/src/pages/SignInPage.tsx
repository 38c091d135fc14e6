/**
 * Signing in: with the council's single sign-on where it is set up, or with an email address and
 * password. A refusal is shown in an error summary that takes focus, as GOV.UK forms do.
 */
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { postJson, useCsrfToken } from '../api/client.js';
import { SESSION_KEY, useAppConfig } from '../api/queries.js';
import type { Session } from '../api/types.js';
import { Page } from '../layout/Page.js';

export function SignInPage() {
  const client = useQueryClient();
  const config = useAppConfig();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const summary = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (error) summary.current?.focus();
  }, [error]);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const email = String(form.get('email') ?? '').trim();
    const password = String(form.get('password') ?? '');
    if (!email || !password) {
      setError(!email ? 'Enter your email address' : 'Enter your password');
      return;
    }
    setBusy(true);
    try {
      const session = await postJson<Session>('/api/v1/session', { email, password });
      useCsrfToken(session.csrfToken);
      client.setQueryData(SESSION_KEY, session);
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : 'Signing in did not work: try again');
    } finally {
      setBusy(false);
    }
  };

  return (
    <Page title="Sign in to Golden Thread">
      {error ? (
        <div
          className="error-summary"
          role="alert"
          tabIndex={-1}
          ref={summary}
          aria-labelledby="sign-in-error-title"
        >
          <h2 id="sign-in-error-title" className="error-summary__title">
            There is a problem
          </h2>
          <p>{error}</p>
        </div>
      ) : null}
      {config.data?.sso ? (
        <>
          <p>
            <a className="button" href="/api/v1/sso/login">
              Sign in with your organisation account
            </a>
          </p>
          <p>Or sign in with a Golden Thread password:</p>
        </>
      ) : null}
      <form className="form" onSubmit={(e) => void submit(e)} noValidate>
        <div className="form-group">
          <label className="label" htmlFor="email">
            Email address
          </label>
          <input
            className="input"
            id="email"
            name="email"
            type="email"
            autoComplete="username"
            spellCheck={false}
          />
        </div>
        <div className="form-group">
          <label className="label" htmlFor="password">
            Password
          </label>
          <input
            className="input"
            id="password"
            name="password"
            type="password"
            autoComplete="current-password"
          />
        </div>
        <button type="submit" className="button" disabled={busy}>
          {busy ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
      <p>Forgotten your password? Ask your Golden Thread administrator to set a new one.</p>
    </Page>
  );
}
