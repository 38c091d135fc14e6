/**
 * Adding a person: their name, email and first role; an administrator flag; and, where the council
 * uses single sign-on, how they sign in. A local account gets a one-time password, shown once.
 */
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useAppConfig } from '../../api/queries.js';
import { ErrorSummary, messageOf, problemFor, type FieldProblem } from '../../reviews/ErrorSummary.js';
import { useAddUser, type GrantChoice, type WithPassword } from './api.js';
import { TextField } from '../../forms/fields.js';
import { EMPTY_GRANT, GrantChooser, grantFrom, type GrantDraft } from './GrantChooser.js';
import { NameAndEmail, nameAndEmailProblems } from './NameAndEmail.js';
import { OneTimePassword } from './OneTimePassword.js';

export function AddUserForm({ onCancel }: { onCancel: () => void }) {
  const config = useAppConfig();
  const add = useAddUser();
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [grant, setGrant] = useState<GrantDraft>(EMPTY_GRANT);
  const [isAdmin, setIsAdmin] = useState(false);
  const [useSso, setUseSso] = useState(false);
  const [subject, setSubject] = useState('');
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const [added, setAdded] = useState<WithPassword | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = nameAndEmailProblems('new', name, email);
    const grants: GrantChoice[] = [];
    if (grant.role !== '' || !isAdmin) {
      const chosen = grantFrom(grant, 'new-grant');
      if ('field' in chosen) found.push(chosen);
      else grants.push(chosen);
    }
    if (useSso && !subject.trim())
      found.push({
        field: 'new-subject',
        message: 'Enter the identifier their organisation sign-in gives them',
      });
    setProblems(found);
    if (found.length > 0) return;
    try {
      const body = { name: name.trim(), email: email.trim(), isAdmin, grants };
      setAdded(await add.mutateAsync(useSso ? { ...body, ssoSubject: subject.trim() } : body));
    } catch (error) {
      setProblems([{ field: null, message: messageOf(error) }]);
    }
  };

  if (added) {
    return (
      <section aria-labelledby="added-title" className="section">
        <h2 id="added-title">Added {added.user.name}</h2>
        {added.oneTimePassword ? (
          <OneTimePassword email={added.user.email} password={added.oneTimePassword} what="New account" />
        ) : (
          <p>
            They sign in with their organisation account (single sign-on): there is no password to give them.
          </p>
        )}
        <p>
          <Link to={`/app/admin/users/${encodeURIComponent(added.user.id)}`}>
            See {added.user.name}’s account
          </Link>
        </p>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          Done
        </button>
      </section>
    );
  }

  return (
    <section aria-labelledby="add-user-title" className="section">
      <h2 id="add-user-title">Add a user</h2>
      <ErrorSummary id="add-user-errors" title="The user was not added" problems={problems} />
      <form className="form" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="add-user-title">
        <NameAndEmail
          idPrefix="new"
          name={name}
          email={email}
          onName={setName}
          onEmail={setEmail}
          problems={problems}
          emailHint="They sign in with it"
          autoComplete="off"
        />
        <GrantChooser idPrefix="new-grant" draft={grant} onChange={setGrant} problems={problems} />
        <div className="form-group">
          <label className="checkbox">
            <input type="checkbox" checked={isAdmin} onChange={(e) => setIsAdmin(e.target.checked)} />
            Administrator: may manage people, roles and the catalogue, and sees everything
          </label>
        </div>
        {config.data?.sso ? (
          <fieldset className="fieldset">
            <legend className="label">How they sign in</legend>
            <label className="radio">
              <input type="radio" name="sign-in" checked={!useSso} onChange={() => setUseSso(false)} />
              With a password: they get a one-time password from you
            </label>
            <label className="radio">
              <input type="radio" name="sign-in" checked={useSso} onChange={() => setUseSso(true)} />
              With their organisation account (single sign-on)
            </label>
            {useSso ? (
              <TextField
                id="new-subject"
                label="Their single sign-on identifier"
                hint="The subject (sub) the identity provider gives them, such as their object id in Entra ID"
                error={problemFor(problems, 'new-subject')}
                value={subject}
                onChange={(e) => setSubject(e.target.value)}
              />
            ) : null}
          </fieldset>
        ) : null}
        <button type="submit" className="button" disabled={add.isPending}>
          {add.isPending ? 'Adding the user…' : 'Add the user'}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          Cancel
        </button>
      </form>
    </section>
  );
}
