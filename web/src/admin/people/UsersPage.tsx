/**
 * `/app/admin/users`: everyone who has an account, with their roles in words, when they last
 * signed in and whether they are disabled; a search kept in the address; and "Add a user".
 */
import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useSession } from '../../api/queries.js';
import { TextField } from '../../forms/fields.js';
import { Loading, Page, Problem } from '../../layout/Page.js';
import { AddUserForm } from './AddUserForm.js';
import { useUsers, whenText, type UserAccount } from './api.js';
import { AdminOnly } from './AdminOnly.js';
import './people.css';

function UserRow({ user }: { user: UserAccount }) {
  return (
    <tr>
      <td>
        <Link to={`/app/admin/users/${encodeURIComponent(user.id)}`}>{user.name}</Link>
        <br />
        {user.email}
      </td>
      <td>{user.roles.length > 0 ? user.roles.join('; ') : 'No roles yet'}</td>
      <td>{whenText(user.lastSignInAt)}</td>
      <td>{user.disabled ? <span className="state--disabled">Disabled</span> : 'Active'}</td>
    </tr>
  );
}

function UsersTable({ search }: { search: string }) {
  const users = useUsers(search);
  if (users.isPending) return <Loading what="the users" />;
  if (users.isError) return <Problem error={users.error} />;
  const found = users.data;
  return (
    <div className="table-wrap">
      <table className="table">
        <caption>
          {found.length === 1 ? '1 user' : `${found.length} users`}
          {search ? ` matching “${search}”` : ''}
        </caption>
        <thead>
          <tr>
            <th scope="col">Name and email</th>
            <th scope="col">Roles</th>
            <th scope="col">Last signed in</th>
            <th scope="col">State</th>
          </tr>
        </thead>
        <tbody>
          {found.map((u) => (
            <UserRow key={u.id} user={u} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function UsersPage() {
  const session = useSession();
  const [params, setParams] = useSearchParams();
  const search = params.get('search') ?? '';
  const [typed, setTyped] = useState(search);
  const [adding, setAdding] = useState(false);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setParams(typed.trim() ? { search: typed.trim() } : {});
  };
  return (
    <Page
      title="Users"
      lead="Everyone who can sign in to Golden Thread, and the roles that decide what they see."
    >
      <AdminOnly account={session.data?.account ?? null}>
        <p>
          <Link to="/app/admin">Administration</Link> ·{' '}
          <Link to="/app/admin/roles">What each role may do</Link>
        </p>
        {adding ? (
          <AddUserForm onCancel={() => setAdding(false)} />
        ) : (
          <button type="button" className="button" onClick={() => setAdding(true)}>
            Add a user
          </button>
        )}
        <form className="filters" role="search" onSubmit={submit} aria-label="User search">
          <TextField
            id="user-search"
            label="Find users"
            hint="Any words from a name, email, role or unit"
            type="search"
            value={typed}
            onChange={(e) => setTyped(e.target.value)}
          />
          <button type="submit" className="button button--secondary">
            Search
          </button>
        </form>
        <UsersTable search={search} />
      </AdminOnly>
    </Page>
  );
}
