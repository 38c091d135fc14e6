/** Changing a person's name or email address, with the GOV.UK error pattern. */
import { useState, type FormEvent } from 'react';
import { ErrorSummary, messageOf, type FieldProblem } from '../../reviews/ErrorSummary.js';
import { FieldError, fieldState } from './FieldError.js';
import { useChangeUser, type UserAccount } from './api.js';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function DetailsForm({ user, onDone }: { user: UserAccount; onDone: () => void }) {
  const change = useChangeUser(user.id);
  const [name, setName] = useState(user.name);
  const [email, setEmail] = useState(user.email);
  const [problems, setProblems] = useState<FieldProblem[]>([]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: FieldProblem[] = [];
    if (!name.trim()) found.push({ field: 'edit-name', message: 'Enter their full name' });
    if (!EMAIL.test(email.trim()))
      found.push({
        field: 'edit-email',
        message: 'Enter their email address, like jo.bloggs@council.gov.uk',
      });
    setProblems(found);
    if (found.length > 0) return;
    try {
      await change.mutateAsync({ name: name.trim(), email: email.trim() });
      onDone();
    } catch (error) {
      setProblems([{ field: null, message: messageOf(error) }]);
    }
  };
  const nameState = fieldState(problems, 'edit-name');
  const emailState = fieldState(problems, 'edit-email');
  return (
    <>
      <ErrorSummary id="details-errors" title="The details were not changed" problems={problems} />
      <form className="form" onSubmit={(e) => void submit(e)} noValidate aria-label="Change name or email">
        <div className={nameState.group}>
          <label className="label" htmlFor="edit-name">
            Full name
          </label>
          <FieldError field="edit-name" problems={problems} />
          <input
            id="edit-name"
            className="input"
            value={name}
            {...nameState.input}
            onChange={(e) => setName(e.target.value)}
          />
        </div>
        <div className={emailState.group}>
          <label className="label" htmlFor="edit-email">
            Email address
          </label>
          <FieldError field="edit-email" problems={problems} />
          <input
            id="edit-email"
            type="email"
            className="input"
            spellCheck={false}
            value={email}
            {...emailState.input}
            onChange={(e) => setEmail(e.target.value)}
          />
        </div>
        <button type="submit" className="button" disabled={change.isPending}>
          Save the details
        </button>
        <button type="button" className="button button--secondary" onClick={onDone}>
          Cancel
        </button>
      </form>
    </>
  );
}
