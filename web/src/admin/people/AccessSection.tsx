/**
 * A person's roles at units on their page: each with a "Remove" button, a form to add one, and
 * whether they are an administrator. Every change sends the whole list, replaced at once.
 */
import { useState, type FormEvent } from 'react';
import { ErrorSummary, messageOf, type FieldProblem } from '../../reviews/ErrorSummary.js';
import { useSetAccess, type GrantChoice, type UserAccount } from './api.js';
import { EMPTY_GRANT, GrantChooser, grantFrom, type GrantDraft } from './GrantChooser.js';

export function AccessSection({ user }: { user: UserAccount }) {
  const save = useSetAccess(user.id);
  const [draft, setDraft] = useState<GrantDraft>(EMPTY_GRANT);
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const [done, setDone] = useState<string | null>(null);
  const current: GrantChoice[] = user.grants.map((g) => ({ role: g.role, orgUnitId: g.orgUnitId }));

  const send = async (access: { isAdmin: boolean; grants: GrantChoice[] }, said: string) => {
    setDone(null);
    try {
      await save.mutateAsync({ ...access, measures: user.measures });
      setProblems([]);
      setDone(said);
      return true;
    } catch (error) {
      setProblems([{ field: null, message: messageOf(error) }]);
      return false;
    }
  };

  const add = async (event: FormEvent) => {
    event.preventDefault();
    const chosen = grantFrom(draft, 'add-grant');
    if ('field' in chosen) return setProblems([chosen]);
    if (await send({ isAdmin: user.isAdmin, grants: [...current, chosen] }, 'The role was added'))
      setDraft(EMPTY_GRANT);
  };

  return (
    <section className="section" aria-labelledby="roles-title">
      <h2 id="roles-title">Roles</h2>
      <ErrorSummary id="roles-errors" title="The roles were not changed" problems={problems} />
      {done ? (
        <p className="notice notice--success" role="status">
          {done}
        </p>
      ) : null}
      {user.grants.length === 0 ? <p>No roles at units yet.</p> : null}
      <ul className="plain-list">
        {user.grants.map((g, i) => (
          <li key={`${g.role}@${g.orgUnitId ?? ''}`}>
            {g.words}{' '}
            <button
              type="button"
              className="button button--secondary button--small"
              disabled={save.isPending}
              onClick={() =>
                void send(
                  { isAdmin: user.isAdmin, grants: current.filter((_, j) => j !== i) },
                  `Removed: ${g.words}`,
                )
              }
            >
              Remove<span className="visually-hidden"> {g.words}</span>
            </button>
          </li>
        ))}
      </ul>
      <p>
        {user.isAdmin ? 'They are an administrator. ' : 'They are not an administrator. '}
        <button
          type="button"
          className="button button--secondary button--small"
          disabled={save.isPending}
          onClick={() =>
            void send(
              { isAdmin: !user.isAdmin, grants: current },
              user.isAdmin ? 'They are no longer an administrator' : 'They are now an administrator',
            )
          }
        >
          {user.isAdmin ? 'Remove administrator rights' : 'Make them an administrator'}
        </button>
      </p>
      <form className="form" onSubmit={(e) => void add(e)} noValidate aria-labelledby="add-role-title">
        <h3 id="add-role-title">Add a role</h3>
        <GrantChooser idPrefix="add-grant" draft={draft} onChange={setDraft} problems={problems} />
        <button type="submit" className="button" disabled={save.isPending}>
          Add the role
        </button>
      </form>
    </section>
  );
}
