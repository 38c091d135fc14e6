/**
 * A director's or manager's home: the scorecard of their directorate, service or team — its
 * measures by status, those off target first — and the plans their unit owns.
 */
import { Link } from 'react-router';
import { usePeriod } from '../api/period.js';
import { useOrgUnits, useScorecard, useStrategy, useThread } from '../api/queries.js';
import { Loading, Problem } from '../layout/Page.js';
import { countStatuses, StatusCounts } from '../scorecard/StatusCounts.js';
import { sortRows } from '../scorecard/sort.js';
import { StatusBadge } from '../status/StatusBadge.js';
import { findNode } from '../thread/tree.js';
import { threadLink } from './links.js';
import { MeasureList } from './MeasureList.js';

export function UnitHome({ orgUnitId, what }: { orgUnitId: string; what: 'directorate' | 'team' }) {
  const units = useOrgUnits();
  const { period, ready } = usePeriod();
  const scorecard = useScorecard({ orgUnit: orgUnitId, period }, ready);
  const strategy = useStrategy();
  const thread = useThread(period, ready);
  const unit = units.data?.find((u) => u.id === orgUnitId);
  const plans = (strategy.data ?? []).filter(
    (i) => i.orgUnitId === orgUnitId && i.kind !== 'individual-objective',
  );
  const rows = sortRows(scorecard.data?.rows ?? [], 'status', false);
  return (
    <>
      <h2>{unit ? `${unit.name}: scorecard` : `Your ${what}’s scorecard`}</h2>
      {scorecard.isPending ? <Loading what="the scorecard" /> : null}
      {scorecard.error ? <Problem error={scorecard.error} /> : null}
      {scorecard.data ? (
        <>
          <StatusCounts
            counts={countStatuses(rows.map((r) => r.status.rag.status))}
            label="Measures by status"
          />
          <h3>Needing attention</h3>
          <MeasureList
            rows={rows.filter((r) => ['red', 'overdue', 'amber'].includes(r.status.rag.status))}
            empty="No measure is off target or overdue."
          />
          <p>
            <Link to={`/app/scorecard?orgUnit=${encodeURIComponent(orgUnitId)}`}>
              The full scorecard: all {rows.length} measures
            </Link>
          </p>
        </>
      ) : null}
      <h2>Plans your {what} owns</h2>
      {plans.length === 0 ? <p>None recorded.</p> : null}
      <ul className="plain-list">
        {plans.map((plan) => {
          const node = thread.data ? findNode(thread.data.roots, plan.id) : null;
          return (
            <li key={plan.id}>
              {node ? <StatusBadge status={node.status.status} sentence={node.status.sentence} /> : null}{' '}
              {thread.data ? (
                <Link to={threadLink(thread.data.roots, plan.id)}>{plan.title}</Link>
              ) : (
                plan.title
              )}
            </li>
          );
        })}
      </ul>
    </>
  );
}
