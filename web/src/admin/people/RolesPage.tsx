/** `/app/admin/roles`: what each role sees and may do, in words, read-only — from the access rules themselves. */
import { Link } from 'react-router';
import { useSession } from '../../api/queries.js';
import { Loading, Page, Problem } from '../../layout/Page.js';
import { AdminOnly } from './AdminOnly.js';
import { useRoles, type RoleDescription } from './api.js';
import './people.css';

const HELD_AT: Record<RoleDescription['reach'], string> = {
  all: 'Held for the whole council',
  subtree: 'Held at a unit: reaches the units below it too',
  unit: 'Held at a team',
  named: 'Held for named measures only',
};

function RoleCard({ role }: { role: RoleDescription }) {
  const id = `role-${role.role}`;
  return (
    <section className="role-card" aria-labelledby={id}>
      <h2 id={id}>{role.name}</h2>
      <p className="hint">
        {role.role === 'administrator' ? 'A flag on the account, not held at a unit' : HELD_AT[role.reach]}
      </p>
      <h3>Sees</h3>
      <ul>
        {role.sees.map((s) => (
          <li key={s}>{s}</li>
        ))}
      </ul>
      <h3>May</h3>
      <ul>
        {role.may.map((m) => (
          <li key={m}>{m}</li>
        ))}
      </ul>
    </section>
  );
}

function Roles() {
  const roles = useRoles();
  if (roles.isPending) return <Loading what="the roles" />;
  if (roles.isError) return <Problem error={roles.error} />;
  return (
    <>
      {roles.data.map((r) => (
        <RoleCard key={r.role} role={r} />
      ))}
    </>
  );
}

export function RolesPage() {
  const session = useSession();
  return (
    <Page
      title="Roles"
      lead="What each role lets a person see and do. Everyone signed in also sees what the public sees. Roles are given to people on their page under Users."
    >
      <AdminOnly account={session.data?.account ?? null}>
        <p>
          <Link to="/app/admin">Administration</Link> · <Link to="/app/admin/users">Users</Link>
        </p>
        <Roles />
      </AdminOnly>
    </Page>
  );
}
