/** The home page for the person's level: the Corporate Plan, a directorate, a team, or one's own objectives. */
import { Link } from 'react-router';
import { useSession } from '../api/queries.js';
import { AsAt } from '../layout/AsAt.js';
import { Page } from '../layout/Page.js';
import { CorporateHome } from './CorporateHome.js';
import { EmployeeHome } from './EmployeeHome.js';
import { levelOf } from './level.js';
import { UnitHome } from './UnitHome.js';

const LEADS = {
  corporate:
    'How the Corporate Plan is performing: each priority and objective, and the measures off target.',
  directorate: 'How your directorate is performing, with the measures that need attention first.',
  team: 'How your team is performing, and the plans it owns.',
  employee: 'Your objectives, and how they link up to the Corporate Plan.',
  partner: 'The measures shared with you.',
};

export function HomePage() {
  const session = useSession();
  const account = session.data?.account;
  if (!account) return null;
  const level = levelOf(account);
  return (
    <Page title={`Welcome, ${account.name}`} lead={LEADS[level.level]}>
      <AsAt />
      {level.level === 'corporate' ? <CorporateHome /> : null}
      {(level.level === 'directorate' || level.level === 'team') && level.orgUnitId ? (
        <UnitHome orgUnitId={level.orgUnitId} what={level.level} />
      ) : null}
      {level.level === 'employee' ? (
        <EmployeeHome personId={account.personId ?? null} orgUnitId={level.orgUnitId} />
      ) : null}
      {level.level === 'partner' ? (
        <p>
          See <Link to="/app/scorecard">the scorecard</Link> of the measures shared with you.
        </p>
      ) : null}
    </Page>
  );
}
