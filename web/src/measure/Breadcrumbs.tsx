/** Where a measure sits in the golden thread: the Corporate Plan down to the objective it evidences. */
import { Link } from 'react-router';
import { usePeriod, usePeriodQuery } from '../api/period.js';
import { useThread } from '../api/queries.js';
import { threadLink } from '../home/links.js';
import { pathTo } from '../thread/tree.js';

export function Breadcrumbs({ strategyItemIds, title }: { strategyItemIds: string[]; title: string }) {
  const { period, ready } = usePeriod();
  const periodQuery = usePeriodQuery();
  const thread = useThread(period, ready);
  const roots = thread.data?.roots ?? [];
  const path = strategyItemIds.map((id) => pathTo(roots, id)).find((p) => p !== null) ?? [];
  return (
    <nav aria-label="Breadcrumb">
      <ol className="breadcrumbs">
        <li>
          <Link to={`/app/${periodQuery}`}>Home</Link>
        </li>
        {path.map((node) => (
          <li key={node.id}>
            <Link to={threadLink(roots, node.id)}>{node.title}</Link>
          </li>
        ))}
        <li aria-current="page">{title}</li>
      </ol>
    </nav>
  );
}
