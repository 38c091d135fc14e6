/**
 * A councillor's (or chief executive's) home: the Corporate Plan, priority by priority, each
 * objective with its rolled-up status, and the Corporate Plan measures that are off target.
 */
import { Link } from 'react-router';
import { usePeriod } from '../api/period.js';
import { useScorecard, useThread } from '../api/queries.js';
import type { ThreadNode } from '../api/types.js';
import { Loading, Problem } from '../layout/Page.js';
import { countStatuses, StatusCounts } from '../scorecard/StatusCounts.js';
import { StatusBadge } from '../status/StatusBadge.js';
import { threadLink } from './links.js';
import { MeasureList } from './MeasureList.js';

function objectivesOf(node: ThreadNode): ThreadNode[] {
  if (node.kind === 'objective') return [node];
  return node.children.flatMap(objectivesOf);
}

export function CorporateHome() {
  const { period, ready } = usePeriod();
  const thread = useThread(period, ready);
  const plan = useScorecard({ category: 'corporate-plan', period }, ready);
  if (thread.isPending) return <Loading what="the Corporate Plan" />;
  if (thread.error) return <Problem error={thread.error} />;
  const roots = thread.data.roots.filter((r) => r.kind === 'corporate-plan');
  return (
    <>
      {thread.data.approvedOnly ? (
        <p className="notice">
          Judged on figures approved for publication only: a figure not yet approved counts as not received.
        </p>
      ) : null}
      {roots.map((cp) => (
        <section key={cp.id} aria-labelledby={`plan-${cp.id}`}>
          <h2 id={`plan-${cp.id}`}>
            {cp.title} <StatusBadge status={cp.status.status} sentence={cp.status.sentence} />
          </h2>
          <p>
            <Link to={`/app/balanced-scorecard?plan=${encodeURIComponent(cp.id)}`}>
              The balanced scorecard of the {cp.title}
            </Link>
          </p>
          <ul className="cards">
            {cp.children.map((priority) => (
              <li key={priority.id} className="card">
                <h3>{priority.title}</h3>
                <p>
                  <StatusBadge status={priority.status.status} sentence={priority.status.sentence} />
                </p>
                <ul className="plain-list">
                  {objectivesOf(priority).map((objective) => (
                    <li key={objective.id}>
                      <StatusBadge status={objective.status.status} sentence={objective.status.sentence} />{' '}
                      <Link to={threadLink(thread.data.roots, objective.id)}>{objective.title}</Link>
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </section>
      ))}
      <section aria-labelledby="off-target">
        <h2 id="off-target">Corporate Plan measures off target</h2>
        {plan.data ? (
          <>
            <StatusCounts
              counts={countStatuses(plan.data.rows.map((r) => r.status.rag.status))}
              label="Corporate Plan measures by status"
            />
            <MeasureList
              rows={plan.data.rows.filter(
                (r) => r.status.rag.status === 'red' || r.status.rag.status === 'overdue',
              )}
            />
            <p>
              <Link to="/app/scorecard?category=corporate-plan">All Corporate Plan measures</Link>
            </p>
          </>
        ) : plan.error ? (
          <Problem error={plan.error} />
        ) : (
          <Loading what="the measures" />
        )}
      </section>
    </>
  );
}
