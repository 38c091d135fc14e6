/**
 * `/app/admin/users/:id`: one person's account — who they are, how they sign in, when they last
 * did — with their roles at units, and disabling, enabling and resetting the password.
 */
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useSession } from '../../api/queries.js';
import { Loading, Page, Problem } from '../../layout/Page.js';
import { AccessSection } from './AccessSection.js';
import { AccountActions } from './AccountActions.js';
import { AdminOnly } from './AdminOnly.js';
import { useUser, whenText, type UserAccount } from './api.js';
import { DetailsForm } from './DetailsForm.js';
import './people.css';

const SIGN_IN_WORDS: Record<UserAccount['signIn'], string> = {
  password: 'With a password',
  sso: 'With their organisation account (single sign-on)',
  none: 'Not yet: there is no password or single sign-on link',
};

function Details({ user }: { user: UserAccount }) {
  const [editing, setEditing] = useState(false);
  if (editing) return <DetailsForm user={user} onDone={() => setEditing(false)} />;
  return (
    <>
      <dl className="details-list">
        <dt>Name</dt>
        <dd>{user.name}</dd>
        <dt>Email address</dt>
        <dd>{user.email}</dd>
        <dt>State</dt>
        <dd>{user.disabled ? <span className="state--disabled">Disabled</span> : 'Active'}</dd>
        <dt>Signs in</dt>
        <dd>{SIGN_IN_WORDS[user.signIn]}</dd>
        <dt>Last signed in</dt>
        <dd>{whenText(user.lastSignInAt, 'Never')}</dd>
        <dt>Account added</dt>
        <dd>{whenText(user.createdAt)}</dd>
        {user.measures.length > 0 ? (
          <>
            <dt>Measures named to them</dt>
            <dd>{user.measures.join(', ')}</dd>
          </>
        ) : null}
      </dl>
      <button type="button" className="button button--secondary" onClick={() => setEditing(true)}>
        Change name or email
      </button>
    </>
  );
}

function UserContent({ id }: { id: string }) {
  const user = useUser(id);
  if (user.isPending) return <Loading what="the account" />;
  if (user.isError) return <Problem error={user.error} />;
  return (
    <>
      <Details user={user.data} />
      <AccessSection user={user.data} />
      <AccountActions user={user.data} />
    </>
  );
}

export function UserPage() {
  const { id = '' } = useParams();
  const session = useSession();
  const user = useUser(id);
  return (
    <Page title={user.data ? user.data.name : 'User'}>
      <AdminOnly account={session.data?.account ?? null}>
        <p>
          <Link to="/app/admin/users">All users</Link>
        </p>
        <UserContent id={id} />
      </AdminOnly>
    </Page>
  );
}
