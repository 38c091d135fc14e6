/**
 * An employee's home: their own objectives, each with the thread above it up to the Corporate
 * Plan, so they can see what their work contributes to; then their team's measures.
 */
import { Link } from 'react-router';
import { usePeriod } from '../api/period.js';
import { useScorecard, useStrategy, useThread } from '../api/queries.js';
import type { StrategyItem } from '../api/types.js';
import { Loading, Problem } from '../layout/Page.js';
import { StatusBadge } from '../status/StatusBadge.js';
import { findNode, KIND_WORDS } from '../thread/tree.js';
import { threadLink } from './links.js';
import { MeasureList } from './MeasureList.js';

function chainOf(item: StrategyItem, all: Map<string, StrategyItem>): StrategyItem[] {
  const chain: StrategyItem[] = [];
  for (let at: StrategyItem | undefined = item; at; at = at.parentId ? all.get(at.parentId) : undefined) {
    chain.unshift(at);
    if (chain.length > 20) break;
  }
  return chain;
}

export function EmployeeHome({ personId, orgUnitId }: { personId: string | null; orgUnitId: string | null }) {
  const strategy = useStrategy();
  const { period, ready } = usePeriod();
  const thread = useThread(period, ready);
  const team = useScorecard({ orgUnit: orgUnitId ?? undefined, period }, ready && orgUnitId !== null);
  if (strategy.isPending) return <Loading what="your objectives" />;
  if (strategy.error) return <Problem error={strategy.error} />;
  const byId = new Map(strategy.data.map((i) => [i.id, i]));
  const mine = strategy.data.filter((i) => personId !== null && i.ownerId === personId);
  const statusOf = (id: string) => (thread.data ? findNode(thread.data.roots, id) : null);
  return (
    <>
      <h2>Your objectives</h2>
      {mine.length === 0 ? (
        <p>No objectives are recorded for you yet. They are set at your appraisal.</p>
      ) : null}
      {mine.map((objective) => {
        const node = statusOf(objective.id);
        return (
          <section
            key={objective.id}
            className="card objective"
            aria-labelledby={`objective-${objective.id}`}
          >
            <h3 id={`objective-${objective.id}`}>{objective.title}</h3>
            {node ? <StatusBadge status={node.status.status} sentence={node.status.sentence} /> : null}
            <p>How it links to the Corporate Plan:</p>
            <ol className="chain">
              {chainOf(objective, byId).map((item) => {
                const n = statusOf(item.id);
                return (
                  <li key={item.id}>
                    <span className="muted">{KIND_WORDS[item.kind] ?? item.kind}: </span>
                    {thread.data ? (
                      <Link to={threadLink(thread.data.roots, item.id)}>{item.title}</Link>
                    ) : (
                      item.title
                    )}{' '}
                    {n ? <StatusBadge status={n.status.status} sentence={n.status.sentence} /> : null}
                  </li>
                );
              })}
            </ol>
          </section>
        );
      })}
      {orgUnitId ? (
        <>
          <h2>Your team’s measures</h2>
          {team.data ? (
            <MeasureList rows={team.data.rows} empty="Your team has no measures." />
          ) : (
            <Loading what="the measures" />
          )}
        </>
      ) : null}
    </>
  );
}
