/**
 * Administration: the areas an administrator or performance officer manages. Each area is one
 * row of ADMIN_AREAS; add a row for a new one (`adminOnly` hides it from performance officers).
 */
import { Link } from 'react-router';
import { useSession } from '../api/queries.js';
import { Page } from '../layout/Page.js';

interface AdminArea {
  to: string;
  title: string;
  description: string;
  /** Only administrators may use it. */
  adminOnly?: boolean;
}

const ADMIN_AREAS: AdminArea[] = [
  {
    to: '/app/admin/measures',
    title: 'Measures and targets',
    description:
      'Define measures, change their methodology and reporting, set and withdraw targets, retire measures.',
  },
  {
    to: '/app/admin/strategy',
    title: 'Strategy tree',
    description: 'Add, change, move and retire the items of the golden thread.',
  },
  {
    to: '/app/admin/users',
    title: 'Users',
    description: 'Add people, give them roles at units, disable them and reset their passwords.',
    adminOnly: true,
  },
  {
    to: '/app/admin/roles',
    title: 'Roles',
    description: 'What each role lets a person see and do.',
    adminOnly: true,
  },
  {
    to: '/app/maps',
    title: 'Ward map',
    description: 'Upload ward boundaries (GeoJSON) for the maps, or go back to the hex map.',
    adminOnly: true,
  },
];

export function AdminPage() {
  const isAdmin = useSession().data?.account.isAdmin ?? false;
  return (
    <Page title="Administration">
      <ul>
        {ADMIN_AREAS.filter((area) => isAdmin || !area.adminOnly).map((area) => (
          <li key={area.to}>
            <Link to={area.to}>{area.title}</Link>
            <p>{area.description}</p>
          </li>
        ))}
      </ul>
    </Page>
  );
}
