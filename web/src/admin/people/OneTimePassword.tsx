/**
 * A one-time password, shown once: in large, unambiguous letters with a warning that it will not be
 * shown again. It lives only in the page's memory; leaving the page forgets it.
 */
import { useEffect, useRef } from 'react';

export function OneTimePassword({
  email,
  password,
  what,
}: {
  email: string;
  password: string;
  what: string;
}) {
  const box = useRef<HTMLDivElement>(null);
  // Focus moves here so a screen reader announces the password and the warning at once.
  useEffect(() => box.current?.focus(), [password]);
  return (
    <div
      className="notice notice--warning one-time"
      tabIndex={-1}
      ref={box}
      role="status"
      aria-labelledby="otp-title"
    >
      <h2 id="otp-title" className="one-time__title">
        {what}: one-time password for {email}
      </h2>
      <p className="one-time__password">
        <code>{password}</code>
      </p>
      <p>
        <strong>Warning:</strong> copy it now and give it to the person privately, for example by phone. It is
        not shown again and is not kept anywhere in readable form; if it is lost, reset the password again.
      </p>
    </div>
  );
}
