/**
 * The frame of every signed-in page: a skip link, the header with the service's name and the
 * person signed in, the navigation, the main content and a footer with the accessibility
 * statement. Everything reflows to one column at 400% zoom.
 */
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { Link, NavLink, Outlet, useNavigate } from 'react-router';
import { request, useCsrfToken } from '../api/client.js';
import { followFigureChanges } from '../api/live.js';
import { usePeriodQuery } from '../api/period.js';
import { SESSION_KEY, useSession } from '../api/queries.js';
import type { Account } from '../api/types.js';
import { levelOf } from '../home/level.js';
import { SignInPage } from '../pages/SignInPage.js';

function links(account: Account): { to: string; text: string }[] {
  const level = levelOf(account);
  const all = [
    { to: '/app/', text: 'Home' },
    { to: '/app/thread', text: 'Golden thread' },
    { to: '/app/scorecard', text: 'Scorecard' },
    { to: '/app/balanced-scorecard', text: 'Balanced scorecard' },
    { to: '/app/dashboards', text: 'Dashboards' },
    { to: '/app/reports', text: 'Reports' },
  ];
  if (level.entersFigures) all.push({ to: '/app/entry', text: 'Data entry' });
  if (level.entersFigures) all.push({ to: '/app/import', text: 'Import figures' });
  if (level.seesQuality) all.push({ to: '/app/quality', text: 'Data quality' });
  // Review meetings, recovery plans and risks are for officers and councillors, not partners.
  if (level.level !== 'partner') {
    all.push({ to: '/app/reviews', text: 'Review meetings' });
    all.push({ to: '/app/recovery-plans', text: 'Recovery plans' });
    all.push({ to: '/app/risks', text: 'Risks' });
    all.push({ to: '/app/actions', text: 'Key actions' });
    all.push({ to: '/app/objectives', text: 'Objectives' });
    all.push({ to: '/app/complaints', text: 'Complaints' });
  }
  if (account.isAdmin) all.push({ to: '/app/maps', text: 'Ward map' });
  // Administration (the catalogue, people and roles) is for administrators and performance officers.
  if (account.isAdmin || account.roles.some((r) => r.role === 'performance-officer'))
    all.push({ to: '/app/admin', text: 'Administration' });
  return all;
}

function Header({ account }: { account: Account | null }) {
  const client = useQueryClient();
  const periodQuery = usePeriodQuery();
  const navigate = useNavigate();
  const signOut = async () => {
    await request('DELETE', '/api/v1/session');
    useCsrfToken(null);
    // The session query is set (not cleared): its observers must see "nobody" at once.
    client.setQueryData(SESSION_KEY, null);
    client.removeQueries({ predicate: (q) => q.queryKey[0] !== SESSION_KEY[0] });
    await navigate('/app/');
  };
  return (
    <header className="header">
      <div className="header__inner">
        <a className="header__name" href="/app/">
          Golden Thread
        </a>
        {account ? (
          <div className="header__account">
            <span>
              Signed in as <strong>{account.name}</strong>
            </span>
            <Link className="header__link" to="/app/account/password">
              Change password
            </Link>
            <button
              type="button"
              className="button button--secondary button--small"
              onClick={() => void signOut()}
            >
              Sign out
            </button>
          </div>
        ) : null}
      </div>
      {account ? (
        <nav className="nav" aria-label="Main">
          <ul className="nav__list">
            {links(account).map((l) => (
              <li key={l.to}>
                <NavLink to={`${l.to}${periodQuery}`} end={l.to === '/app/'} className="nav__link">
                  {l.text}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
    </header>
  );
}

export function Layout({ publicPage = false }: { publicPage?: boolean }) {
  const session = useSession();
  const client = useQueryClient();
  const account = session.data?.account ?? null;
  useCsrfToken(session.data?.csrfToken ?? null);
  useEffect(() => (account ? followFigureChanges(client) : undefined), [account, client]);
  // While "who is signed in" is being asked, the page already loads its code and data: most
  // visits are by someone signed in, and a refused read is fetched again after signing in.
  const content = !session.isPending && !account && !publicPage ? <SignInPage /> : <Outlet />;
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to main content
      </a>
      <Header account={account} />
      <main id="main" className="main" tabIndex={-1}>
        {content}
      </main>
      <footer className="footer">
        <ul className="footer__links">
          <li>
            <Link to="/app/accessibility">Accessibility statement</Link>
          </li>
          <li>
            <a href="/">Public site</a>
          </li>
          <li>
            <a href="/api/docs">API documentation</a>
          </li>
        </ul>
      </footer>
    </>
  );
}
