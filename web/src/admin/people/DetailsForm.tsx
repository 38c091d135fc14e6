/** Changing a person's name or email address, with the GOV.UK error pattern. */
import { useState, type FormEvent } from 'react';
import { ErrorSummary, messageOf, type FieldProblem } from '../../reviews/ErrorSummary.js';
import { useChangeUser, type UserAccount } from './api.js';
import { NameAndEmail, nameAndEmailProblems } from './NameAndEmail.js';

export function DetailsForm({ user, onDone }: { user: UserAccount; onDone: () => void }) {
  const change = useChangeUser(user.id);
  const [name, setName] = useState(user.name);
  const [email, setEmail] = useState(user.email);
  const [problems, setProblems] = useState<FieldProblem[]>([]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = nameAndEmailProblems('edit', name, email);
    setProblems(found);
    if (found.length > 0) return;
    try {
      await change.mutateAsync({ name: name.trim(), email: email.trim() });
      onDone();
    } catch (error) {
      setProblems([{ field: null, message: messageOf(error) }]);
    }
  };
  return (
    <>
      <ErrorSummary id="details-errors" title="The details were not changed" problems={problems} />
      <form className="form" onSubmit={(e) => void submit(e)} noValidate aria-label="Change name or email">
        <NameAndEmail
          idPrefix="edit"
          name={name}
          email={email}
          onName={setName}
          onEmail={setEmail}
          problems={problems}
        />
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
