/** Every dashboard the person may see: one per Corporate Plan objective, directorate and service. */
import { Link } from 'react-router';
import { usePeriodQuery } from '../api/period.js';
import { Loading, Page, Problem } from '../layout/Page.js';
import { useDashboardList, type DashboardListItem } from './api.js';
import { NewDashboard } from './NewDashboard.js';
import './dashboards.css';

const GROUPS: { kind: DashboardListItem['kind']; heading: string }[] = [
  { kind: 'objective', heading: 'Corporate Plan objectives' },
  { kind: 'directorate', heading: 'Directorates' },
  { kind: 'service', heading: 'Services' },
  { kind: 'custom', heading: 'Other dashboards' },
];

export function DashboardsIndexPage() {
  const list = useDashboardList();
  const periodQuery = usePeriodQuery();
  return (
    <Page
      title="Dashboards"
      lead="A thematic dashboard for each Corporate Plan objective, and one for each directorate and service."
    >
      {list.isPending ? <Loading what="the dashboards" /> : null}
      {list.isError ? <Problem error={list.error} /> : null}
      {/* Those who may change a dashboard may make one; a councillor reads them. */}
      {list.data?.some((d) => d.canEdit) ? <NewDashboard dashboards={list.data} /> : null}
      {GROUPS.map(({ kind, heading }) => {
        const items = (list.data ?? []).filter((d) => d.kind === kind);
        if (items.length === 0) return null;
        return (
          <section key={kind} aria-labelledby={`dash-group-${kind}`}>
            <h2 id={`dash-group-${kind}`}>{heading}</h2>
            <ul className="dash-index">
              {items.map((d) => (
                <li key={d.id}>
                  <Link to={`/app/dashboards/${encodeURIComponent(d.id)}${periodQuery}`}>{d.title}</Link>{' '}
                  <span className="hint">
                    {d.cardCount} {d.cardCount === 1 ? 'card' : 'cards'}
                    {d.version > 0 ? `, edited by ${d.changedBy ?? 'someone'}` : ''}
                  </span>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </Page>
  );
}
